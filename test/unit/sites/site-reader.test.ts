import { afterEach, describe, expect, it } from 'vitest';
import { startSiteReader } from '@/entrypoints/sidebar.content/site';
import type { SiteEvent } from '@/lib/sites/types';
import { loadFixture, type LoadedFixture } from './fixture';

let fixture: LoadedFixture | undefined;
const controller = { current: new AbortController() };
afterEach(async () => {
  controller.current.abort();
  controller.current = new AbortController();
  await fixture?.close();
  fixture = undefined;
});

function start(site: string, state: string, url: string) {
  fixture = loadFixture(site, state, url);
  const events: SiteEvent[] = [];
  const reader = startSiteReader(fixture.doc, controller.current.signal, { onSiteEvent: (event) => events.push(event) });
  return { reader, events, doc: fixture.doc, settle: () => fixture!.window.happyDOM.waitUntilComplete() };
}

describe('startSiteReader', () => {
  it("reads a supported site's conversation with its own adapter", async () => {
    const { reader, settle } = start('zendesk', 'ticket', 'https://acme.zendesk.com/agent/tickets/4821');
    await settle();
    expect(reader.adapter.value.id).toBe('zendesk');
    expect(reader.fallback.value).toBe(false);
    expect(reader.context.value?.customer.name).toBe('Anna Berg');
    expect(reader.findSendButton(reader.getComposers()[0]!.element)?.getAttribute('data-test-id')).toBe('submit_button-button');
  });

  it('reads the page again when it changes', async () => {
    const { reader, doc, settle } = start('zendesk', 'ticket', 'https://acme.zendesk.com/agent/tickets/4821');
    await settle();
    doc.querySelector('[data-test-id="customer-context-user-name"]')!.textContent = 'Anna Berg-Lie';
    await settle();
    expect(reader.context.value?.customer.name).toBe('Anna Berg-Lie');
  });

  it('falls back to the generic adapter, and says so, when the markup changed', async () => {
    const { reader, settle } = start('zendesk', 'broken', 'https://acme.zendesk.com/agent/tickets/4821');
    expect(reader.adapter.value.id).toBe('generic');
    // The generic adapter still reads the requester's address near the composer.
    expect(reader.context.value?.customer).toMatchObject({ name: 'Anna Berg', emails: ['anna.berg@example.com'] });
    expect(reader.fallback.value).toBe(false);
    await settle();
    expect(reader.fallback.value).toBe(true);
  });

  it('does not fall back in an inbox, where no conversation is shown by design', async () => {
    const { reader, settle } = start('gmail', 'inbox', 'https://mail.google.com/mail/u/0/#inbox');
    await settle();
    expect([reader.adapter.value.id, reader.fallback.value, reader.context.value]).toEqual(['gmail', false, undefined]);
  });

  it('uses the generic adapter on a site the user added, without a notice', async () => {
    const { reader, settle } = start('generic', 'chat', 'https://chat.acme.example/conversations/42');
    await settle();
    expect([reader.adapter.value.id, reader.fallback.value]).toEqual(['generic', false]);
    expect(reader.context.value?.customer.emails).toEqual(['anna.berg@example.com']);
  });

  it('hands the adapter’s events on', async () => {
    const { reader, doc, events, settle } = start('helpscout', 'conversation', 'https://secure.helpscout.net/conversation/2207188123/1187');
    await settle();
    const composer = reader.getComposers()[0]!.element;
    composer.focus();
    composer.innerHTML = '<p>Hi Anna</p>';
    const send = doc.querySelector<HTMLElement>('[data-cy="send-button"]')!;
    send.addEventListener('click', () => setTimeout(() => (composer.innerHTML = '<p><br></p>'), 10));
    send.click();
    await settle();
    // The customer's last message was unanswered when the conversation opened: it is handed on first, with its page
    // time, then the reply.
    expect(events.map((e) => [e.kind, e.threadId, e.site, e.observed])).toEqual([
      ['inbound', '2207188123', 'helpscout', false],
      ['reply', '2207188123', 'helpscout', true],
    ]);
  });
});
