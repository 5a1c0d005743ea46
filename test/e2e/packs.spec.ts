import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { expect, fixturePage, getSidebar, test } from './harness';

/** The extension APIs these tests call from inside the browser (the project has no global `chrome` types). */
declare const chrome: {
  developerPrivate: { addHostPermission(extensionId: string, host: string): Promise<void> };
  alarms: { create(name: string, info: { when: number }): Promise<void> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const HELPDESK = fixturePage('helpdesk.html');
const PACK_URL = 'https://packs.example-team.com/support/acme.json';
const PACK_ORIGIN = 'https://packs.example-team.com/*';
/** entrypoints/background/packs.ts: the daily check. */
const UPDATE_ALARM = 'replywell-pack-updates';

function makePack(version: string, templates: Record<string, unknown>[]) {
  return {
    format: 'replywell-pack',
    schemaVersion: 1,
    id: 'acme-support',
    name: 'Acme support',
    version,
    author: 'Acme support team',
    description: 'Replies for the Acme help desk.',
    languages: ['en'],
    templates,
  };
}

const WARRANTY = {
  id: 'warranty',
  title: 'Acme warranty answer',
  body: 'Your Acme kettle has a two-year warranty, and I have started a free repair for you.',
  shortcut: ';acmewarranty',
  tags: ['warranty'],
  language: 'en',
  channels: ['email'],
};
const HOURS = { id: 'hours', title: 'Acme opening hours', body: 'We are here for you every weekday from 8:00 to 18:00.', language: 'en' };

function packFile(name: string, pack: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack, null, 2)) };
}

async function openPacks(page: Page, extensionId: string): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/options.html#packs`);
  await expect(page.getByRole('heading', { level: 2, name: 'Template packs' })).toBeVisible();
  return page;
}

/** The installed pack's entry in the list, found by its heading. */
function getInstalled(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name }) });
}

test('an imported pack shows in the options page, its templates in the sidebar, and its shortcut expands', async ({ context, openSite, page, extensionId }) => {
  const options = await openPacks(await context.newPage(), extensionId);
  // First run installed the starter pack of the interface language.
  await expect(getInstalled(options, 'Replywell starter templates (English)')).toContainText('28 templates');

  await options.getByLabel('Import pack').setInputFiles(packFile('acme.json', makePack('1.0.0', [WARRANTY, HOURS])));
  await expect(options.getByRole('status')).toHaveText('“Acme support” 1.0.0 installed with 2 templates.');
  const acme = getInstalled(options, 'Acme support');
  await expect(acme).toContainText('Version 1.0.0');
  await expect(acme).toContainText('2 templates');
  await expect(acme).toContainText('Imported from a file');

  await page.bringToFront();
  await openSite(GMAIL, HELPDESK);
  const sidebar = getSidebar(page);
  await sidebar.launcher.click();
  await sidebar.search.fill('acme warranty');
  await expect(sidebar.insert(WARRANTY.title)).toBeVisible();

  const reply = page.getByRole('textbox', { name: 'Reply to Sam Jones' });
  await reply.click();
  await reply.pressSequentially('Hi Sam,\n;acmewarranty');
  await reply.press('Tab');
  await expect(reply).toHaveValue(`Hi Sam,\n${WARRANTY.body}`);
});

