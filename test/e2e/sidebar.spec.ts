import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { expect, fixturePage, getPageStatus, getSidebar, test } from './harness';

// The sidebar as an agent meets it, in the built extension, on fixture pages served at the real sites' URLs.
// test/fixtures/pages/helpdesk.html: a plain helpdesk with a textarea composer and a send button at the bottom right.
// test/fixtures/pages/hostile.html: global !important CSS and document key listeners.

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const ZENDESK = 'https://acme.zendesk.com/agent/tickets/1';
const WHATSAPP = 'https://web.whatsapp.com/';
const HELPDESK = fixturePage('helpdesk.html');
const HOSTILE = fixturePage('hostile.html');

const THANKS_TITLE = 'Thanks for reaching out';
const THANKS_TEXT = "Thank you for reaching out!\nI'm looking into this now and will get back to you shortly.";
const DEFAULT_WIDTH = 340;

/** The hostile page's markup without its stylesheet: the same host page, but plain. */
function plainVersionOf(file: string): string {
  return readFileSync(file, 'utf8').replace(/<style>[\s\S]*?<\/style>/, '');
}

/**
 * Fires the `toggle-sidebar` keyboard command.
 *
 * A real `page.keyboard.press('Alt+Shift+Y')` does not do it: Playwright's keys are CDP input events delivered to
 * the page's renderer, while Chromium matches extension commands in the browser process's accelerator handling,
 * before input reaches any renderer, so synthetic page input never becomes a command (tried: the panel stays
 * closed). What the browser does once it has matched the key is dispatch `commands.onCommand` in the service
 * worker; `chrome.commands.onCommand.dispatch(...)` (the extension bindings' own event dispatch) does exactly that,
 * so the background's real listener runs, looks up the tab and messages its content script, with no test hook in
 * the product.
 */
async function pressToggleCommand(serviceWorker: Worker, withTab = true): Promise<void> {
  await serviceWorker.evaluate(async (passTab) => {
    const event = chrome.commands.onCommand as typeof chrome.commands.onCommand & { dispatch?: (command: string, tab?: Browser.tabs.Tab) => void };
    if (typeof event.dispatch !== 'function') throw new Error('This Chromium has no chrome.Event#dispatch: cannot fire the keyboard command');
    const [tab] = await chrome.tabs.query({ active: true });
    // The browser passes the active tab; it may also pass none, and the background then looks the tab up itself.
    event.dispatch('toggle-sidebar', passTab ? tab : undefined);
  }, withTab);
}

async function readStorage(serviceWorker: Worker, key: string): Promise<unknown> {
  return serviceWorker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

/** Computed styles and box of elements that a test compares between two pages. */
async function snapshotStyles(page: Page, selector: string, properties: readonly string[]) {
  return page.locator(selector).evaluateAll(
    (elements, props) =>
      elements.map((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return { box: { x: box.x, y: box.y, width: box.width, height: box.height }, style: Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])) };
      }),
    properties,
  );
}

/** Every element of the host page (the sidebar's host excluded) with its box and its whole computed style. */
async function snapshotHostPage(page: Page) {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll('*')].filter((el) => !el.closest('replywell-sidebar'));
    return {
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      elements: elements.map((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const styles: Record<string, string> = {};
        for (const name of style) styles[name] = style.getPropertyValue(name);
        return { tag: el.tagName, id: el.id, box: [box.x, box.y, box.width, box.height], styles };
      }),
    };
  });
}

test.describe('mounting', () => {
  for (const url of [GMAIL, ZENDESK, WHATSAPP]) {
    test(`mounts collapsed on ${new URL(url).host}`, async ({ openSite, page, serviceWorker }) => {
      await openSite(url, HELPDESK);
      const sidebar = getSidebar(page);
      await expect(sidebar.launcher).toBeVisible();
      await expect(sidebar.launcher).toHaveAttribute('aria-expanded', 'false');
      await expect(sidebar.panel).toBeHidden();
      expect(await getPageStatus(serviceWorker)).toMatchObject({ injected: true, enabled: true });
    });
  }

  for (const url of ['https://example.org/', 'https://mail.google.org/mail/u/0/', 'https://acme.zendesk.com/hc/en-us']) {
    test(`stays off ${url} (outside the match patterns)`, async ({ openSite, page, serviceWorker }) => {
      await openSite(url, HELPDESK);
      // Content scripts run at document_idle, which Chromium reaches at the latest right after the load event
      // that goto() waited for; one round trip through the page's main thread puts us after that point.
      await page.evaluate(() => document.readyState);
      expect(await getPageStatus(serviceWorker)).toEqual({ injected: false });
      await expect(page.locator('replywell-sidebar')).toHaveCount(0);
    });
  }
});

