// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SitesSection } from '@/components/options/sites-section';
import { createTranslator } from '@/lib/i18n';
import type { UserSite } from '@/lib/messages';
import { SUPPORTED_SITES } from '@/lib/sites/supported';
import en from '@/public/_locales/en/messages.json';

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

function setup(sites: UserSite[] = [], onAdd = vi.fn(async (_pattern: string) => true)) {
  const userSites = signal<UserSite[] | undefined>(sites);
  const onRemove = vi.fn(async (pattern: string) => void (userSites.value = userSites.value!.filter((s) => s.pattern !== pattern)));
  act(() => render(<SitesSection t={t} supportedSites={SUPPORTED_SITES} userSites={userSites} loadError={signal(undefined)} onAdd={onAdd} onRemove={onRemove} />, root));
  const input = root.querySelector<HTMLInputElement>('#rw-site-address')!;
  const submit = async (value: string) => {
    await act(async () => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await Promise.resolve();
    });
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
  };
  const alertText = () => root.querySelector('[role=alert]')?.textContent ?? '';
  const statusText = () => root.querySelector('[role=status]')?.textContent ?? '';
  return { userSites, onAdd, onRemove, input, submit, alertText, statusText };
}

describe('SitesSection', () => {
  it('labels the address field and lists every supported site', () => {
    setup();
    const label = root.querySelector('label[for=rw-site-address]');
    expect(label?.textContent).toBe('Site address');
    expect([...root.querySelectorAll('.rw-supported li')].map((li) => li.textContent)).toEqual(SUPPORTED_SITES.map((s) => s.name));
    expect(root.textContent).toContain('You have not added any sites.');
  });

  it.each([
    ['', 'Type the address of a site, for example help.example.com.'],
    ['not a host!', 'That is not a web address. Type it like help.example.com.'],
    ['ftp://files.acme.io', 'Only http and https sites can be added.'],
    ['mail.google.com', 'mail.google.com is already supported.'],
  ])('rejects %j with a clear message and never asks the browser', async (value, message) => {
    const { onAdd, submit, alertText, input } = setup();
    await submit(value);
    expect(alertText()).toBe(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('rw-add-site-error');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('asks for the origin pattern and confirms when granted', async () => {
    const { onAdd, submit, statusText, input } = setup();
    await submit('https://help.example-support.com/tickets');
    expect(onAdd).toHaveBeenCalledWith('https://help.example-support.com/*');
    expect(statusText()).toContain('help.example-support.com added.');
    expect(input.value).toBe('');
  });

  it('says so when the browser refuses, keeping what was typed', async () => {
    const { submit, alertText, input } = setup([], vi.fn(async () => false));
    await submit('help.example-support.com');
    expect(alertText()).toBe('The browser did not give Replywell access to help.example-support.com, so nothing was added.');
    expect(input.value).toBe('help.example-support.com');
  });

  it('warns about a withdrawn permission and offers to allow it again', async () => {
    const { onAdd } = setup([{ pattern: 'https://old.acme.io/*', granted: false }]);
    expect(root.textContent).toContain('Permission withdrawn');
    const again = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Allow on old.acme.io again')!;
    await act(async () => again.click());
    expect(onAdd).toHaveBeenCalledWith('https://old.acme.io/*');
  });

  it('removes a site with its own Remove button', async () => {
    const { onRemove, statusText } = setup([{ pattern: 'https://desk.acme.io/*', granted: true }]);
    const remove = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Remove desk.acme.io')!;
    await act(async () => remove.click());
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
    expect(onRemove).toHaveBeenCalledWith('https://desk.acme.io/*');
    expect(statusText()).toBe('desk.acme.io removed.');
    expect(root.textContent).toContain('You have not added any sites.');
  });
});