test('a broken pack shows each problem by field path and leaves the installed pack as it was', async ({ context, openSite, page, extensionId }) => {
  const options = await openPacks(await context.newPage(), extensionId);
  await options.getByLabel('Import pack').setInputFiles(packFile('acme.json', makePack('1.0.0', [WARRANTY, HOURS])));
  await expect(options.getByRole('status')).toHaveText('“Acme support” 1.0.0 installed with 2 templates.');

  // Version 1.1.0 drops the warranty template, so a half-applied upgrade would show at once; but it is broken.
  const broken = makePack('1.1.0', [HOURS, { ...HOURS, id: 'hours', title: '', body: '<script>alert(1)</script>' }, { ...WARRANTY, id: 'x', shortcut: ';acme warranty' }]);
  await options.getByLabel('Import pack').setInputFiles(packFile('acme-1.1.0.json', broken));
  const alert = options.getByRole('alert').filter({ hasText: /\S/ });
  await expect(alert).toContainText('acme-1.1.0.json was not installed, and nothing was changed.');
  await expect(alert.getByRole('listitem')).toHaveText([
    'templates[1].id: the id "hours" is already used by templates[0]',
    'templates[1].title: this field is empty',
    /^templates\[2\]\.shortcut: a shortcut is 2–32 characters without spaces/,
  ]);
  await expect(getInstalled(options, 'Acme support')).toContainText('Version 1.0.0');
  await expect(getInstalled(options, 'Acme support')).toContainText('2 templates');

  // Not JSON at all: one sentence, same promise.
  await options.getByLabel('Import pack').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(alert.getByRole('listitem')).toHaveText([/^\(root\): the file is not valid JSON/]);

  // The templates of 1.0.0 still work in the composer.
  await page.bringToFront();
  await openSite(GMAIL, HELPDESK);
  const reply = page.getByRole('textbox', { name: 'Reply to Sam Jones' });
  await expect(getSidebar(page).launcher).toBeVisible();
  await reply.click();
  await reply.pressSequentially(';acmewarranty');
  await reply.press('Tab');
  await expect(reply).toHaveValue(WARRANTY.body);
});

test('a subscribed pack is installed from its address and the daily check brings the next version', async ({ context, openSite, page, serviceWorker, extensionId }) => {
  // The team's pack server, served locally: it answers conditional requests like a real one.
  let served = { etag: '"v1"', body: JSON.stringify(makePack('1.0.0', [WARRANTY, HOURS])) };
  const requests: Request[] = [];
  await context.route(PACK_URL, async (route) => {
    const request = route.request();
    requests.push(request);
    if (request.headers()['if-none-match'] === served.etag) return route.fulfill({ status: 304, headers: { ETag: served.etag } });
    return route.fulfill({ status: 200, contentType: 'application/json', headers: { ETag: served.etag, 'Access-Control-Allow-Origin': '*' }, body: served.body });
  });

  const options = await openPacks(page, extensionId);
  // The browser's permission prompt is browser UI that headless Chromium never answers (see options.spec.ts):
  // access is granted the way chrome://extensions does, and the real click then asks for it.
  const settings = await context.newPage();
  await settings.goto(`chrome://extensions/?id=${extensionId}`);
  await settings.evaluate(([id, host]) => chrome.developerPrivate.addHostPermission(id!, host!), [extensionId, PACK_ORIGIN]);
  await settings.close();

  await options.bringToFront();
  await options.getByRole('textbox', { name: 'Pack address' }).fill(PACK_URL);
  await options.getByRole('button', { name: 'Subscribe' }).click();
  // Asking for the site, downloading, validating and storing the pack: under a loaded CI machine this once took
  // longer than the default 5 s.
  await expect(options.getByRole('status')).toHaveText('“Acme support” 1.0.0 installed with 2 templates.', { timeout: 15_000 });
  await expect(getInstalled(options, 'Acme support')).toContainText(`Subscribed from ${PACK_URL}`);
  expect(requests).toHaveLength(1);

  // Nothing new: the check sends the ETag back and the server answers 304.
  await serviceWorker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), UPDATE_ALARM);
  await expect.poll(() => requests.length).toBe(2);
  expect(requests[1]!.headers()['if-none-match']).toBe('"v1"');
  await options.reload();
  await expect(getInstalled(options, 'Acme support')).toContainText('Last checked');
  await expect(getInstalled(options, 'Acme support')).toContainText('Version 1.0.0');

  // The team lead publishes 1.1.0: the warranty text changes, opening hours go, a new template arrives.
  served = { etag: '"v2"', body: JSON.stringify(makePack('1.1.0', [{ ...WARRANTY, body: 'Your Acme kettle has a three-year warranty.' }, { ...HOURS, id: 'returns', title: 'Acme returns' }])) };
  await serviceWorker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), UPDATE_ALARM);
  await expect.poll(() => requests.length).toBe(3);
  const acme = getInstalled(options, 'Acme support');
  await expect(async () => {
    await options.reload();
    await expect(acme).toContainText('Version 1.1.0', { timeout: 500 });
  }).toPass();
  await expect(acme).toContainText('Last update, 1.0.0 → 1.1.0:');
  await expect(acme.getByRole('listitem')).toHaveText(['Added: returns', 'Changed: warranty', 'Removed: hours']);

  // Agents get the new wording.
  const site = await openSite(GMAIL, HELPDESK, await context.newPage());
  const reply = site.getByRole('textbox', { name: 'Reply to Sam Jones' });
  await expect(getSidebar(site).launcher).toBeVisible();
  await reply.click();
  await reply.pressSequentially(';acmewarranty');
  await reply.press('Tab');
  await expect(reply).toHaveValue('Your Acme kettle has a three-year warranty.');
  await options.bringToFront();

  // "Check for updates" asks again at once: the server has nothing newer.
  await acme.getByRole('button', { name: 'Check “Acme support” for updates' }).click();
  await expect(options.getByRole('status')).toHaveText('“Acme support” is up to date.');
  expect(requests.at(-1)!.headers()['if-none-match']).toBe('"v2"');

  // Removing the subscription removes its templates, the starter pack stays, and the site access is given back.
  const hasAccess = () => serviceWorker.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), PACK_ORIGIN);
  expect(await hasAccess()).toBe(true);
  await acme.getByRole('button', { name: 'Remove “Acme support”' }).click();
  await expect(options.getByRole('status')).toHaveText('“Acme support” removed with its templates. Your own copies stay.');
  await expect(options.getByRole('heading', { level: 4 })).toHaveText(['Replywell starter templates (English)']);
  expect(await hasAccess()).toBe(false);
});

