import { PACK_LIMITS } from './schema';

// Subscriptions: a pack kept at an https address, asked for again daily with a conditional request, so an
// unchanged file costs the server a 304 and Replywell nothing. The fetch function comes in as a parameter.

/** What the server said last time, sent back so that it can answer 304 Not Modified. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchPackOutcome = { status: 'not-modified' } | ({ status: 'fetched'; text: string } & Validators);

/** Why an address typed by the user cannot be subscribed to. */
export type SubscriptionUrlError = 'empty' | 'invalid' | 'scheme';

/** Reads the address a user typed: https only (a pack changes what agents send), no credentials in it. */
export function readSubscriptionUrl(input: string): { ok: true; url: string; originPattern: string } | { ok: false; error: SubscriptionUrlError } {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol !== 'https:') return { ok: false, error: 'scheme' };
  if (url.username || url.password || !url.hostname) return { ok: false, error: 'invalid' };
  url.hash = '';
  return { ok: true, url: url.href, originPattern: `${url.origin}/*` };
}

/** The host permission pattern the background needs to fetch `url`. */
export function getOriginPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

async function readLimited(response: Response): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > PACK_LIMITS.fileBytes) throw new Error(`the file is larger than ${PACK_LIMITS.fileBytes / (1024 * 1024)} MB`);
  if (!response.body) return response.text();
  // The declared length may be missing or wrong: count while reading, and stop at the limit.
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > PACK_LIMITS.fileBytes) {
      await reader.cancel();
      throw new Error(`the file is larger than ${PACK_LIMITS.fileBytes / (1024 * 1024)} MB`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Downloads a pack file, conditionally when validators are known (If-None-Match / If-Modified-Since). Throws an
 * Error whose message says what went wrong in words a team lead can act on.
 */
export async function fetchPackText(fetchFn: typeof fetch, url: string, validators: Validators = {}): Promise<FetchPackOutcome> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const host = new URL(url).host;
  let response: Response;
  try {
    // no-cache: the browser's HTTP cache may hold the file, but must ask the server whether it is still current.
    response = await fetchFn(url, { headers, cache: 'no-cache', credentials: 'omit', redirect: 'follow' });
  } catch (error) {
    throw new Error(`could not reach ${host} (${error instanceof Error ? error.message : String(error)})`);
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (response.url && new URL(response.url).protocol !== 'https:') throw new Error(`${host} redirected to an address that is not https`);
  if (!response.ok) throw new Error(`${host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const text = await readLimited(response);
  const outcome: FetchPackOutcome = { status: 'fetched', text };
  const etag = response.headers.get('ETag');
  const lastModified = response.headers.get('Last-Modified');
  if (etag) outcome.etag = etag;
  if (lastModified) outcome.lastModified = lastModified;
  return outcome;
}
