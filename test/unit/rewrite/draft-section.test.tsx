// @vitest-environment happy-dom
import { computed, signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RulesView } from '@/components/options/rules-view';
import type { Notice } from '@/components/options/notice';
import { DraftSection } from '@/components/sidebar/draft-section';
import { createTranslator } from '@/lib/i18n';
import { analyzeDraft, summarizeTone } from '@/lib/rewrite/analyze';
import type { DraftLanguage } from '@/lib/rewrite/types';
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

function setup(initial: string) {
  const text = signal(initial);
  const findings = computed(() => analyzeDraft(text.value, { lang: 'en' }));
  const tone = computed(() => (text.value.trim() ? summarizeTone(text.value, findings.value, { lang: 'en' }) : undefined));
  const override = signal<DraftLanguage | undefined>(undefined);
  const handlers = { onApply: vi.fn(), onApplyAllSafe: vi.fn(), onDismiss: vi.fn() };
  act(() =>
    render(
      <DraftSection t={t} text={text} findings={findings} tone={tone} detected={signal<DraftLanguage>('en')} override={override} status={signal(undefined)} {...handlers} />,
      root,
    ),
  );
  return { text, override, ...handlers };
}

describe('DraftSection', () => {
  it('asks for a draft when there is none', () => {
    setup('');
    expect(root.textContent).toContain("Start writing a reply in the page's reply box.");
  });

  it('lists findings with the marked words, why, and rewrites to apply', () => {
    const { onApply } = setup("Unfortunately we can't refund sale items.");
    const items = [...root.querySelectorAll('[data-rule]')];
    expect(items.map((item) => item.getAttribute('data-rule'))).toEqual(['en.negative.unfortunately', 'en.negative.cant']);
    expect(items[1]?.querySelector('mark')?.textContent).toBe("we can't refund sale items");
    expect(items[1]?.textContent).toContain('say what you can do instead');
    const apply = [...root.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Apply: instead of refunding sale items, what we can do is …');
    expect([...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).toContain('Apply: instead of refunding sale items, what we can do is …');
    act(() => apply?.click());
    expect(onApply).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'en.negative.cant' }), 0);
  });

  it('offers "Apply all safe" only when a safe finding is there, and dismisses', () => {
    const { text, onApplyAllSafe, onDismiss } = setup("We can't refund sale items.");
    expect(root.textContent).not.toContain('Apply all safe');
    act(() => void (text.value = 'Please find attached the invoice.'));
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Apply all safe (1)')!;
    act(() => button.click());
    expect(onApplyAllSafe).toHaveBeenCalled();
    act(() => root.querySelector<HTMLButtonElement>('button[aria-label^="Dismiss the suggestion"]')!.click());
    expect(onDismiss).toHaveBeenCalledWith(expect.objectContaining({ ruleId: 'en.robotic.stock-phrases' }));
  });

  it('shows the tone with reasons, and says when nothing needs rephrasing', () => {
    setup('Your parcel arrives on Monday.');
    expect(root.textContent).toContain('Nothing to rephrase: the draft reads well.');
    expect(root.textContent).toContain('Positive wording: good');
    expect(root.textContent).toContain('No negative, blaming or dismissive phrasing.');
  });

  it('lets the agent override the detected language', () => {
    const { override } = setup('Hei');
    const select = root.querySelector('select')!;
    expect(select.options[0]?.textContent).toBe('As detected (English)');
    act(() => {
      select.value = 'nb';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(override.value).toBe('nb');
  });
});

describe('RulesView', () => {
  it('lists rules per language with switches that report their state', () => {
    const onToggle = vi.fn();
    const disabled = signal(['en.negative.cant']);
    act(() => render(<RulesView t={t} uiLang="en" disabled={disabled} notice={signal<Notice | undefined>(undefined)} onToggle={onToggle} />, root));
    const cant = [...root.querySelectorAll('li')].find((li) => li.querySelector('code')?.textContent === 'en.negative.cant')!;
    const box = cant.querySelector<HTMLInputElement>('input[role=switch]')!;
    expect(box.checked).toBe(false);
    act(() => box.click());
    expect(onToggle).toHaveBeenCalledWith('en.negative.cant', true);
    expect(root.textContent).toContain('en.clarity.long-sentence');
    expect(root.querySelector('summary')?.textContent).toMatch(/English — \d+ of \d+ rules on/);
  });
});
