/** Whether a URL is matched by a WebExtension match pattern (`<scheme>://<host>/<path>`, `*` wildcards). */
export function isMatchedBy(pattern: string, url: URL): boolean {
  const parsed = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme = '', host = '', path = ''] = parsed;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
    } else if (url.hostname !== host) return false;
  }
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRe.test(url.pathname + url.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns what a user typed ("acme.example.com", "https://help.acme.io/inbox") into an origin match pattern. */
export function readOriginPattern(input: string): { ok: true; origin: string; pattern: string } | { ok: false; error: 'empty' | 'invalid' | 'scheme' } {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: 'empty' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'scheme' };
  if (!url.hostname || url.hostname.includes('*') || url.username || url.password) return { ok: false, error: 'invalid' };
  // Match patterns carry no port: permissions are granted per host.
  return { ok: true, origin: `${url.protocol}//${url.hostname}`, pattern: `${url.protocol}//${url.hostname}/*` };
}
