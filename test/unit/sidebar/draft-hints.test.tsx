// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftHints, type DraftHintsCustomer } from '@/components/sidebar/draft-hints';
import { createTranslator } from '@/lib/i18n';
import type { DraftHint } from '@/lib/locale/hints';
import en from '@/public/_locales/en/messages.json';

const t = createTranslator(en);
const JAPAN: DraftHintsCustomer = { country: 'JP', timeZone: 'Asia/Tokyo', customerName: 'Taro Yamada' };
const GREETING: DraftHint = { id: 'greeting-missing', kind: 'greeting-missing', message: 'Many customers in Japan expect a greeting.', suggestion: 'Hello Taro Yamada, thank you for getting in touch.', factId: 'jp-relationship' };
const PROMISE: DraftHint = { id: 'promise-on-weekend:by saturday', kind: 'promise-on-weekend', message: '“by Saturday” falls on their weekend.', suggestion: 'Their next working day is Monday.' };

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

function mount(load: (draft: string, customer: DraftHintsCustomer) => Promise<DraftHint[]>, customer: DraftHintsCustomer | undefined) {
  const draft = signal<string | undefined>(undefined);
  const who = signal(customer);
  act(() => render(<DraftHints t={t} draft={draft} customer={who} load={load} />, root));
  return { draft, who };
}

/** Lets the debounce run out and the answer arrive. */
async function settle() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(400);
  });
}

const items = () => [...root.querySelectorAll('li.rw-hint')].map((li) => li.querySelector('.rw-draft-message')?.textContent);

describe('DraftHints', () => {
  it('asks once after a burst of typing, and shows each hint with its suggestion', async () => {
    const load = vi.fn(async () => [GREETING, PROMISE]);
    const { draft } = mount(load, JAPAN);
    for (const text of ['P', 'Pl', 'Please try', 'Please try again by Saturday.']) {
      act(() => {
        draft.value = text;
      });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100);
      });
    }
    expect(load).not.toHaveBeenCalled();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('Please try again by Saturday.', JAPAN);
    expect(root.querySelector('h3')?.textContent).toBe('While you write');
    expect(items()).toEqual([GREETING.message, PROMISE.message]);
    expect(root.querySelector('[data-kind="greeting-missing"] .rw-draft-suggestion-text')?.textContent).toBe(GREETING.suggestion);
    expect(root.querySelector('[data-kind="greeting-missing"] .rw-draft-category')?.textContent).toBe('Etiquette');
  });

  it('asks nothing while no country is known, and shows nothing', async () => {
    const load = vi.fn(async () => [GREETING]);
    const { draft, who } = mount(load, undefined);
    act(() => {
      draft.value = 'Please try again.';
    });
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(root.innerHTML).toBe('');
    act(() => {
      who.value = JAPAN;
    });
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(items()).toEqual([GREETING.message]);
  });

  it('dismisses one hint for this draft; an emptied composer brings it back for the next draft', async () => {
    const { draft } = mount(async () => [GREETING, PROMISE], JAPAN);
    act(() => {
      draft.value = 'Please try again by Saturday.';
    });
    await settle();
    const dismiss = root.querySelector<HTMLButtonElement>(`button[aria-label="Dismiss the hint: ${GREETING.message}"]`)!;
    act(() => dismiss.click());
    expect(items()).toEqual([PROMISE.message]);
    // Still dismissed while the agent goes on writing the same draft.
    act(() => {
      draft.value = 'Please try again by Saturday. Thanks!';
    });
    await settle();
    expect(items()).toEqual([PROMISE.message]);
    // Sent (the composer is empty), then a new draft.
    act(() => {
      draft.value = '';
    });
    await settle();
    expect(items()).toEqual([]);
    act(() => {
      draft.value = 'Please try the other cable.';
    });
    await settle();
    expect(items()).toEqual([GREETING.message, PROMISE.message]);
  });

  it('shows only the answer to the latest draft, even when an older one answers last', async () => {
    const answers: ((hints: DraftHint[]) => void)[] = [];
    const { draft } = mount(() => new Promise((resolve) => answers.push(resolve)), JAPAN);
    act(() => {
      draft.value = 'Please try again.';
    });
    await settle();
    act(() => {
      draft.value = 'Hello Taro, please try again.';
    });
    await settle();
    expect(answers).toHaveLength(2);
    await act(async () => answers[1]!([]));
    await act(async () => answers[0]!([GREETING]));
    expect(items()).toEqual([]);
  });

  it('a failed request is one muted line, not an exception', async () => {
    const { draft } = mount(async () => {
      throw new Error('Extension context invalidated: reload the page');
    }, JAPAN);
    act(() => {
      draft.value = 'Please try again.';
    });
    await settle();
    expect(root.textContent).toBe('The hints for this customer could not be checked: Extension context invalidated: reload the page');
    expect(items()).toEqual([]);
  });
});
