import { describe, expect, it } from 'vitest';
import { getLanguageCountries } from '@/lib/locale/domains';
import { countLetters, detectMessageLanguage, getOwnWords } from '@/lib/locale/language-detect';
import { MESSAGES, TOO_SHORT } from './language-samples';

describe('detectMessageLanguage', () => {
  it.each(MESSAGES)('%s: %s', async (language, text) => {
    expect((await detectMessageLanguage(text))?.tag).toBe(language);
  });

  it.each(TOO_SHORT)('too little to tell: %j', async (text) => {
    expect(await detectMessageLanguage(text)).toBeUndefined();
  });

  it('nothing, or only spaces, gives nothing', async () => {
    expect(await detectMessageLanguage(undefined)).toBeUndefined();
    expect(await detectMessageLanguage('  \n ')).toBeUndefined();
  });

  it('gives a score between 0 and 1 with the tag', async () => {
    const found = await detectMessageLanguage('Kiitos nopeasta vastauksesta. Haluaisin vaihtaa kengät isompaan kokoon, miten se onnistuu?');
    expect(found?.tag).toBe('fi');
    expect(found!.score).toBeGreaterThan(0.5);
    expect(found!.score).toBeLessThanOrEqual(1);
  });

  it('reads the customer’s own words, not the agent’s reply quoted below them', async () => {
    const reply = 'Thanks, that worked!\n\nOn Mon, 3 May 2026 at 10:12, Kari <kari@firma.no> wrote:\n> Hei, har du prøvd å logge ut og inn igjen? Det hjelper ofte når appen henger seg opp.';
    expect(getOwnWords(reply)).not.toContain('logge');
    expect(await detectMessageLanguage(reply)).toBeUndefined();
    const longer = 'Thanks, that worked for me! I logged out and in again and now the app opens normally.\n\nOn Mon, 3 May 2026 at 10:12, Kari <kari@firma.no> wrote:\n> Hei, har du prøvd å logge ut og inn igjen? Det hjelper ofte når appen henger seg opp.';
    expect((await detectMessageLanguage(longer))?.tag).toBe('en');
  });

  it('links and email addresses do not count as words', () => {
    expect(getOwnWords('See https://example.com/orders/771 or mail kari@firma.no')).not.toMatch(/example|firma/);
    expect(countLetters(getOwnWords('https://www.example.com/very/long/path/of/letters'))).toBe(0);
  });

  it('a Han, kana or Hangul character counts as a word’s worth of letters', () => {
    expect(countLetters('abc')).toBe(3);
    expect(countLetters('返金')).toBe(6);
    expect(countLetters('환불')).toBe(6);
    expect(countLetters('ok 123 !!')).toBe(2);
  });

  it('Malay-family text gives nothing: the model reads Indonesian as Malay, so it tells neither country', async () => {
    expect(await detectMessageLanguage('Halo, minggu lalu saya memesan sepasang sepatu bot tetapi sampai sekarang belum juga sampai. Bisakah Anda memberi tahu di mana paket saya?')).toBeUndefined();
  });

  it('every tag it gives for the samples is one the location inference reads (or a language spoken too widely to say)', async () => {
    const wide = new Set(['en', 'es', 'ar', 'fr']);
    for (const [language, text] of MESSAGES) {
      const tag = (await detectMessageLanguage(text))!.tag;
      expect(getLanguageCountries(tag).length > 0 || wide.has(language), tag).toBe(true);
    }
  });
});
