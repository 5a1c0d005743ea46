/** The chat-style demo page: a one-to-one customer chat with a Lexical composer where Enter sends. */
import { createLexicalComposer } from './editors/lexical';
import { createTimeNow, fillTimes, isBlank, linkDemoPages, publishComposer } from './shared/page';

fillTimes();
linkDemoPages();
for (const form of document.querySelectorAll('form[role="search"]')) form.addEventListener('submit', (event) => event.preventDefault());

const messages = document.querySelector<HTMLOListElement>('#messages')!;
const field = document.querySelector<HTMLElement>('.composer-field')!;
const scroller = document.querySelector<HTMLElement>('.chat-scroll')!;
scroller.scrollTop = scroller.scrollHeight;

/** Appends the agent's message as an outgoing bubble: the text's lines kept, nothing parsed as HTML. */
function appendBubble(text: string): void {
  const bubble = Object.assign(document.createElement('li'), { className: 'bubble out' });
  bubble.dataset.author = 'agent';
  const p = document.createElement('p');
  text.split('\n').forEach((line, index) => {
    if (index > 0) p.append(document.createElement('br'));
    p.append(line);
  });
  const meta = Object.assign(document.createElement('span'), { className: 'meta' });
  const ticks = Object.assign(document.createElement('span'), { className: 'ticks sent', textContent: '✓' });
  ticks.setAttribute('role', 'img');
  ticks.setAttribute('aria-label', 'Sent');
  meta.append(createTimeNow(), ticks);
  bubble.append(p, meta);
  messages.append(bubble);
  scroller.scrollTop = scroller.scrollHeight;
}

function send(): void {
  const text = composer.getText().replace(/\s+$/, '');
  if (isBlank(text)) return;
  appendBubble(text);
  composer.clear();
}

const composer = createLexicalComposer(document.querySelector<HTMLElement>('#composer-input')!, {
  onEnter: send,
  onEmptyChange: (empty) => field.classList.toggle('empty', empty),
});
field.classList.add('empty');
publishComposer(composer);

document.querySelector('#send')!.addEventListener('click', () => {
  send();
  composer.focus();
});