test.describe('opening and closing', () => {
  test('the launcher opens the panel, the close button and Escape close it', async ({ openSite, page }) => {
    await openSite(ZENDESK, HELPDESK);
    const sidebar = getSidebar(page);

    await sidebar.launcher.click();
    await expect(sidebar.panel).toBeVisible();
    await expect(sidebar.panel.getByRole('heading', { name: 'Templates' })).toBeVisible();
    await expect(sidebar.launcher).toBeHidden();

    await sidebar.close.click();
    await expect(sidebar.panel).toBeHidden();
    await expect(sidebar.launcher).toBeFocused();

    await sidebar.launcher.click();
    await sidebar.search.focus();
    await expect(sidebar.search).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sidebar.panel).toBeHidden();
    await expect(sidebar.launcher).toBeFocused();
  });

  test('the keyboard command Alt+Shift+Y toggles the panel', async ({ openSite, page, serviceWorker }) => {
    await openSite(GMAIL, HELPDESK);
    const sidebar = getSidebar(page);
    await expect(sidebar.launcher).toBeVisible();

    await pressToggleCommand(serviceWorker);
    await expect(sidebar.panel).toBeVisible();
    await pressToggleCommand(serviceWorker, false);
    await expect(sidebar.panel).toBeHidden();
    await expect(sidebar.launcher).toBeVisible();
  });
});

test.describe('layout', () => {
  test('open state and width are remembered per site across reloads', async ({ openSite, page, serviceWorker }) => {
    await openSite(GMAIL, HELPDESK);
    const sidebar = getSidebar(page);
    await sidebar.launcher.click();
    await sidebar.separator.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(sidebar.separator).toHaveAttribute('aria-valuenow', String(DEFAULT_WIDTH + 32));
    // The layout is written asynchronously; wait for it to be stored before reloading, as a person would.
    await expect.poll(() => readStorage(serviceWorker, 'sidebarLayouts')).toMatchObject({ 'mail.google.com': { open: true, width: DEFAULT_WIDTH + 32 } });

    await page.reload();
    await expect(sidebar.panel).toBeVisible();
    await expect.poll(async () => (await sidebar.panel.boundingBox())?.width).toBe(DEFAULT_WIDTH + 32);

    // Another host keeps its own layout: closed, default width.
    await openSite(ZENDESK, HELPDESK);
    await expect(sidebar.launcher).toBeVisible();
    await expect(sidebar.panel).toBeHidden();
    await sidebar.launcher.click();
    await expect.poll(async () => (await sidebar.panel.boundingBox())?.width).toBe(DEFAULT_WIDTH);
    await sidebar.close.click();
    await expect.poll(() => readStorage(serviceWorker, 'sidebarLayouts')).toMatchObject({ 'acme.zendesk.com': { open: false, width: DEFAULT_WIDTH } });

    // And the first host still has its own.
    await openSite(GMAIL, HELPDESK);
    await expect(sidebar.panel).toBeVisible();
    await expect.poll(async () => (await sidebar.panel.boundingBox())?.width).toBe(DEFAULT_WIDTH + 32);
  });

  test('the separator resizes the panel from the keyboard, within its limits', async ({ openSite, page }) => {
    await openSite(ZENDESK, HELPDESK);
    const sidebar = getSidebar(page);
    await sidebar.launcher.click();
    const viewportWidth = page.viewportSize()!.width;
    const expectWidth = async (width: number) => {
      await expect(sidebar.separator).toHaveAttribute('aria-valuenow', String(width));
      await expect.poll(async () => sidebar.panel.boundingBox()).toEqual(expect.objectContaining({ width, x: viewportWidth - width }));
    };

    await sidebar.separator.focus();
    await page.keyboard.press('ArrowLeft');
    await expectWidth(DEFAULT_WIDTH + 16);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectWidth(DEFAULT_WIDTH - 16);
    await page.keyboard.press('End');
    await expectWidth(640);
    await page.keyboard.press('ArrowLeft');
    await expectWidth(640);
    await page.keyboard.press('Home');
    await expectWidth(280);
    await page.keyboard.press('ArrowRight');
    await expectWidth(280);
  });

  test('Persian interface: the panel is right-to-left and docked on the left', async ({ openSite, page, serviceWorker }) => {
    await openSite(WHATSAPP, HELPDESK);
    const sidebar = getSidebar(page);
    // Names are not used here: they are in Persian, where translated.
    const panel = sidebar.host.getByRole('complementary');
    const direction = panel.locator('xpath=ancestor::*[@dir][1]');
    const viewportWidth = page.viewportSize()!.width;
    await sidebar.launcher.click();
    await expect(direction).toHaveAttribute('dir', 'ltr');
    await expect.poll(async () => (await panel.boundingBox())?.x).toBe(viewportWidth - DEFAULT_WIDTH);

    // The options page stores the choice in the same place.
    await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { uiLanguage: 'fa', triggerKey: 'Tab' } }));
    await page.reload();
    await expect(panel).toBeVisible();
    await expect(direction).toHaveAttribute('dir', 'rtl');
    expect(await panel.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect.poll(async () => (await panel.boundingBox())?.x).toBe(0);
  });

  test('the panel never covers the send button', async ({ openSite, page }) => {
    await openSite(ZENDESK, HELPDESK);
    const sidebar = getSidebar(page);
    const send = page.getByRole('button', { name: 'Send' });
    const isOnTop = () =>
      send.evaluate((button) => {
        const box = button.getBoundingClientRect();
        return button.ownerDocument.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === button;
      });

    await page.getByRole('textbox', { name: 'Reply to Sam Jones' }).click();
    await expect(sidebar.launcher).toBeVisible();
    expect(await isOnTop()).toBe(true);
    await sidebar.launcher.click();
    await expect(sidebar.panel).toBeVisible();
    // The send button sits in the right-hand column the panel docks to; the panel takes the stretch above it.
    const [panelBox, sendBox] = [await sidebar.panel.boundingBox(), await send.boundingBox()];
    expect(panelBox!.x + panelBox!.width).toBeGreaterThan(sendBox!.x);
    await expect.poll(isOnTop).toBe(true);
    await expect.poll(async () => ((await sidebar.panel.boundingBox())!.y + (await sidebar.panel.boundingBox())!.height) <= sendBox!.y).toBe(true);

    // A real click (Playwright checks that the button itself receives it) sends.
    await send.click();
    await expect(page.locator('#sent')).toHaveText('Sent 1');

    // Wider panel: still clear.
    await sidebar.separator.focus();
    await page.keyboard.press('End');
    await expect.poll(isOnTop).toBe(true);
    await send.click();
    await expect(page.locator('#sent')).toHaveText('Sent 2');
  });
});

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('the panel follows the dark colour scheme', async ({ openSite, page }) => {
    await openSite(GMAIL, HELPDESK);
    const sidebar = getSidebar(page);
    await sidebar.launcher.click();
    await expect(sidebar.panel).toBeVisible();
    const background = () => sidebar.panel.evaluate((el) => getComputedStyle(el).backgroundColor);
    const luminance = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };

    const dark = await background();
    expect(luminance(dark)).toBeLessThan(80);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).not.toBe(dark);
    expect(luminance(await background())).toBeGreaterThan(200);
  });
});