test('an address that is not https is refused before anything is asked', async ({ page, extensionId }) => {
  const options = await openPacks(page, extensionId);
  const address = options.getByRole('textbox', { name: 'Pack address' });
  await address.fill('http://packs.example-team.com/acme.json');
  await options.getByRole('button', { name: 'Subscribe' }).click();
  await expect(options.getByRole('alert').filter({ hasText: /\S/ })).toHaveText('Only https addresses can be subscribed to, so that nobody can alter the pack on its way.');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toBeFocused();
});

// The Packs view with everything it can show (an installed pack with its last changes, a refused file's problems)
// meets WCAG 2.2 A/AA, left to right and right to left, light and dark.
for (const [lang, scheme] of [['en', 'light'], ['fa', 'dark']] as const) {
  test.describe(`${lang}, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the Packs view has no accessibility violations', async ({ page, serviceWorker, extensionId }) => {
      await serviceWorker.evaluate((uiLanguage) => chrome.storage.local.set({ settings: { uiLanguage, triggerKey: 'Tab' } }), lang);
      await page.goto(`chrome-extension://${extensionId}/options.html#packs`);
      const importPack = page.locator('#rw-pack-file');
      await importPack.setInputFiles(packFile('acme.json', makePack('1.0.0', [WARRANTY, HOURS])));
      await expect(page.locator('.rw-pack')).toHaveCount(2);
      await importPack.setInputFiles(packFile('acme.json', makePack('1.1.0', [WARRANTY, { ...HOURS, body: 'Every day.' }])));
      await expect(page.locator('.rw-pack-changes')).toBeVisible();
      await importPack.setInputFiles(packFile('broken.json', makePack('2.0.0', [{ ...WARRANTY, title: '' }])));
      // The problem reads in the interface language; the field path stays as written in the file.
      await expect(page.locator('.rw-pack-errors li')).toHaveText([lang === 'fa' ? 'templates[0].title: این فیلد خالی است' : 'templates[0].title: this field is empty']);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'fa' ? 'rtl' : 'ltr');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  });
}
