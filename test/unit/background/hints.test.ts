import { describe, expect, it } from 'vitest';
import { getDraftHintsFor, type DraftHintsRequest } from '@/entrypoints/background/hints';
import type { CountryHoursMap } from '@/lib/locale/hours-settings';
import { backgroundRequest } from '@/lib/messages';

// The background's side of the draft hints: the customer's clock and calendar are worked out from the real holiday
// and weekend tables and the agent's hours, at a fixed "now", and passed to getDraftHints.

interface Case {
  name: string;
  /** The background's clock. */
  now: string;
  request: Omit<DraftHintsRequest, 'lang'>;
  hours?: CountryHoursMap;
  /** The hints' ids, in order. */
  ids: string[];
  /** Words the hint of that id must contain (message, then suggestion). */
  says?: Record<string, [RegExp, RegExp?]>;
}

const OSLO = { country: 'NO', timeZone: 'Europe/Oslo' };
const TOKYO = { country: 'JP', timeZone: 'Asia/Tokyo', customerName: 'Taro Yamada' };
const TROUBLESHOOTING = 'Please try clearing your cache and restarting the app.';

const CASES: Case[] = [
  {
    name: '"by tomorrow" on a Friday evening in Oslo is their Saturday; the next working day is Monday',
    // Friday 20 November 2026, 17:30 in Oslo: after business hours, before the night.
    now: '2026-11-20T16:30:00Z',
    request: { ...OSLO, draft: 'Hi Kari, I will send the new lid by tomorrow.' },
    ids: ['promise-on-weekend:by tomorrow'],
    says: { 'promise-on-weekend:by tomorrow': [/“by tomorrow” falls on Saturday, November 21 for the customer, which is their weekend\./, /Monday, November 23/] },
  },
  {
    name: '"by tomorrow" the day before Ascension Day in Norway falls on the holiday, named as the card names it',
    // Wednesday 13 May 2026, 10:00 in Oslo.
    now: '2026-05-13T08:00:00Z',
    request: { ...OSLO, draft: 'Hi Kari, you will have it by tomorrow.' },
    ids: ['promise-on-holiday:by tomorrow'],
    says: { 'promise-on-holiday:by tomorrow': [/Ascension Day \(Kristi himmelfartsdag\)/, /Friday, May 15/] },
  },
  {
    name: 'a Saturday the agent marked as worked for Norway is no weekend there',
    now: '2026-11-20T16:30:00Z',
    request: { ...OSLO, draft: 'Hi Kari, I will send the new lid by tomorrow.' },
    hours: { NO: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5, 6] } },
    ids: [],
  },
  {
    name: 'the agent\'s hours decide what business time is: 23:30 inside 00:00–23:59 is no night',
    // Tuesday 24 November 2026, 23:30 in Oslo.
    now: '2026-11-24T22:30:00Z',
    request: { ...OSLO, draft: 'Hi Kari, the refund is on its way.' },
    hours: { NO: { start: '00:00', end: '23:59' } },
    ids: [],
  },
  {
    name: 'night in Oslo: the reply will be read in the morning, at their next business time',
    now: '2026-11-24T22:30:00Z',
    request: { ...OSLO, draft: 'Hi Kari, the refund is on its way.' },
    ids: ['reply-at-night'],
    says: { 'reply-at-night': [/It is 11:30 PM at night for the customer/, /Wednesday, November 25 at 09:00 AM/] },
  },
  {
    name: 'Friday is the weekend in Saudi Arabia, and Sunday their next working day',
    // Friday 20 November 2026, 12:00 in Riyadh.
    now: '2026-11-20T09:00:00Z',
    request: { country: 'SA', timeZone: 'Asia/Riyadh', draft: 'Dear Mr Al-Farsi, thank you for your patience. The refund is on its way.' },
    ids: ['reply-on-weekend'],
    says: { 'reply-on-weekend': [/It is Friday, the weekend, for the customer/, /Sunday, November 22 at 09:00 AM/] },
  },
  {
    name: 'troubleshooting first to a customer in Japan asks for a greeting, with a warm opening using their name',
    // Tuesday 24 November 2026, 11:00 in Tokyo.
    now: '2026-11-24T02:00:00Z',
    request: { ...TOKYO, firstContact: false, draft: TROUBLESHOOTING },
    ids: ['greeting-missing'],
    says: { 'greeting-missing': [/Many customers in Japan expect a greeting/, /^Hello Taro Yamada, thank you for getting in touch/] },
  },
  {
    name: 'the same draft with a greeting and thanks gives no hint',
    now: '2026-11-24T02:00:00Z',
    request: { ...TOKYO, firstContact: false, draft: `Hello Yamada-san, thank you for writing. ${TROUBLESHOOTING}` },
    ids: [],
  },
  {
    name: 'a time zone this browser does not know gives no clock hints, the etiquette ones still',
    now: '2026-11-20T16:30:00Z',
    request: { country: 'JP', timeZone: 'Mars/Olympus_Mons', draft: `${TROUBLESHOOTING} You will have it by tomorrow.` },
    ids: ['greeting-missing'],
  },
  {
    name: 'the customer\'s "by tomorrow" in the quoted message is no promise of the agent\'s',
    now: '2026-11-20T16:30:00Z',
    request: { ...OSLO, draft: 'Hi Kari, the lid is on its way.\n\nOn Fri, 20 Nov 2026 at 10:12, Kari <kari@example.no> wrote:\n> Can I have it by tomorrow?' },
    ids: [],
  },
  {
    name: '"Monday to Friday" in the signature is no promise on the Saudi customer\'s Friday',
    // Thursday 19 November 2026, 10:00 in Riyadh.
    now: '2026-11-19T07:00:00Z',
    request: { country: 'SA', timeZone: 'Asia/Riyadh', draft: 'Dear Mr Al-Farsi, thank you for your patience. The refund is on its way.\n\nBest regards,\nKari\nSupport, Monday to Friday' },
    ids: [],
  },
  {
    name: 'the same promise in the agent\'s own words is one',
    now: '2026-11-19T07:00:00Z',
    request: { country: 'SA', timeZone: 'Asia/Riyadh', draft: 'Dear Mr Al-Farsi, thank you for your patience. The refund will be with you on Friday.\n\nBest regards,\nKari' },
    ids: ['promise-on-weekend:on friday'],
  },
  {
    name: 'without a time zone, a promised day is not checked',
    now: '2026-11-20T16:30:00Z',
    request: { country: 'NO', draft: 'Hi Kari, I will send the new lid by tomorrow.' },
    ids: [],
  },
];

