import { describe, expect, it } from 'vitest';
import { getContextSignals, MESSAGE_TEXT_MAX } from '@/lib/locale/insight';
import { backgroundRequest } from '@/lib/messages';
import type { ConversationContext } from '@/lib/sites/types';

const base: ConversationContext = { customer: { name: 'Kari', emails: ['kari@gmail.com'] }, channel: 'email', messages: [] };

describe('getContextSignals: the message text sent for language detection', () => {
  it('sends the latest customer message when the page states no language', () => {
    const context = { ...base, latestCustomerMessage: 'Hei, pakken min har ikke kommet ennå.\n\nKari' };
    expect(getContextSignals(context).messageText).toBe('Hei, pakken min har ikke kommet ennå.\n\nKari');
  });

  it('falls back to the last message from the customer in the thread', () => {
    const context: ConversationContext = {
      ...base,
      messages: [
        { from: 'customer', text: 'Første melding', observed: false },
        { from: 'agent', text: 'Svar fra oss', observed: false },
        { from: 'customer', text: 'Andre melding fra kunden', observed: false },
      ],
    };
    expect(getContextSignals(context).messageText).toBe('Andre melding fra kunden');
  });

  it('sends no text when the page states the language (it wins anyway)', () => {
    const context = { ...base, customer: { ...base.customer, language: 'nb' }, latestCustomerMessage: 'Hei, pakken min har ikke kommet ennå.' };
    expect(getContextSignals(context)).not.toHaveProperty('messageText');
    expect(getContextSignals(context).signals.language).toBe('nb');
  });

  it('sends no text without a customer message, and at most MESSAGE_TEXT_MAX characters', () => {
    expect(getContextSignals(base)).not.toHaveProperty('messageText');
    expect(getContextSignals(undefined)).not.toHaveProperty('messageText');
    const long = 'a'.repeat(MESSAGE_TEXT_MAX + 500);
    expect(getContextSignals({ ...base, latestCustomerMessage: long }).messageText).toHaveLength(MESSAGE_TEXT_MAX);
  });

  it('the getCustomerInsight request carries it, and refuses more than the limit', () => {
    const request = { type: 'getCustomerInsight', ...getContextSignals({ ...base, latestCustomerMessage: 'Kiitos nopeasta vastauksesta.' }), lang: 'en' };
    expect(backgroundRequest.parse(request)).toMatchObject({ messageText: 'Kiitos nopeasta vastauksesta.' });
    expect(backgroundRequest.safeParse({ ...request, messageText: 'a'.repeat(MESSAGE_TEXT_MAX + 1) }).success).toBe(false);
  });
});
