/**
 * The webmail-style demo page, served at Gmail's address: a thread carrying Gmail's own hooks (the ones
 * lib/sites/gmail.ts reads), and a reply box that is a plain one-`<div>`-per-line contenteditable.
 */
import { createPlainComposer } from './editors/plain-contenteditable';
import { createParagraphs, createTimeNow, fillTimes, isBlank, linkDemoPages, publishComposer } from './shared/page';

const AGENT = { name: 'Jonas Berg', email: 'support@lumenandoak.example' };

// "Sun, Nov 22, 2026, 9:14 AM": the full date Gmail puts in the title of a message's date.
const gmailDateFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });

/** Gives each message date (`span.g3`) Gmail's title, from the `<time>` inside it. */
function fillGmailDates(root: ParentNode = document): void {
  for (const date of root.querySelectorAll<HTMLElement>('span.g3')) {
    const time = date.querySelector('time');
    if (time?.dateTime) date.title = gmailDateFormat.format(new Date(time.dateTime));
  }
}

fillTimes();
fillGmailDates();
linkDemoPages();
for (const form of document.querySelectorAll('form[role="search"]')) form.addEventListener('submit', (event) => event.preventDefault());
// The account button stands where Gmail's is; in the demo it goes nowhere.
document.querySelector('#account')!.addEventListener('click', (event) => {
  event.preventDefault();
  showToast(`Signed in as ${AGENT.name}, ${AGENT.email} (a demo account).`);
});

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
  // Gmail gives a sent message its ids at once; these are made up from the time.
  const id = Date.now().toString(16);
  message.dataset.messageId = `#msg-a:r-${Date.now()}`;
  message.dataset.legacyMessageId = id;
  message.open = true;

  const summary = document.createElement('summary');
  const avatar = Object.assign(document.createElement('span'), { className: 'avatar', textContent: 'JB' });
  avatar.style.setProperty('--avatar', '#2f6f5e');
  avatar.setAttribute('aria-hidden', 'true');
  const from = Object.assign(document.createElement('span'), { className: 'from' });
  const sender = Object.assign(document.createElement('strong'), { className: 'name gD', textContent: AGENT.name });
  sender.setAttribute('email', AGENT.email);
  sender.setAttribute('name', AGENT.name);
  const date = Object.assign(document.createElement('span'), { className: 'g3' });
  date.append(createTimeNow());
  from.append(
    sender,
    ' ',
    Object.assign(document.createElement('span'), { className: 'address', textContent: `<${AGENT.email}>` }),
    Object.assign(document.createElement('span'), { className: 'snippet', textContent: text.replace(/\s+/g, ' ').slice(0, 90) }),
  );
  summary.append(avatar, from, date);

  const body = Object.assign(document.createElement('div'), { className: 'message-body' });
  const content = Object.assign(document.createElement('div'), { className: 'a3s' });
  content.append(...createParagraphs(text));
  body.append(Object.assign(document.createElement('p'), { className: 'recipients', textContent: 'to Hannah Whitaker' }), content);

  message.append(summary, body);
  fillGmailDates(message);
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

const sendButton = document.querySelector<HTMLElement>('#send')!;
sendButton.addEventListener('click', send);
// Gmail's Send is a <div role="button">: Enter and Space press it, as they would a <button>.
sendButton.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  send();
});
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
