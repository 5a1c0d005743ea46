// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BusinessHoursView } from '@/components/options/business-hours-view';
import { CustomerCard } from '@/components/sidebar/customer-card';
import { createTranslator } from '@/lib/i18n';
import { getMomentTimeline } from '@/lib/locale/business';
import { checkCountryHours, getHoursFor, readCountryHours, type CountryHoursMap } from '@/lib/locale/hours-settings';
import { inferCustomerLocationDetailed } from '@/lib/locale/infer';
import type { CustomerInsight } from '@/lib/locale/insight';
import type { ConversationContext } from '@/lib/sites/types';
import en from '@/public/_locales/en/messages.json';
import nb from '@/public/_locales/nb/messages.json';

const t = createTranslator(en);
// Friday 20 November 2026, 17:30 in Oslo.
const NOW = Date.parse('2026-11-20T16:30:00Z');
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The text a reader sees: without the invisible isolates around page values. */
const visible = (node: Element | null) => (node?.textContent ?? '').replace(/[\u2068\u2069]/g, '');

const context: ConversationContext = {
  customer: { name: 'Kari Nordmann', emails: ['kari@firma.no'], phone: '+47 22 12 34 56' },
  channel: 'email',
  messages: [],
};

function insightFor(signals: Parameters<typeof inferCustomerLocationDetailed>[0], extra: Partial<CustomerInsight> = {}): CustomerInsight {
  const { candidates, ignored } = inferCustomerLocationDetailed(signals);
  const best = candidates[0];
  return {
    candidates,
    ignored,
    present: Object.keys(signals) as CustomerInsight['present'],
    location: best && { country: best.country, timeZone: best.timeZone, source: 'guess' },
    timeline: best ? getMomentTimeline(best.country, best.timeZone, NOW) : [],
    nextBusinessTime: best ? Date.parse('2026-11-23T08:00:00Z') : undefined,
    holidaysKnown: Boolean(best),
    hours: { start: '09:00', end: '17:00' },
    at: NOW,
    ...extra,
  };
}

async function mount(load: () => Promise<CustomerInsight>, confirm = vi.fn(async () => undefined), ctx: ConversationContext | undefined = context) {
  const forget = vi.fn(async () => undefined);
  await act(async () => {
    render(<CustomerCard t={t} lang="en" context={signal(ctx)} load={load} confirm={confirm} forget={forget} zones={['Europe/Oslo', 'Europe/Stockholm']} now={() => NOW} />, root);
  });
  await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
  return { confirm, forget };
}

