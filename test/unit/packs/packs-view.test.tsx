// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PacksView, type PacksViewProps } from '@/components/options/packs-view';
import { createTranslator, type LocaleMessages } from '@/lib/i18n';
import type { TemplateRow } from '@/lib/db/schema';
import { parsePack } from '@/lib/packs';
import type { InstalledPack, PackInstallAnswer, PacksOverview } from '@/lib/packs/store';
import en from '@/public/_locales/en/messages.json';
import fa from '@/public/_locales/fa/messages.json';
import nb from '@/public/_locales/nb/messages.json';

const t = createTranslator(en);
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const ACME: InstalledPack = {
  id: 'acme',
  name: 'Acme support',
  version: '1.1.0',
  author: 'Acme',
  description: 'Replies for <b>Acme</b>',
  languages: ['en'],
  rules: [],
  templateCount: 12,
  origin: 'url',
  url: 'https://packs.example.com/acme.json',
  checkedAt: Date.UTC(2026, 10, 22, 8, 0),
  installedAt: 1,
  updatedAt: 2,
  lastChanges: { from: '1.0.0', to: '1.1.0', at: 2, added: ['returns'], changed: ['warranty'], removed: [] },
};
const POLICY: InstalledPack = { ...ACME, id: 'it', name: 'IT pack', origin: 'policy', url: undefined, lastChanges: undefined, checkedAt: undefined };

const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

function setup(overrides: Partial<PacksViewProps> = {}) {
  const overview = signal<PacksOverview | undefined>({
    packs: [ACME, POLICY],
    starters: [
      { language: 'en', id: 'replywell-starter-en', name: 'Starter (English)', installed: true },
      { language: 'nb', id: 'replywell-starter-nb', name: 'Startmaler', installed: false },
    ],
    policyErrors: ['packs[0].url: expected an https address'],
  });
  const props: PacksViewProps = {
    t,
    locale: 'en',
    overview,
    loadError: signal(undefined),
    onImport: vi.fn(async (): Promise<PackInstallAnswer> => ({ ok: true, status: 'installed', pack: { ...ACME, name: 'New pack', version: '1.0.0', templateCount: 3 }, changes: { added: [], changed: [], removed: [] } })),
    onSubscribe: vi.fn(async () => 'denied' as const),
    onRemove: vi.fn(async () => undefined),
    onCheck: vi.fn(async () => [{ id: 'acme', name: 'Acme support', status: 'not-modified' as const }]),
    onInstallStarter: vi.fn(async (): Promise<PackInstallAnswer> => ({ ok: false, errors: [] })),
    loadPersonalTemplates: vi.fn(async (): Promise<TemplateRow[]> => []),
    saveFile: vi.fn(),
    ...overrides,
  };
  act(() => render(<PacksView {...props} />, root));
  const status = () => root.querySelector('[role=status]')?.textContent ?? '';
  const alert = () => root.querySelector('#rw-packs-alert')?.textContent ?? '';
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  const chooseFile = async (file: File) => {
    const input = root.querySelector<HTMLInputElement>('#rw-pack-file')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
  };
  const subscribe = async (value: string) => {
    const input = root.querySelector<HTMLInputElement>('#rw-pack-url')!;
    await act(async () => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => void root.querySelector<HTMLButtonElement>('.rw-pack-subscribe button[type=submit]')!.click());
    await flush();
  };
  return { props, status, alert, button, chooseFile, subscribe };
}

