import { browser } from 'wxt/browser';
import type { Answer, BackgroundAnswers, BackgroundRequest, ContentAnswers, ContentRequest } from '../messages';

/** Raised when the extension was updated or reloaded under a running content script: the page must be reloaded. */
export class ContextInvalidatedError extends Error {
  constructor() {
    super('Replywell was updated. Reload the page to keep using it.');
    this.name = 'ContextInvalidatedError';
  }
}

function isInvalidated(error: unknown): boolean {
  return error instanceof Error && /context invalidated|extension context|receiving end does not exist/i.test(error.message) && !browser.runtime?.id;
}

function unwrap<T>(answer: unknown): T {
  const typed = answer as Answer<T> | undefined;
  if (!typed || typeof typed !== 'object' || !('ok' in typed)) throw new Error('No answer from Replywell');
  if (!typed.ok) throw new Error(typed.error);
  return typed.data;
}

/** Sends a request to the background and returns its data, or throws its error. */
export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundAnswers[R['type']]> {
  try {
    return unwrap(await browser.runtime.sendMessage(request));
  } catch (error) {
    if (isInvalidated(error)) throw new ContextInvalidatedError();
    throw error;
  }
}

/** Sends a request to one tab's content script and returns its data, or throws its error. */
export async function sendToTab<R extends ContentRequest>(tabId: number, request: R): Promise<ContentAnswers[R['type']]> {
  return unwrap(await browser.tabs.sendMessage(tabId, request));
}

/** Wraps a handler's result in the `{ok, data | error}` answer shape. */
export async function answer<T>(run: () => Promise<T> | T): Promise<Answer<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
