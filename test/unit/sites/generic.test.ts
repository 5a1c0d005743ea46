import { afterEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/sites/generic';
import { collectEvents, typeInto } from './events';
import { loadFixture, loadHtml, type LoadedFixture } from './fixture';

let fixture: LoadedFixture | undefined;
const open = (state: string, url = 'https://chat.acme.example/conversations/42') => (fixture = loadFixture('generic', state, url));
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('generic', () => {
  it('matches any page', () => {
    expect(genericAdapter.matches(new URL('https://help.acme.example/tickets/77'))).toBe(true);
  });

  it('takes the focused text box as the active composer, the chat box as a chat', () => {
    const { doc } = open('chat');
    doc.querySelector<HTMLElement>('textarea')!.focus();
    expect(genericAdapter.findComposers(doc).map(({ kind, editor, active }) => ({ kind, editor, active }))).toEqual([{ kind: 'chat', editor: 'textarea', active: true }]);
  });

  it('reads the name and address of a mailto link and a phone number shown near the composer', () => {
    const { doc, url } = open('chat');
    expect(genericAdapter.readContext(doc, url)).toEqual({
      customer: { name: 'Anna Berg', firstName: 'Anna', emails: ['anna.berg@example.com'], phone: '+47 912 34 567' },
      channel: 'chat',
      messages: [],
    });
  });

  it('reads an address and phone number written out in a ticket header', () => {
    const { doc, url } = open('form', 'https://help.acme.example/tickets/77');
    expect(genericAdapter.findComposers(doc).map((c) => c.kind)).toEqual(['reply']);
    expect(genericAdapter.readContext(doc, url)?.customer).toEqual({ name: undefined, firstName: undefined, emails: ['ola.hansen@example.org'], phone: '+47 22 33 44 55' });
  });

  it('ignores what the agent typed in the composer and Replywell\'s own UI', () => {
    const { doc, url } = (fixture = loadHtml(
      '<main><div data-replywell>help@replywell.example</div><form><textarea>write to me at draft@agent.example</textarea><button type="submit">Send</button></form></main>',
      'https://help.acme.example/',
    ));
    expect(genericAdapter.readContext(doc, url)).toBeUndefined();
  });

  it('reads nothing on a page without a text box or customer', () => {
    const { doc, url } = open('empty');
    expect(genericAdapter.findComposers(doc)).toEqual([]);
    expect(genericAdapter.readContext(doc, url)).toBeUndefined();
  });

  it('reports a reply when Enter empties the chat box, with the page address as the thread', async () => {
    open('chat');
    const events = await collectEvents(fixture!, genericAdapter, (doc) => {
      const field = doc.querySelector<HTMLTextAreaElement>('textarea')!;
      typeInto(field, 'We will send a new one today.');
      field.dispatchEvent(new (doc.defaultView!.KeyboardEvent)('keydown', { key: 'Enter', bubbles: true }));
      setTimeout(() => {
        field.value = '';
        field.dispatchEvent(new (doc.defaultView!.InputEvent)('input', { bubbles: true }));
      }, 10);
    });
    expect(events).toEqual([{ kind: 'reply', threadId: 'chat.acme.example/conversations/42', at: expect.any(Number), observed: true, channel: 'chat', site: 'generic' }]);
  });

  it('reports a reply when the submit button empties the composer, none for Enter that adds a line', async () => {
    open('form', 'https://help.acme.example/tickets/77');
    const events = await collectEvents(fixture!, genericAdapter, (doc) => {
      const field = doc.querySelector<HTMLTextAreaElement>('textarea')!;
      typeInto(field, 'Hello Ola,');
      field.dispatchEvent(new (doc.defaultView!.KeyboardEvent)('keydown', { key: 'Enter', bubbles: true }));
      typeInto(field, 'Hello Ola,\nthe invoice is corrected.');
      const submit = doc.querySelector<HTMLElement>('button[type="submit"]')!;
      submit.addEventListener('click', (event) => {
        event.preventDefault();
        setTimeout(() => (field.value = ''), 10);
      });
      submit.click();
    });
    expect(events.map((e) => [e.kind, e.threadId])).toEqual([['reply', 'help.acme.example/tickets/77']]);
  });

  it('reports no reply for a click on another button', async () => {
    const { doc } = (fixture = loadHtml('<main><button type="button" id="other">Bold</button><div><textarea></textarea><button type="submit">Send</button></div></main>', 'https://help.acme.example/'));
    const events = await collectEvents(fixture, genericAdapter, () => {
      const field = doc.querySelector<HTMLTextAreaElement>('textarea')!;
      typeInto(field, 'Hello');
      doc.querySelector<HTMLElement>('#other')!.addEventListener('click', () => setTimeout(() => (field.value = ''), 10));
      doc.querySelector<HTMLElement>('#other')!.click();
    });
    expect(events).toEqual([]);
  });
});
