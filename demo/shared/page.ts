/** What every demo page shares: live timestamps, links between the demo pages, and publishing the composer. */
import type { FixtureEditor } from '../../test/fixtures/editors/page';
import { DEMO_INDEX, DEMO_SITES } from '../pages.mjs';

/** The composer of a demo page: the editor fixtures' model reads, and what the page's Send button needs. */
export interface DemoComposer extends FixtureEditor {
  /** Empties the composer through the editor's own API, as the real site does after sending. */
  clear(): void;
}

/**
 * Publishes the composer's model reads as `window.__rwEditor` and marks the page ready (`data-editor-ready`): the
 * contract of the editor fixtures (test/fixtures/editors/page.ts), so e2e tests read every editor alike. The
 * fixtures' `exposeEditor` is not reused because it also takes over the page's form submit.
 */
export function publishComposer(composer: DemoComposer): void {
  window.__rwEditor = { getText: composer.getText, getHTML: composer.getHTML, focus: composer.focus };
  document.documentElement.dataset.editorReady = 'true';
}

const PRODUCTION_HOSTS = new Set([DEMO_INDEX, ...DEMO_SITES].map((page) => new URL(page.url).hostname));

/**
 * Where a link to another demo page goes: its production URL when the demo is served by `npm start` (so the
 * extension's content script runs there), or the built file next to this one when the pages are opened from a
 * plain file server, where the extension would not run anyway.
 */
export function getDemoHref(id: string, here: Location = location): string {
  const page = [DEMO_INDEX, ...DEMO_SITES].find((candidate) => candidate.id === id);
  if (!page) throw new Error(`No demo page "${id}" in demo/pages.mjs`);
  return PRODUCTION_HOSTS.has(here.hostname) ? page.url : `./${page.file}`;
}

/** Points every `a[data-demo-page]` at the right address for where the demo is served. */
export function linkDemoPages(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-demo-page]')) {
    link.href = getDemoHref(link.dataset.demoPage ?? '');
  }
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });

/** "14:05", or "Fri 21 Nov, 14:05" for a day other than today. */
export function formatMessageTime(date: Date, now: Date, withDay = true): string {
  const sameDay = date.toDateString() === now.toDateString();
  return sameDay || !withDay ? timeFormat.format(date) : `${dayFormat.format(date)}, ${timeFormat.format(date)}`;
}

/** How long ago, as a webmail list shows it: "12 minutes ago", "2 hours ago". */
export function formatAgo(date: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - date.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  return `${hours} hour${hours === 1 ? '' : 's'} ago`;
}

/**
 * The sample thread is written relative to now (`data-minutes-ago`), so that a customer is always waiting a
 * believable time and reply-time features have something to measure. Fills in `datetime` and the shown time.
 */
export function fillTimes(root: ParentNode = document, now = new Date()): void {
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-minutes-ago]')) {
    const date = new Date(now.getTime() - Number(time.dataset.minutesAgo) * 60_000);
    time.dateTime = date.toISOString();
    time.title = date.toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' });
    time.textContent = time.dataset.format === 'ago' ? `${formatMessageTime(date, now, false)} (${formatAgo(date, now)})` : formatMessageTime(date, now);
  }
}

/** A `<time>` for a message sent now. */
export function createTimeNow(doc: Document = document): HTMLTimeElement {
  const now = new Date();
  const time = doc.createElement('time');
  time.dateTime = now.toISOString();
  time.title = now.toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' });
  time.textContent = formatMessageTime(now, now);
  return time;
}

/** Paragraph elements for the lines of a sent reply (text only: nothing a composer holds is parsed as HTML). */
export function createParagraphs(text: string, doc: Document = document): HTMLParagraphElement[] {
  return text
    .split(/\n{2,}/)
    .filter((block) => block.trim().length > 0)
    .map((block) => {
      const p = doc.createElement('p');
      block.split('\n').forEach((line, index) => {
        if (index > 0) p.append(doc.createElement('br'));
        p.append(line);
      });
      return p;
    });
}

/** True when a composer holds nothing but whitespace. */
export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
