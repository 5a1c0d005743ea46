// @vitest-environment happy-dom
import DOMPurify from 'dompurify';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TemplateEditor } from '@/components/options/template-editor';
import { createTranslator, type LocaleMessages } from '@/lib/i18n';
import type { StoredTemplate, TemplateInput } from '@/lib/templates/schema';
import en from '@/public/_locales/en/messages.json';
import fi from '@/public/_locales/fi/messages.json';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const REFUND: StoredTemplate = {
  id: 'refund',
  title: 'Refund on its way',
  body: 'Hi {{customer.firstName}}, your refund is on its way.',
  shortcut: ';refund',
  language: 'en',
  tags: [],
  channels: ['email', 'chat', 'social'],
  variants: [{ language: 'nb', title: 'Refusjon på vei', body: 'Hei {{customer.firstName}}, refusjonen er på vei.', shortcut: ';refusjon' }],
  source: 'personal',
};

function setup(template: StoredTemplate | undefined = REFUND, messages: LocaleMessages = en) {
  const onSave = vi.fn(async (_input: TemplateInput, _isNew: boolean) => undefined);
  const t = createTranslator(messages, en);
  act(() => render(<TemplateEditor t={t} template={template} defaultLanguage="en" sanitize={(html) => DOMPurify.sanitize(html)} onSave={onSave} onCancel={vi.fn()} />, root));
  const variants = () => [...root.querySelectorAll<HTMLFieldSetElement>('fieldset.rw-tpl-variant')];
  const type = async (control: HTMLInputElement | HTMLTextAreaElement, value: string) =>
    act(() => {
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const control = (variant: HTMLFieldSetElement, label: string) => {
    const forId = [...variant.querySelectorAll('label')].find((l) => l.textContent === label)!.getAttribute('for')!;
    return variant.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${forId}`)!;
  };
  const click = async (name: string) => act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!.click());
  const save = async () =>
    act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await Promise.resolve();
    });
  return { onSave, variants, type, control, click, save };
}

describe('TemplateEditor: language versions', () => {
  it('shows each version with its fields and a live preview, and saves an edited one', async () => {
    const view = setup();
    const [nb] = view.variants();
    expect(nb!.querySelector('legend')!.textContent).toBe('Version in nb');
    expect(view.control(nb!, 'Title').value).toBe('Refusjon på vei');
    expect(view.control(nb!, 'Shortcut (optional)').value).toBe(';refusjon');
    expect(nb!.querySelector('[role=region]')!.getAttribute('aria-label')).toBe('Preview (nb)');
    expect(nb!.querySelector('[role=region]')!.textContent).toBe('Hei Kari, refusjonen er på vei.');

    await view.type(view.control(nb!, 'Text'), 'Hei {{customer.firstName}}, pengene er sendt i dag.');
    expect(nb!.querySelector('[role=region]')!.textContent).toBe('Hei Kari, pengene er sendt i dag.');
    await view.type(view.control(nb!, 'Title'), 'Pengene er sendt');
    await view.save();
    expect(view.onSave).toHaveBeenCalledTimes(1);
    expect(view.onSave.mock.calls[0]![0].variants).toEqual([{ language: 'nb', title: 'Pengene er sendt', body: 'Hei {{customer.firstName}}, pengene er sendt i dag.', shortcut: ';refusjon' }]);
  });

  it('adds a version in a language not used yet, checks it as typed, and saves it', async () => {
    const view = setup();
    await view.click('Add a language version');
    const added = view.variants()[1]!;
    expect(view.control(added, 'Language (e.g. en, nb, fi, fa)').value).toBe('fi');
    expect(added.querySelector('legend')!.textContent).toBe('Version in fi');
    // Its text is empty: the same message as any other field, tied to the control; nothing is saved.
    const body = view.control(added, 'Text');
    expect(added.querySelector('.rw-notice-error')!.textContent).toBe('this field is empty');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(body.getAttribute('aria-describedby')).toBe(added.querySelector('.rw-notice-error')!.id);
    await view.type(view.control(added, 'Shortcut (optional)'), '; palautus');
    expect(added.textContent).toContain('a shortcut is 2–32 characters without spaces');
    await view.save();
    expect(view.onSave).not.toHaveBeenCalled();

    await view.type(view.control(added, 'Language (e.g. en, nb, fi, fa)'), 'nb');
    expect(added.textContent).toContain('there is already a version in "nb"');
    await view.type(view.control(added, 'Language (e.g. en, nb, fi, fa)'), 'fi');
    await view.type(view.control(added, 'Title'), 'Hyvitys matkalla');
    await view.type(view.control(added, 'Shortcut (optional)'), ';hyvitys');
    await view.type(body, 'Hei {{customer.firstName}}, hyvitys on matkalla.');
    expect(added.querySelector('.rw-notice-error')).toBeNull();
    expect(added.querySelector('[role=region]')!.textContent).toBe('Hei Kari, hyvitys on matkalla.');
    await view.save();
    expect(view.onSave.mock.calls[0]![0].variants).toEqual([REFUND.variants![0], { language: 'fi', title: 'Hyvitys matkalla', body: 'Hei {{customer.firstName}}, hyvitys on matkalla.', shortcut: ';hyvitys' }]);
  });

  it('removes a version, and saves the template without it', async () => {
    const view = setup();
    await view.click('Remove the version in nb');
    expect(view.variants()).toHaveLength(0);
    await view.save();
    expect(view.onSave.mock.calls[0]![0].variants).toBeUndefined();
  });

  it('speaks the interface language, validation messages included', async () => {
    const view = setup(REFUND, fi);
    await view.click('Lisää kieliversio');
    const added = view.variants()[1]!;
    expect(added.querySelector('legend')!.textContent).toBe('Versio kielellä fi');
    expect(added.querySelector('.rw-notice-error')!.textContent).toBe('kenttä on tyhjä');
    expect(root.querySelector('fieldset.rw-tpl-variants > legend')!.textContent).toBe('Muut kieliversiot');
    expect([...root.querySelectorAll('button')].some((b) => b.textContent === 'Poista versio kielellä nb')).toBe(true);
  });
});