test.describe('isolation from the host page', () => {
  const SIDEBAR_PROPERTIES = ['color', 'background-color', 'font-family', 'font-size', 'font-weight', 'line-height', 'display', 'box-sizing', 'margin-top', 'padding-top', 'width', 'height', 'direction', 'opacity'];
  const SIDEBAR_PARTS = '.rw-launcher, .rw-panel, .rw-title, .rw-input, .rw-button, .rw-template-title, .rw-icon-button';

  test('host CSS does not change the sidebar', async ({ openSite, page }) => {
    const sidebar = getSidebar(page);
    const snapshot = async () => {
      await expect(sidebar.launcher).toBeVisible();
      const closed = await snapshotStyles(page, 'replywell-sidebar >> .rw-launcher', SIDEBAR_PROPERTIES);
      await sidebar.launcher.click();
      await expect(sidebar.insert(THANKS_TITLE)).toBeVisible();
      const open = await snapshotStyles(page, `replywell-sidebar >> :is(${SIDEBAR_PARTS})`, SIDEBAR_PROPERTIES);
      return { closed, open };
    };

    // Two hosts, because opening the panel is remembered per host.
    await openSite(ZENDESK, plainVersionOf(HOSTILE));
    const plain = await snapshot();
    expect(plain.open.length).toBeGreaterThanOrEqual(6);
    await openSite(GMAIL, HOSTILE);
    const hostile = await snapshot();
    expect(hostile).toEqual(plain);
  });

  test('the sidebar does not change the host page', async ({ openSite, page }) => {
    // One host per fixture, because opening the panel is remembered per host.
    for (const [fixture, url] of [[HOSTILE, ZENDESK], [HELPDESK, GMAIL]] as const) {
      await openSite('https://example.org/', fixture);
      const without = await snapshotHostPage(page);
      await openSite(url, fixture);
      const sidebar = getSidebar(page);
      await expect(sidebar.launcher).toBeVisible();
      expect(await snapshotHostPage(page), `${fixture} with the launcher`).toEqual(without);
      await sidebar.launcher.click();
      await expect(sidebar.panel).toBeVisible();
      expect(await snapshotHostPage(page), `${fixture} with the panel open`).toEqual(without);
    }
  });

  test("typing in the sidebar's search box does not reach the page's key listeners", async ({ openSite, page }) => {
    await openSite(ZENDESK, HOSTILE);
    const sidebar = getSidebar(page);
    const hostKeys = () => page.evaluate(() => (window as unknown as { __hostKeys: number }).__hostKeys);
    await sidebar.launcher.click();

    await sidebar.search.pressSequentially('hello');
    await expect(sidebar.search).toHaveValue('hello');
    await expect(sidebar.insert(THANKS_TITLE)).toBeHidden();
    await expect(sidebar.panel.getByRole('button', { name: /^Insert “/ })).toHaveCount(1);
    await sidebar.search.press('Backspace');
    await expect(sidebar.search).toHaveValue('hell');
    expect(await hostKeys()).toBe(0);

    // The listeners do work: keys typed into the page itself reach them.
    await page.locator('#reply').pressSequentially('ok');
    await expect.poll(hostKeys).toBeGreaterThan(0);
  });
});