describe('CustomerCard', () => {
  it('shows the country, local time, status, next business time and reasons', async () => {
    await mount(async () => insightFor({ email: 'kari@firma.no', phone: '+47 22 12 34 56' }));
    expect(root.querySelector('.rw-customer-country')!.textContent).toBe('Norway');
    // English writes the hours of the day the way its locale does.
    expect(root.querySelector('.rw-customer-clock')!.textContent).toBe('Friday 05:30 PM');
    expect(root.textContent).toContain('Europe/Oslo (UTC+01:00)');
    expect(root.querySelector('.rw-customer-moment')!.textContent).toBe('Evening there, after business hours');
    expect(root.querySelector('.rw-customer-next')!.textContent).toMatch(/^Next business hours there: Mon, Nov 23, 09:00 AM \(your time: /);
    const reasons = [...root.querySelectorAll('.rw-customer-why li')].map(visible);
    expect(reasons).toEqual(['Phone number +47 22 12 34 56', 'The email address ends in .no']);
  });

  it.each([
    ['+977 1 4412345', 'Nepal', 'announced', /Some days off there are announced each year and may be missing here\./],
    ['+967 1 234 567', 'Yemen', 'announced', /Some days off there are announced each year and may be missing here\./],
    ['+47 22 12 34 56', 'Norway', undefined, /^(?!.*(not included|may be missing))/],
  ] as const)("says what the holiday list of %s's country leaves out (%s)", async (phone, country, gap, text) => {
    await mount(async () => insightFor({ phone }, { holidayGap: gap }));
    expect(root.querySelector('.rw-customer-country')!.textContent).toBe(country);
    expect(root.textContent).toMatch(text);
  });

  it('confirms the shown guess in one click, with the customer identity', async () => {
    const load = vi.fn(async () => insightFor({ phone: '+47 22 12 34 56' }));
    const { confirm } = await mount(load);
    await act(async () => root.querySelector<HTMLButtonElement>('button[aria-label="Confirm Norway, Europe/Oslo"]')!.click());
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
    expect(confirm).toHaveBeenCalledWith({ email: 'kari@firma.no', phone: '+47 22 12 34 56', name: 'Kari Nordmann' }, 'Europe/Oslo', 'NO');
    expect(load).toHaveBeenCalledTimes(2);
    expect(root.querySelector('[role=status]')!.textContent).toBe('Saved for this customer: Norway.');
  });

  it('offers the alternatives of a multi-zone country', async () => {
    await mount(async () => insightFor({ phone: '+61 412 345 678' }));
    const buttons = [...root.querySelectorAll('.rw-customer-alternative button')].map((b) => b.getAttribute('aria-label'));
    expect(buttons).toContain('Use Australia, Australia/Melbourne');
  });

  it('with nothing known it says what would help, leaving out what the page already has', async () => {
    await mount(async () => insightFor({ email: 'someone@gmail.com', phone: '22 12 34 56' }));
    expect(root.textContent).toContain('Nothing on this page says where the customer is.');
    const help = [...root.querySelectorAll('.rw-customer-help li')].map((li) => li.textContent);
    expect(help).toEqual(["a time zone in the customer's helpdesk profile", 'a signature with a city or an address']);
    expect(visible(root)).toContain('The phone number 22 12 34 56 has no country code.');
  });

  it('a failed load says why and retries', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('Background asleep')).mockResolvedValue(insightFor({ phone: '+47 22 12 34 56' }));
    await mount(load);
    expect(root.textContent).toContain('Could not work out where the customer is: Background asleep');
    await act(async () => root.querySelector<HTMLButtonElement>('button')!.click());
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
    expect(root.querySelector('.rw-customer-country')!.textContent).toBe('Norway');
  });

  it('a language detected from the message is named as such, in the interface language', async () => {
    const { candidates, ignored } = inferCustomerLocationDetailed({}, { detectedLanguage: 'no' });
    const insight = { ...insightFor({}), candidates, ignored, location: { country: 'NO', timeZone: 'Europe/Oslo', source: 'guess' as const }, timeline: getMomentTimeline('NO', 'Europe/Oslo', NOW) };
    await mount(async () => insight);
    expect([...root.querySelectorAll('.rw-customer-why li')].map(visible)).toEqual(["The message's text reads as Norwegian (detected from the message)"]);

    render(null, root);
    await act(async () => {
      render(<CustomerCard t={createTranslator(nb)} lang="nb" context={signal(context)} load={async () => insight} confirm={vi.fn()} forget={vi.fn()} now={() => NOW} />, root);
    });
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
    expect([...root.querySelectorAll('.rw-customer-why li')].map(visible)).toEqual(['Teksten i meldingen ser ut til å være på norsk (gjenkjent fra meldingen)']);
  });

  it('asks again when the customer hours change (Settings → Customer hours), without a new conversation', async () => {
    let hours = { start: '09:00', end: '17:00' };
    const load = vi.fn(async () => insightFor({ phone: '+47 22 12 34 56' }, { hours, timeline: getMomentTimeline('NO', 'Europe/Oslo', NOW, 48, hours) }));
    const settingsVersion = signal(0);
    await act(async () => {
      render(<CustomerCard t={t} lang="en" context={signal(context)} load={load} confirm={vi.fn()} forget={vi.fn()} now={() => NOW} settingsVersion={settingsVersion} />, root);
    });
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
    expect(root.querySelector('.rw-customer-moment')!.textContent).toBe('Evening there, after business hours');
    expect(load).toHaveBeenCalledTimes(1);

    hours = { start: '08:00', end: '18:00' };
    await act(async () => {
      settingsVersion.value++;
    });
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
    expect(load).toHaveBeenCalledTimes(2);
    expect(root.querySelector('.rw-customer-moment')!.textContent).toBe('Business hours there');
  });

  it('a confirmed location says so and can be forgotten', async () => {
    const insight = insightFor({ phone: '+47 22 12 34 56' }, { location: { country: 'SE', timeZone: 'Europe/Stockholm', source: 'confirmed' }, remembered: { country: 'SE', timeZone: 'Europe/Stockholm', at: NOW } });
    const { forget } = await mount(async () => insight);
    expect(root.querySelector('.rw-customer-country')!.textContent).toBe('Sweden');
    expect(root.querySelector('.rw-customer-source')!.textContent).toBe('confirmed by you');
    await act(async () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Forget my choice')!.click());
    expect(forget).toHaveBeenCalled();
  });
});

describe('customer hours settings', () => {
  it('reads valid entries and drops the rest', () => {
    expect(readCountryHours({ NO: { start: '08:00', end: '16:00' }, IN: { start: '10:00', end: '18:30', days: [6, 1, 2, 3, 4, 5, 5] }, XX1: {}, FI: { start: '17:00', end: '09:00' }, SE: { start: '9am', end: '17:00' } })).toEqual({
      NO: { start: '08:00', end: '16:00' },
      IN: { start: '10:00', end: '18:30', days: [1, 2, 3, 4, 5, 6] },
    });
    expect(readCountryHours('damaged')).toEqual({});
    expect(getHoursFor({}, 'NO')).toEqual({ start: '09:00', end: '17:00' });
    expect(checkCountryHours({ start: '17:00', end: '09:00' })).toMatch(/after the start/);
  });

  it('the options view saves a country and lists it', async () => {
    const hours = signal<CountryHoursMap>({});
    const onSave = vi.fn(async (country: string, entry: CountryHoursMap[string] | undefined) => {
      hours.value = entry ? { ...hours.value, [country]: entry } : {};
    });
    act(() => render(<BusinessHoursView t={t} lang="en" hours={hours} countries={['NO', 'FI']} onSave={onSave} />, root));
    expect(root.textContent).toContain('No country has its own hours yet');
    const select = root.querySelector('select')!;
    await act(async () => {
      select.value = 'NO';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const [start] = root.querySelectorAll<HTMLInputElement>('input[type=time]');
    await act(async () => {
      start!.value = '08:00';
      start!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
    expect(onSave).toHaveBeenCalledWith('NO', { start: '08:00', end: '17:00' });
    expect(root.querySelector('tbody th')!.textContent).toBe('Norway');
    expect(root.querySelector('[role=status]')!.textContent).toBe('Saved.');
  });
});