describe('PacksView', () => {
  it('lists installed packs with version, source, template count and the last changes; policy packs cannot be removed', () => {
    setup();
    const [acme, policy] = [...root.querySelectorAll('.rw-pack')];
    expect(acme!.textContent).toContain('Version 1.1.0');
    expect(acme!.textContent).toContain('12 templates');
    expect(acme!.textContent).toContain('Subscribed from https://packs.example.com/acme.json');
    expect(acme!.textContent).toContain('Last update, 1.0.0 → 1.1.0:');
    expect([...acme!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Added: returns', 'Changed: warranty']);
    // Text from a pack is text: its markup is shown, not rendered.
    expect(acme!.querySelector('b')).toBeNull();
    expect(acme!.textContent).toContain('Replies for <b>Acme</b>');
    expect(policy!.textContent).toContain('Installed by your organisation');
    expect([...policy!.querySelectorAll('button')]).toHaveLength(0);
    expect(root.textContent).toContain('packs[0].url: expected an https address');
  });

  it('imports a chosen file and confirms it', async () => {
    const view = setup();
    await view.chooseFile(new File(['{"x":1}'], 'team.json', { type: 'application/json' }));
    expect(view.props.onImport).toHaveBeenCalledWith('{"x":1}');
    expect(view.status()).toBe('“New pack” 1.0.0 installed with 3 templates.');
  });

  it('lists every problem of a refused file by field path', async () => {
    const errors = [
      { path: 'templates[3].body', message: 'the text is empty', code: 'empty' as const, params: [] },
      { path: 'version', message: 'expected a semantic version such as "1.2.0"', code: 'invalidVersion' as const, params: [] },
    ];
    const view = setup({ onImport: vi.fn(async (): Promise<PackInstallAnswer> => ({ ok: false, errors })) });
    await view.chooseFile(new File(['{}'], 'broken.json'));
    expect(view.alert()).toContain('broken.json was not installed, and nothing was changed.');
    expect([...root.querySelectorAll('#rw-packs-alert li')].map((li) => li.textContent)).toEqual(['templates[3].body: this field is empty', 'version: expected a semantic version such as "1.2.0"']);
  });

  it('shows the problems of a refused file in the interface language, field paths as written', async () => {
    const parsed = parsePack({ format: 'replywell-pack', schemaVersion: 1, id: 'acme', name: 'Acme', version: 'v2', author: 'A', description: '', languages: ['en'], templates: [{ id: 'a', title: 'A', body: '', language: 'fi' }] });
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    const lines = async (messages: LocaleMessages) => {
      setup({ t: createTranslator(messages, en), onImport: vi.fn(async (): Promise<PackInstallAnswer> => ({ ok: false, errors })) });
      const input = root.querySelector<HTMLInputElement>('#rw-pack-file')!;
      Object.defineProperty(input, 'files', { value: [new File(['{}'], 'broken.json')], configurable: true });
      await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
      await flush();
      return [...root.querySelectorAll('#rw-packs-alert li')].map((li) => li.textContent);
    };
    expect(await lines(nb)).toEqual(['templates[0].body: feltet er tomt', 'templates[0].language: "fi" mangler i pakkens språkliste', 'version: forventet et semantisk versjonsnummer som "1.2.0"']);
    expect(await lines(fa)).toEqual(['templates[0].body: این فیلد خالی است', 'templates[0].language: "fi" در فهرست زبان‌های بسته نیست', 'version: باید نسخهٔ معنایی مانند "1.2.0" باشد']);
    // The path stays left to right inside the Persian sentence.
    expect(root.querySelector('#rw-packs-alert li code')!.getAttribute('dir')).toBe('ltr');
  });

  it('refuses an address that is not https without asking for any permission', async () => {
    const view = setup();
    await view.subscribe('http://packs.example.com/a.json');
    expect(view.props.onSubscribe).not.toHaveBeenCalled();
    expect(view.alert()).toBe('Only https addresses can be subscribed to, so that nobody can alter the pack on its way.');
    expect(root.querySelector('#rw-pack-url')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('says so when the browser refuses access to the address', async () => {
    const view = setup();
    await view.subscribe('https://packs.example.com/a.json');
    expect(view.props.onSubscribe).toHaveBeenCalledWith('https://packs.example.com/a.json', 'https://packs.example.com/*');
    expect(view.alert()).toBe('The browser did not let Replywell download from packs.example.com, so nothing was subscribed.');
  });

  it('checks and removes a pack', async () => {
    const view = setup();
    await act(async () => view.button('Check “Acme support” for updates').click());
    await flush();
    expect(view.props.onCheck).toHaveBeenCalledWith('acme');
    expect(view.status()).toBe('“Acme support” is up to date.');
    await act(async () => view.button('Remove “Acme support”').click());
    await flush();
    expect(view.props.onRemove).toHaveBeenCalledWith('acme');
    expect(view.status()).toBe('“Acme support” removed with its templates. Your own copies stay.');
  });

  it('offers the starter packs that are not installed', () => {
    setup();
    expect(root.querySelector('.rw-pack-starters')!.textContent).toContain('Installed');
    expect(root.querySelectorAll('.rw-pack-starters button')).toHaveLength(1);
  });

  it('exports personal templates as a pack file that imports again', async () => {
    const mine: TemplateRow = { id: 'hello', source: 'personal', title: 'Hello', body: 'Hi {{customer.firstName | there}}!', shortcut: ';hi', tags: [], language: 'en', channels: ['chat'], updatedAt: 5, usageCount: 3 };
    const view = setup({ loadPersonalTemplates: vi.fn(async () => [mine]) });
    await act(async () => view.button('Export my templates as a pack').click());
    await flush();
    expect(root.querySelector('.rw-pack-export [role=status]')!.textContent).toBe('replywell-my-templates.json saved with your personal templates (1).');
    const [fileName, text] = vi.mocked(view.props.saveFile).mock.calls[0]!;
    expect(fileName).toBe('replywell-my-templates.json');
    const again = parsePack(text);
    expect(again.ok && again.pack).toMatchObject({ id: 'my-templates', name: 'My templates', templates: [{ id: 'hello', body: mine.body, shortcut: ';hi' }] });
  });

  it('says so when there is nothing to export', async () => {
    const view = setup();
    await act(async () => view.button('Export my templates as a pack').click());
    await flush();
    expect(view.props.saveFile).not.toHaveBeenCalled();
    expect(root.querySelector('.rw-pack-export [role=status]')!.textContent).toMatch(/^You have no personal templates yet/);
  });
});
