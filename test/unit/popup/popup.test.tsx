// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupStatus } from '@/components/popup/popup';
import { createTranslator } from '@/lib/i18n';
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

function setup(initial: PopupStatus) {
  const status = signal<PopupStatus>(initial);
  const onToggle = vi.fn();
  const onOpenOptions = vi.fn();
  act(() => render(<Popup t={t} status={status} error={signal(undefined)} onToggle={onToggle} onOpenOptions={onOpenOptions} />, root));
  return { status, onToggle, onOpenOptions };
}

describe('Popup', () => {
  it('shows a labelled switch for the site, reflecting whether Replywell is on', () => {
    setup({ kind: 'present', host: 'mail.google.com', enabled: false });
    const toggle = root.querySelector<HTMLInputElement>('input[type=checkbox][role=switch]')!;
    expect(root.querySelector(`label[for=${toggle.id}]`)?.textContent).toBe('Replywell on mail.google.com');
    expect(toggle.checked).toBe(false);
  });

  it('reports the new state when the switch is flipped', () => {
    const { onToggle } = setup({ kind: 'present', host: 'mail.google.com', enabled: true });
    const toggle = root.querySelector<HTMLInputElement>('[role=switch]')!;
    act(() => toggle.click());
    expect(onToggle).toHaveBeenCalledWith(false);
  });

  it('says when Replywell does not run on the page and offers the settings', () => {
    const { onOpenOptions } = setup({ kind: 'absent' });
    expect(root.textContent).toContain('Replywell does not run on this page.');
    expect(root.querySelector('[role=switch]')).toBeNull();
    act(() => root.querySelector<HTMLButtonElement>('button')!.click());
    expect(onOpenOptions).toHaveBeenCalled();
  });

  it('shows nothing misleading while it is still asking the page', () => {
    setup({ kind: 'loading' });
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelector('[role=switch]')).toBeNull();
    expect(root.textContent).not.toContain('does not run');
  });
});
