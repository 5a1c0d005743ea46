// Finds the button that sends what a composer holds, so that the sidebar can stay clear of it. Site adapters know
// their own send button; this is the fallback that works on any page.

/** Buttons that submit (stable: the type attribute). */
const SUBMIT_SELECTOR = 'button[type="submit"], input[type="submit"]';
/** Buttons without a submit type; their role or tag is all that is stable. */
const BUTTON_SELECTOR = 'button, [role="button"]';
/**
 * Words for "send" in the hooks sites give their send buttons (data-testid, name, aria-label, title). Visible or
 * aria-label text varies with the UI language; there is no stabler hook on an unknown page, so all four of our
 * languages and "reply"/"submit" are listed.
 */
const SEND_WORDS = /send|submit|reply|svar|lähetä|ارسال|فرستادن/i;
/** How many ancestors of the composer to search: a send button sits in the composer's own toolbar or form. */
const MAX_DEPTH = 8;

function looksLikeSend(button: Element): boolean {
  const hooks = ['data-testid', 'data-test-id', 'name', 'aria-label', 'title', 'id'].map((name) => button.getAttribute(name) ?? '');
  return hooks.some((hook) => SEND_WORDS.test(hook)) || SEND_WORDS.test(button.textContent?.trim().slice(0, 40) ?? '');
}

/** The composer's send button, if one is found near it. */
export function findSendButton(composer: Element): HTMLElement | undefined {
  let scope: Element | null = composer.parentElement;
  for (let depth = 0; scope && depth < MAX_DEPTH; depth++, scope = scope.parentElement) {
    const submit = scope.querySelector<HTMLElement>(SUBMIT_SELECTOR);
    if (submit) return submit;
    const named = [...scope.querySelectorAll<HTMLElement>(BUTTON_SELECTOR)].find(looksLikeSend);
    if (named) return named;
  }
  return undefined;
}
