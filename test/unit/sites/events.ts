// Runs the shared event watcher on a loaded fixture while a test acts on the page, and collects what it reports.
import { watchSite } from '@/lib/sites/watch';
import type { SiteAdapter, SiteEvent } from '@/lib/sites/types';
import type { LoadedFixture } from './fixture';

/** The moment the tests' pages are opened: after every fixture message, before the ones tests add. */
export const OPENED_AT = Date.parse('2025-11-20T09:00:00Z');

/** Waits for the page's timers and observers (the watcher's throttled reads, the simulated site's answers). */
export async function settle(fixture: LoadedFixture): Promise<void> {
  await fixture.window.happyDOM.waitUntilComplete();
}

/** Starts the watcher, lets `act` change the page, waits until everything ran, and returns the events. */
export async function collectEvents(fixture: LoadedFixture, adapter: SiteAdapter, act: (doc: Document) => void | Promise<void>): Promise<SiteEvent[]> {
  const events: SiteEvent[] = [];
  const controller = new AbortController();
  let clock = OPENED_AT;
  watchSite(adapter, fixture.doc, {
    signal: controller.signal,
    onEvent: (event) => events.push(event),
    now: () => clock,
    throttleMs: 5,
    settleMs: 0,
    confirmWithinMs: 200,
  });
  await settle(fixture);
  clock += 60_000;
  await act(fixture.doc);
  await settle(fixture);
  controller.abort();
  return events;
}

/** Types into a contenteditable composer as a site's editor would hold it, with the focus in it. */
export function typeInto(composer: HTMLElement, text: string): void {
  composer.focus();
  if (composer.tagName === 'TEXTAREA') (composer as HTMLTextAreaElement).value = text;
  else composer.innerHTML = `<p>${text}</p>`;
  composer.dispatchEvent(new composer.ownerDocument.defaultView!.InputEvent('input', { bubbles: true }));
}

/** Makes `button` behave like the site's send: a task later the composer is emptied. */
export function emptyOnClick(button: Element, composer: HTMLElement, empty = '<p><br></p>'): void {
  button.addEventListener('click', () =>
    setTimeout(() => {
      if (composer.tagName === 'TEXTAREA') (composer as HTMLTextAreaElement).value = '';
      else composer.innerHTML = empty;
    }, 10),
  );
}
