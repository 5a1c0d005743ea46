import { expect, type Page } from '@playwright/test';

const MARKER = '#';

/**
 * Moves the caret with the keyboard, as an agent would, until it stands `offset` characters into `initial` (the
 * editor's text). Where the caret really is gets proven through the editor's own model: a marker is typed, read
 * back with `window.__rwEditor.getText()` and deleted again. The keys are pressed again when the marker landed
 * elsewhere, because ProseMirror, CKEditor 5 and Draft.js put back their own caret a moment after they get the
 * focus and override keys pressed before that.
 */
export async function placeCaret(page: Page, keys: readonly string[], initial: string, offset: number): Promise<void> {
  await page.evaluate(() => window.__rwEditor!.focus());
  const wanted = `${initial.slice(0, offset)}${MARKER}${initial.slice(offset)}`;
  await expect(async () => {
    for (const key of keys) await page.keyboard.press(key);
    await page.keyboard.type(MARKER);
    await expect.poll(() => page.evaluate(() => window.__rwEditor!.getText()), { timeout: 1_000 }).toContain(MARKER);
    const typed = await page.evaluate(() => window.__rwEditor!.getText());
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.evaluate(() => window.__rwEditor!.getText()), { timeout: 1_000 }).toBe(initial);
    expect(typed).toBe(wanted);
  }).toPass({ timeout: 10_000 });
}
