// Finds the button that sends what a composer holds, so that the sidebar can stay clear of it. Site adapters know
// their own send button; this is the fallback that works on any page.

/** Buttons that submit the composer's form (stable: the type attribute). */
const SUBMIT_SELECTOR = 'button[type="submit"], input[type="submit"]';
/** Buttons without a submit type; their role or tag is all that is stable. */
const BUTTON_SELECTOR = 'button, [role="button"]';
/**
 * "Send" in the hooks sites give their send buttons (data-testid, name, id, aria-label, title) and, last, its text.
 * Label text varies with the UI language; on an unknown page there is no stabler hook, so the word is listed in
 * our four languages (Norwegian and English share "send"). "Reply" is left out on purpose: helpdesks have "Public
 * reply" / "Reply all" tabs and buttons that open a composer rather than send it.
 */
const SEND_WORDS = /\bsend|\bsubmit|lähetä|ارسال|بفرست|فرستادن/i;
const HOOK_ATTRIBUTES = ['data-testid', 'data-test-id', 'name', 'id', 'aria-label', 'title'] as const;
/** How many ancestors of the composer to search: a send button sits in the composer's own toolbar or form. */
const MAX_DEPTH = 8;

function looksLikeSend(button: Element): boolean {
  if (HOOK_ATTRIBUTES.some((name) => SEND_WORDS.test(button.getAttribute(name) ?? ''))) return true;
  return SEND_WORDS.test(button.textContent?.trim().slice(0, 40) ?? '');
}

/**
 * The composer's send button, if one is found near it: the nearest ancestor that holds a submit button or a
 * button named "send" wins, so a page's other forms and toolbars are never taken for the composer's own.
 */
export function findSendButton(composer: Element): HTMLElement | undefined {
  let scope: Element | null = composer.parentElement;
  for (let depth = 0; scope && depth < MAX_DEPTH; depth++, scope = scope.parentElement) {
    const named = [...scope.querySelectorAll<HTMLElement>(BUTTON_SELECTOR)].find(looksLikeSend);
    if (named) return named;
    const submit = scope.querySelector<HTMLElement>(SUBMIT_SELECTOR);
    if (submit) return submit;
  }
  return undefined;
}
