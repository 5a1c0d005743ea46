import createDOMPurify from 'dompurify';

// DOMPurify needs a window; lib/ has none of its own, so the caller hands in the one it inserts into.

/** The only tags and attributes a rendered template can contain (see render.ts). */
const ALLOWED_TAGS = ['p', 'br', 'ul', 'li', 'strong', 'em', 'a', 'mark'];
const ALLOWED_ATTR = ['href', 'class'];
const SAFE_HREF = /^(?:https?:|mailto:)/i;

/** Sanitises rendered template HTML with DOMPurify in the given window: allowed tags only, http(s)/mailto links. */
export function sanitizeTemplateHtml(html: string, view: Window): string {
  const purify = createDOMPurify(view as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'href' && !SAFE_HREF.test(data.attrValue.trim())) data.keepAttr = false;
  });
  return purify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false });
}