describe('getDraftHintsFor', () => {
  it.each(CASES)('$name', async ({ now, request, hours = {}, ids, says = {} }) => {
    const hints = await getDraftHintsFor({ ...request, lang: 'en' }, { now: () => Date.parse(now), readHours: async () => hours });
    expect(hints.map((hint) => hint.id)).toEqual(ids);
    for (const [id, [message, suggestion]] of Object.entries(says)) {
      const hint = hints.find((h) => h.id === id)!;
      expect(hint.message).toMatch(message);
      if (suggestion) expect(hint.suggestion).toMatch(suggestion);
    }
  });

  it('writes the messages in the interface language', async () => {
    const hints = await getDraftHintsFor({ ...OSLO, draft: 'Hei Kari, du får det i morgen.', lang: 'nb' }, { now: () => Date.parse('2026-11-20T16:30:00Z'), readHours: async () => ({}) });
    expect(hints.map((hint) => hint.message)).toEqual(['«i morgen» faller på lørdag 21. november hos kunden, og det er helg der.']);
  });
});

describe('the getDraftHints request', () => {
  const valid = { type: 'getDraftHints', draft: TROUBLESHOOTING, country: 'JP', timeZone: 'Asia/Tokyo', customerName: 'Taro Yamada', firstContact: true, lang: 'en' };

  it('accepts a draft with the customer', () => {
    expect(backgroundRequest.safeParse(valid).success).toBe(true);
    expect(backgroundRequest.safeParse({ type: 'getDraftHints', draft: '', country: 'NO', lang: 'fa' }).success).toBe(true);
  });

  it.each([
    ['a lower-case country', { country: 'jp' }, 'country'],
    ['a draft over 20 000 characters', { draft: 'a'.repeat(20_001) }, 'draft'],
    ['a 101-character time zone', { timeZone: 'x'.repeat(101) }, 'timeZone'],
    ['a 201-character name', { customerName: 'x'.repeat(201) }, 'customerName'],
    ['an unknown interface language', { lang: 'de' }, 'lang'],
  ])('rejects %s, naming the field', (_name, change, path) => {
    const result = backgroundRequest.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
  });
});
