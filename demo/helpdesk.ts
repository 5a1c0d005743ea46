/**
 * The helpdesk-style demo page, served at a Zendesk ticket's address: a ticket carrying the Agent Workspace's
 * data-test-id hooks (the ones lib/sites/zendesk.ts reads), the requester's fields and a CKEditor 5 composer.
 */
import { createCkeditorComposer } from './editors/ckeditor5';
import { createParagraphs, createTimeNow, fillTimes, isBlank, linkDemoPages, publishComposer } from './shared/page';

fillTimes();
linkDemoPages();
for (const form of document.querySelectorAll('form[role="search"]')) form.addEventListener('submit', (event) => event.preventDefault());

// The requester's time zone as Zendesk lists it, "(GMT+11:00) Sydney", with the offset the zone has today.
const zoneField = document.querySelector<HTMLElement>('#requester-time-zone')!;
const zoneName = zoneField.dataset.timeZone ?? 'UTC';
const offset = new Intl.DateTimeFormat('en-US', { timeZone: zoneName, timeZoneName: 'longOffset' }).formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value;
zoneField.textContent = `(${offset === 'GMT' ? 'GMT+00:00' : (offset ?? 'GMT')}) ${zoneName.split('/').at(-1)!.replace(/_/g, ' ')}`;

// The requester's local time, kept current: what an agent glances at before replying.
const localTime = document.querySelector<HTMLTimeElement>('#requester-local-time')!;
const zone = localTime.dataset.timeZone ?? 'UTC';
const localFormat = new Intl.DateTimeFormat('en-AU', { timeZone: zone, weekday: 'short', hour: 'numeric', minute: '2-digit' });
const showLocalTime = () => {
  const now = new Date();
  localTime.dateTime = now.toISOString();
  localTime.textContent = localFormat.format(now);
};
showLocalTime();
setInterval(showLocalTime, 30_000);

const conversation = document.querySelector<HTMLOListElement>('#conversation')!;
const statusText = document.querySelector<HTMLElement>('#composer-status')!;
const ticketStatus = document.querySelector<HTMLElement>('#ticket-status')!;
const statusAfter = document.querySelector<HTMLSelectElement>('#status-after')!;
const composerSection = document.querySelector<HTMLElement>('#composer')!;
const tabs = [...document.querySelectorAll<HTMLButtonElement>('.composer-tabs [role="tab"]')];
const panel = document.querySelector<HTMLElement>('#composer-panel')!;

const composer = await createCkeditorComposer(document.querySelector<HTMLElement>('#composer-editor')!, {
  placeholder: 'Write a public reply to Olivia…',
  label: 'Reply to Olivia Tran',
});
publishComposer(composer);

const isInternal = () => tabs[1]?.getAttribute('aria-selected') === 'true';

function selectTab(selected: HTMLButtonElement): void {
  for (const tab of tabs) {
    const on = tab === selected;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  panel.setAttribute('aria-labelledby', selected.id);
  composerSection.classList.toggle('internal', isInternal());
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = tabs[(tabs.indexOf(tab) + 1) % tabs.length]!;
    selectTab(next);
    next.focus();
  });
}

let lastCommentId = Math.max(...[...conversation.querySelectorAll<HTMLElement>('[data-comment-id]')].map((item) => Number(item.dataset.commentId)));

/** Appends the reply (or note) to the conversation as the agent's newest event, with Zendesk's hooks. */
function appendEvent(text: string, internal: boolean): void {
  const item = Object.assign(document.createElement('li'), { className: internal ? 'event internal' : 'event' });
  item.dataset.author = 'agent';
  item.dataset.testId = 'omni-log-comment-item';
  item.dataset.commentId = String(++lastCommentId);
  const avatar = Object.assign(document.createElement('span'), { className: 'avatar', textContent: 'PN' });
  avatar.style.setProperty('--avatar', '#7c4dbd');
  avatar.setAttribute('aria-hidden', 'true');
  const main = Object.assign(document.createElement('div'), { className: 'event-main' });
  const head = Object.assign(document.createElement('p'), { className: 'event-head' });
  const sender = Object.assign(document.createElement('strong'), { textContent: 'Priya Nair' });
  sender.dataset.testId = 'omni-log-item-sender';
  const role = Object.assign(document.createElement('span'), { className: internal ? 'role internal-label' : 'role', textContent: internal ? 'Internal note' : 'Agent' });
  if (internal) role.dataset.testId = 'omni-log-internal-note-tag';
  head.append(
    sender,
    ' ',
    role,
    ' ',
    createTimeNow(),
  );
  const body = Object.assign(document.createElement('div'), { className: 'event-body' });
  body.dataset.testId = 'omni-log-message-content';
  body.append(...createParagraphs(text));
  main.append(head, body);
  item.append(avatar, main);
  conversation.append(item);
  item.scrollIntoView({ block: 'nearest' });
}

composerSection.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = composer.getText();
  if (isBlank(text)) {
    statusText.textContent = 'Write a reply first.';
    composer.focus();
    return;
  }
  const internal = isInternal();
  appendEvent(text, internal);
  composer.clear();
  if (!internal) ticketStatus.textContent = statusAfter.value;
  ticketStatus.dataset.status = statusAfter.value.toLowerCase();
  statusText.textContent = internal ? 'Internal note added.' : `Reply sent; ticket set to ${statusAfter.value} (only in this demo page).`;
});
