// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getLatestCustomerText, parseDateText, parseEpoch, readBodyText, readEmails, readFirstName, readName, readPhone, readPhoneLink, readTimeZone, readTimestamp } from '@/lib/sites/page-data';

const element = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe('parseDateText', () => {
  it.each([
    ['Gmail title', 'Mon, Nov 17, 2025, 9:14 AM', new Date(2025, 10, 17, 9, 14).getTime()],
    ['"at" between date and time', 'Tue, Nov 18, 2025 at 10:02 AM', new Date(2025, 10, 18, 10, 2).getTime()],
    ['Outlook list date', 'Mon 11/17/2025 9:14 AM', new Date(2025, 10, 17, 9, 14).getTime()],
    ['dotted European date', '17.11.2025 09:14', new Date(2025, 10, 17, 9, 14).getTime()],
    ['ISO with zone', '2025-11-17T08:14:00Z', Date.parse('2025-11-17T08:14:00Z')],
    ['no year (not a full date)', 'Mon, Nov 17, 9:14 AM', undefined],
    ['a time alone', '9:14 AM', undefined],
    ['words', 'yesterday', undefined],
    ['empty', '', undefined],
  ])('%s', (_name, text, expected) => expect(parseDateText(text)).toBe(expected));
});

describe('parseEpoch', () => {
  it.each([
    ['1763370840', 1763370840000],
    ['1763370840000', 1763370840000],
    ['12345', undefined],
    ['2025-11-17', undefined],
  ])('%s', (value, expected) => expect(parseEpoch(value)).toBe(expected));
});

describe('readTimestamp', () => {
  it.each([
    ['a datetime attribute', '<time datetime="2025-11-17T08:14:00Z">9:14</time>', Date.parse('2025-11-17T08:14:00Z')],
    ['an epoch data attribute', '<span data-timestamp="1763370840">9:14</span>', 1763370840000],
    ['a title with a full date', '<span title="Mon, Nov 17, 2025, 9:14 AM">9:14 AM</span>', new Date(2025, 10, 17, 9, 14).getTime()],
    ['a descendant with the attribute', '<div><b>Anna</b> <time datetime="2025-11-17T08:14:00Z">9:14</time></div>', Date.parse('2025-11-17T08:14:00Z')],
    ['only visible text', '<span>9:14 AM</span>', undefined],
    ['a title without a year', '<span title="9:14 AM">9:14</span>', undefined],
  ])('%s', (_name, html, expected) => expect(readTimestamp(element(html))).toBe(expected));
});

describe('readEmails, readPhone, readPhoneLink', () => {
  it('finds addresses lower-cased, once each, in order', () => {
    expect(readEmails('Anna <Anna.Berg@Example.com>, cc: ola@example.org', 'mailto:anna.berg@example.com')).toEqual(['anna.berg@example.com', 'ola@example.org']);
  });
  it.each([
    ['an international number', 'Call me on +47 912 34 567 today', '+47 912 34 567'],
    ['00 prefix', 'tel. 0047 22 33 44 55', '0047 22 33 44 55'],
    ['brackets and dashes', '+1 (415) 555-0132', '+1 (415) 555-0132'],
    ['an order number (no country prefix)', 'order 48213301', undefined],
    ['a date', 'on 2025-11-17', undefined],
    ['too short', '+47 12', undefined],
  ])('phone in free text: %s', (_name, text, expected) => expect(readPhone(text)).toBe(expected));
  it('reads tel: links in any form', () => {
    expect(readPhoneLink(element('<a href="tel:91234567">912 34 567</a>'))).toBe('91234567');
    expect(readPhoneLink(element('<a href="tel:12">12</a>'))).toBeUndefined();
  });
});

describe('names', () => {
  it.each([
    ['Anna Berg', 'Anna Berg', 'Anna'],
    ['"Berg, Anna"', 'Anna Berg', 'Anna'],
    ['Anna Berg <anna.berg@example.com>', 'Anna Berg', 'Anna'],
    ['anna.berg@example.com', undefined, undefined],
    ['مریم احمدی', 'مریم احمدی', 'مریم'],
    ['  ', undefined, undefined],
  ])('%s', (raw, name, first) => {
    expect(readName(raw)).toBe(name);
    expect(readFirstName(readName(raw))).toBe(first);
  });
});

describe('readTimeZone', () => {
  it.each([
    ['Europe/Oslo', 'Europe/Oslo'],
    ['(GMT+01:00) Oslo', 'Europe/Oslo'],
    ['(GMT+02:00) Helsinki', 'Europe/Helsinki'],
    ['(GMT+03:30) Tehran', 'Asia/Tehran'],
    ['(GMT-05:00) New York', 'America/New_York'],
    ['Eastern Time (US & Canada)', undefined],
    ['', undefined],
  ])('%s', (text, expected) => expect(readTimeZone(text)).toBe(expected));
});

describe('message text', () => {
  it('keeps one line per block and drops extra space', () => {
    expect(readBodyText(element('<div><p>Hello,</p><p>my  parcel<br>arrived.</p><div></div></div>'))).toBe('Hello,\nmy parcel\narrived.');
  });
  it('takes the latest customer message that has text', () => {
    expect(
      getLatestCustomerText([
        { from: 'customer', text: 'first' },
        { from: 'customer', text: 'second' },
        { from: 'agent', text: 'reply' },
        { from: 'customer' },
      ]),
    ).toBe('second');
  });
});
