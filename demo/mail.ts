/** The webmail-style demo page: a thread, and a reply box that is a plain one-`<div>`-per-line contenteditable. */
import { createPlainComposer } from './editors/plain-contenteditable';
import { createParagraphs, createTimeNow, fillTimes, isBlank, linkDemoPages, publishComposer } from './shared/page';

fillTimes();
linkDemoPages();
for (const form of document.querySelectorAll('form[role="search"]')) form.addEventListener('submit', (event) => event.preventDefault());

const messages = document.querySelector<HTMLElement>('#messages')!;
const toast = document.querySelector<HTMLElement>('#toast')!;
const composer = createPlainComposer(document.querySelector<HTMLElement>('#reply-body')!);
publishComposer(composer);

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function showToast(text: string): void {
  toast.textContent = text;
  toast.classList.add('visible');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => toast.classList.remove('visible'), 4000);
}

/** Appends the reply to the thread as the agent's newest message, expanded, as a webmail client shows it. */
function appendReply(text: string): void {
  const message = document.createElement('details');
  message.className = 'message';
  message.dataset.author = 'agent';
  message.open = true;

  const summary = document.createElement('summary');
  const avatar = Object.assign(document.createElement('span'), { className: 'avatar', textContent: 'JB' });
  avatar.style.setProperty('--avatar', '#2f6f5e');
  avatar.setAttribute('aria-hidden', 'true');
  const from = Object.assign(document.createElement('span'), { className: 'from' });
  from.append(
    Object.assign(document.createElement('strong'), { className: 'name', textContent: 'Jonas Berg' }),
    ' ',
    Object.assign(document.createElement('span'), { className: 'address', textContent: '<support@lumenandoak.example>' }),
    Object.assign(document.createElement('span'), { className: 'snippet', textContent: text.replace(/\s+/g, ' ').slice(0, 90) }),
  );
  summary.append(avatar, from, createTimeNow());

  const body = Object.assign(document.createElement('div'), { className: 'message-body' });
  body.append(Object.assign(document.createElement('p'), { className: 'recipients', textContent: 'to Hannah Whitaker' }), ...createParagraphs(text));

  message.append(summary, body);
  messages.append(message);
  message.scrollIntoView({ block: 'nearest' });
}

function send(): void {
  const text = composer.getText();
  if (isBlank(text)) {
    showToast('Write a reply first.');
    composer.focus();
    return;
  }
  appendReply(text);
  composer.clear();
  showToast('Message sent (only in this demo page).');
}

document.querySelector('#send')!.addEventListener('click', send);
document.querySelector('#discard')!.addEventListener('click', () => {
  composer.clear();
  showToast('Draft discarded.');
});
// Ctrl+Enter (⌘+Enter on a Mac) sends, as in webmail clients.
document.querySelector('#reply-body')!.addEventListener('keydown', (event) => {
  const key = event as KeyboardEvent;
  if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) {
    key.preventDefault();
    send();
  }
});
