import { browser, type Browser } from 'wxt/browser';
import { backgroundRequest, type Answer, type BackgroundAnswers, type BackgroundRequest } from '@/lib/messages';

export type Handlers = {
  [K in BackgroundRequest['type']]: (
    request: Extract<BackgroundRequest, { type: K }>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<BackgroundAnswers[K]> | BackgroundAnswers[K];
};

/** Only this extension's own pages and content scripts may talk to the background. */
function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** Checks the sender, validates the request and dispatches it to its handler; answers `{ok, data | error}`. */
export async function route(handlers: Handlers, message: unknown, sender: Browser.runtime.MessageSender): Promise<Answer<unknown>> {
  if (!isOwnSender(sender)) return { ok: false, error: 'Unknown sender' };
  const parsed = backgroundRequest.safeParse(message);
  if (!parsed.success) return { ok: false, error: `Invalid request: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` };
  const request = parsed.data;
  try {
    const handler = handlers[request.type] as (r: BackgroundRequest, s: Browser.runtime.MessageSender) => unknown;
    return { ok: true, data: await handler(request, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
