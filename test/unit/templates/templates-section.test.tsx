// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TemplatesSection, type TemplateChoice } from '@/components/sidebar/templates-section';
import { createTranslator } from '@/lib/i18n';
import { getFillIns } from '@/lib/templates/render';
import { sanitizeTemplateHtml } from '@/lib/templates/sanitize';
import { templateSchema, type StoredTemplate } from '@/lib/templates/schema';
import { createTemplateIndex } from '@/lib/templates/search';
import en from '@/public/_locales/en/messages.json';

const t = createTranslator(en);
const LIST: StoredTemplate[] = [
  templateSchema.parse({ id: 'late', title: 'Late order', body: 'Hi {{customer.firstName | there}}, order {{input:Order number}} is {{choice:Status|late|lost}}.', language: 'en', shortcut: ';late' }),
  templateSchema.parse({ id: 'hello', title: 'Hello there', body: 'Hello **{{customer.firstName}}** <img src=x onerror=alert(1)>', language: 'en' }),
];

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount() {
  const index = createTemplateIndex(LIST);
  const inserted: { choice: TemplateChoice; values: unknown }[] = [];
  const pending = signal<TemplateChoice | undefined>(undefined);
  const open = signal(false);
  act(() => {
    render(
      <TemplatesSection
        t={t}
        templates={signal(LIST)}
        search={(query) => index.search(query)}
        context={signal({ customer: { firstName: 'Kari' } })}
        open={open}
        draft={signal('Draft text')}
        pending={pending}
        needsForm={(version) => getFillIns(version.body).length > 0}
        sanitize={(html) => sanitizeTemplateHtml(html, window)}
        triggerKey={signal('Tab')}
        status={signal(undefined)}
        onInsert={(choice, values) => inserted.push({ choice, values })}
        onCopy={vi.fn()}
        onSaveDraft={vi.fn(async () => undefined)}
      />,
      root,
    );
  });
  const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const key = (name: string) => act(() => void search.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true })));
  const type = (text: string) =>
    act(() => {
      search.value = text;
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const current = () => root.querySelector('[aria-current="true"]')?.getAttribute('aria-label');
  return { inserted, pending, open, search, key, type, current };
}

describe('TemplatesSection', () => {
  it('moves the highlight with the arrow keys and inserts a template without fields on Enter', () => {
    const view = mount();
    view.type('hello');
    expect(view.current()).toBe('Insert “Hello there”');
    view.key('Enter');
    expect(view.inserted.map((entry) => entry.choice.template.id)).toEqual(['hello']);
    view.type('');
    const first = view.current();
    view.key('ArrowDown');
    expect(view.current()).not.toBe(first);
    view.key('ArrowUp');
    expect(view.current()).toBe(first);
  });

  it('previews with the context, marks missing values and shows hostile HTML as text', () => {
    const view = mount();
    view.type('hello');
    const preview = root.querySelector('.rw-tpl-preview')!;
    expect(preview.innerHTML).toContain('<strong>Kari</strong>');
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('opens the fill-in form for a template with fields and passes the values on', () => {
    const view = mount();
    view.type('late order');
    view.key('Enter');
    expect(view.inserted).toEqual([]);
    expect(view.pending.value?.template.id).toBe('late');
    const form = root.querySelector('form')!;
    const field = form.querySelector<HTMLInputElement>('input[type="text"]')!;
    act(() => {
      field.value = 'A-17';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(form.querySelector('.rw-tpl-preview')!.textContent).toBe('Hi Kari, order A-17 is late.');
    act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(view.inserted[0]?.values).toEqual({ fillIns: { 'Order number': 'A-17', Status: 'late' }, values: {} });
  });

  it('clears the search on the first Escape and lets the second reach the panel', () => {
    const view = mount();
    view.type('late');
    const outer = vi.fn();
    root.addEventListener('keydown', outer);
    view.key('Escape');
    expect(view.search.value).toBe('');
    expect(outer).not.toHaveBeenCalled();
    view.key('Escape');
    expect(outer).toHaveBeenCalledTimes(1);
  });
});
