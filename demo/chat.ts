/**
 * The chat-style demo page, served at WhatsApp Web's address: a one-to-one customer chat carrying WhatsApp's own
 * hooks (the ones lib/sites/whatsapp.ts reads) and a Lexical composer where Enter sends.
 */
import { createLexicalComposer } from './editors/lexical';
import { createTimeNow, fillTimes, isBlank, linkDemoPages, publishComposer } from './shared/page';

/** The business account the agent answers as: WhatsApp names outgoing messages after it. */
const ACCOUNT = 'Fernway Bikes';
/** The chat's id: the customer's number in international form, without the "+". */
const CHAT_JID = '12065550142@c.us';

/** "[10:42, 22/11/2026] Daniela Reyes: ", as WhatsApp Web writes a message's author and time for an en-GB browser. */
function getPrePlainText(date: Date, author: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `[${pad(date.getHours())}:${pad(date.getMinutes())}, ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}] ${author}: `;
}

/** Gives each message's copyable text WhatsApp's author-and-time hook, from the message's `<time>`. */
function fillPrePlainText(root: ParentNode = document): void {
  for (const copyable of root.querySelectorAll<HTMLElement>('.copyable-text[data-sender]')) {
    const time = copyable.closest('[data-id]')?.querySelector('time');
    if (time?.dateTime) copyable.dataset.prePlainText = getPrePlainText(new Date(time.dateTime), copyable.dataset.sender ?? '');
  }
}

fillTimes();
fillPrePlainText();
linkDemoPages();
for (const form of document.querySelectorAll('form[role="search"]')) form.addEventListener('submit', (event) => event.preventDefault());

const messages = document.querySelector<HTMLElement>('#messages')!;
const field = document.querySelector<HTMLElement>('.composer-field')!;
const scroller = document.querySelector<HTMLElement>('.chat-scroll')!;
scroller.scrollTop = scroller.scrollHeight;

/**
 * Appends the agent's message as an outgoing bubble in its own row, with WhatsApp's hooks: the text's lines kept,
 * nothing parsed as HTML.
 */
function appendBubble(text: string): void {
  const row = Object.assign(document.createElement('div'), { className: 'message-row out' });
  row.setAttribute('role', 'row');
  const bubble = Object.assign(document.createElement('div'), { className: 'bubble out message-out' });
  bubble.setAttribute('role', 'cell');
  bubble.dataset.author = 'agent';
  // WhatsApp's message ids are 20 hex digits starting 3EB0 for messages sent from the web.
  bubble.dataset.id = `true_${CHAT_JID}_3EB0${Date.now().toString(16).toUpperCase().padStart(16, '0')}`;
  const copyable = Object.assign(document.createElement('div'), { className: 'copyable-text' });
  copyable.dataset.sender = ACCOUNT;
  const p = document.createElement('p');
  const selectable = Object.assign(document.createElement('span'), { className: 'selectable-text copyable-text', dir: 'ltr' });
  const inner = document.createElement('span');
  text.split('\n').forEach((line, index) => {
    if (index > 0) inner.append(document.createElement('br'));
    inner.append(line);
  });
  selectable.append(inner);
  p.append(selectable);
  copyable.append(p);
  const meta = Object.assign(document.createElement('span'), { className: 'meta' });
  const ticks = Object.assign(document.createElement('span'), { className: 'ticks sent', textContent: '✓' });
  ticks.setAttribute('role', 'img');
  ticks.setAttribute('aria-label', 'Sent');
  meta.append(createTimeNow(), ticks);
  bubble.append(copyable, meta);
  row.append(bubble);
  fillPrePlainText(row);
  messages.append(row);
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