test.describe('templates', () => {
  /** The built-in templates come from the background once the sidebar mounts; wait for them like a person would. */
  async function waitForTemplates(page: Page) {
    await expect(getSidebar(page).host.getByRole('button', { name: `Insert “${THANKS_TITLE}”`, includeHidden: true })).toBeAttached();
  }

  test('";thanks" + Tab expands the template in the composer', async ({ openSite, page }) => {
    await openSite(GMAIL, HELPDESK);
    await waitForTemplates(page);
    const reply = page.getByRole('textbox', { name: 'Reply to Sam Jones' });
    await reply.click();
    await reply.pressSequentially('Hi Sam,\n;thanks');
    await reply.press('Tab');
    await expect(reply).toHaveValue(`Hi Sam,\n${THANKS_TEXT}`);
    await expect(reply).toBeFocused();
    // The caret follows the inserted text: typing goes on after it.
    await page.keyboard.type(' Best');
    await expect(reply).toHaveValue(`Hi Sam,\n${THANKS_TEXT} Best`);
  });

  test('Tab without a shortcut keeps its normal job', async ({ openSite, page }) => {
    await openSite(GMAIL, HELPDESK);
    await waitForTemplates(page);
    const reply = page.getByRole('textbox', { name: 'Reply to Sam Jones' });
    const send = page.getByRole('button', { name: 'Send' });

    await reply.click();
    await reply.pressSequentially('Hello');
    await reply.press('Tab');
    await expect(send).toBeFocused();
    await expect(reply).toHaveValue('Hello');

    // An unknown shortcut, and a known one glued to a word, are not expanded either.
    for (const typed of [' ;nothing', ' word;thanks']) {
      await reply.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(typed);
      await page.keyboard.press('Tab');
      await expect(send).toBeFocused();
    }
    await expect(reply).toHaveValue('Hello ;nothing word;thanks');
  });

  test('the trigger key chosen in the options takes effect in open tabs at once', async ({ openSite, page, context, extensionId }) => {
    await openSite(GMAIL, HELPDESK);
    await waitForTemplates(page);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('combobox', { name: 'Key that expands a shortcut' }).selectOption('Space');
    await expect(options.getByText('Saved.')).toBeVisible();
    await options.close();

    const sidebar = getSidebar(page);
    await sidebar.launcher.click();
    await expect(sidebar.panel.getByText('Type ;thanks in the reply and press Space to expand it.')).toBeVisible();
    const reply = page.getByRole('textbox', { name: 'Reply to Sam Jones' });
    await reply.click();
    await reply.pressSequentially('Hi Sam,\n;thanks');
    await reply.press('Space');
    await expect(reply).toHaveValue(`Hi Sam,\n${THANKS_TEXT}`);
    // Tab is an ordinary key again: it moves on and leaves a typed shortcut alone.
    await reply.pressSequentially('\n;hello');
    await reply.press('Tab');
    await expect(page.getByRole('button', { name: 'Send' })).toBeFocused();
    await expect(reply).toHaveValue(`Hi Sam,\n${THANKS_TEXT}\n;hello`);
  });

  test('Insert from the sidebar lands where the caret was in the composer', async ({ openSite, page }) => {
    await openSite(ZENDESK, HELPDESK);
    const sidebar = getSidebar(page);
    const reply = page.getByRole('textbox', { name: 'Reply to Sam Jones' });
    await reply.fill('Hi Sam,\n\nBest,\nAlex');
    // The caret on the empty line between the greeting and the sign-off.
    await reply.press('ControlOrMeta+Home');
    await reply.press('ArrowDown');

    await sidebar.launcher.click();
    await sidebar.search.click();
    await sidebar.search.fill('thanks');
    await sidebar.insert(THANKS_TITLE).click();

    await expect(reply).toHaveValue(`Hi Sam,\n${THANKS_TEXT}\nBest,\nAlex`);
    await expect(sidebar.panel.getByRole('status').filter({ hasText: 'Inserted' })).toHaveText(`Inserted “${THANKS_TITLE}”.`);
  });
});
