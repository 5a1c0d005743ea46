import { describe, expect, it } from 'vitest';
import { getFillIns, getFirstName, renderTemplate, type RenderContext } from '@/lib/templates/render';

// Friday, 2026-11-20 09:00 UTC = 10:00 in Oslo.
const FRIDAY = Date.UTC(2026, 10, 20, 9);
const context: RenderContext = {
  customer: { firstName: 'Kari', name: 'Kari Nordmann', email: 'kari@example.no', timeZone: 'Europe/Oslo' },
  agent: { name: 'Ola Agent', signature: 'Ola Agent\nAcme Support' },
  ticket: { id: '4711' },
  subject: 'Parcel arrived broken',
  language: 'en-GB',
  now: FRIDAY,
};

describe('variables', () => {
  it.each([
    ['{{customer.firstName}}', 'Kari'],
    ['{{customer.name}}', 'Kari Nordmann'],
    ['{{customer.email}}', 'kari@example.no'],
    ['{{agent.name}}', 'Ola Agent'],
    ['{{agent.signature}}', 'Ola Agent\nAcme Support'],
    ['{{ticket.id}}', '4711'],
    ['{{subject}}', 'Parcel arrived broken'],
    ['{{today}}', 'Friday, 20 November 2026'],
    ['{{customer.localTime}}', '10:00'],
    ['{{ customer.firstName }}', 'Kari'],
  ])('%s → %s', (body, text) => {
    const result = renderTemplate(body, context);
    expect(result.text).toBe(text);
    expect(result.missing).toEqual([]);
    expect(result.unknown).toEqual([]);
  });

  it('takes the first name from the full name when the page gives only that', () => {
    expect(renderTemplate('{{customer.firstName}}', { customer: { name: 'Nordmann, Kari' } }).text).toBe('Kari');
    expect(getFirstName('  Kari   Nordmann ')).toBe('Kari');
  });

  it('lists every variable without a value once, in order, and leaves it visible', () => {
    const result = renderTemplate('Hi {{customer.firstName}}, ticket {{ticket.id}} for {{customer.firstName}}. {{customer.localTime}}', {});
    expect(result.missing).toEqual(['customer.firstName', 'ticket.id', 'customer.localTime']);
    expect(result.text).toBe('Hi {{customer.firstName}}, ticket {{ticket.id}} for {{customer.firstName}}. {{customer.localTime}}');
  });

  it('uses a fallback when the value is missing or blank, and an empty fallback means leave it out', () => {
    expect(renderTemplate('Hi {{customer.firstName | there}}!', {}).text).toBe('Hi there!');
    expect(renderTemplate('Hi {{customer.firstName | there}}!', { customer: { firstName: '  ' } }).text).toBe('Hi there!');
    expect(renderTemplate('Hi {{customer.firstName | there}}!', context).text).toBe('Hi Kari!');
    const empty = renderTemplate('Hi{{customer.firstName |}}!', {});
    expect(empty.text).toBe('Hi!');
    expect(empty.missing).toEqual([]);
  });

  it('takes values the agent typed for missing variables', () => {
    const result = renderTemplate('Hi {{customer.firstName}}', { values: { 'customer.firstName': 'Siri' } });
    expect(result.text).toBe('Hi Siri');
    expect(result.missing).toEqual([]);
  });

  it('highlights missing variables in the preview HTML only when asked', () => {
    expect(renderTemplate('Hi {{ticket.id}}', {}, { highlightMissing: true }).html).toBe('<p>Hi <mark class="rw-missing">{{ticket.id}}</mark></p>');
    expect(renderTemplate('Hi {{ticket.id}}', {}).html).toBe('<p>Hi {{ticket.id}}</p>');
  });
});

describe('unknown syntax', () => {
  it.each([
    ['{{customer.shoeSize}}', '{{customer.shoeSize}}'],
    ['{{date +3 fortnights}}', '{{date +3 fortnights}}'],
    ['{{choice:Reason}}', '{{choice:Reason}}'],
    ['{{input:}}', '{{input:}}'],
    ['{{}}', '{{}}'],
  ])('%s stays visible and is reported', (body, unknown) => {
    const result = renderTemplate(`a ${body} b`, context);
    expect(result.text).toBe(`a ${body} b`);
    expect(result.unknown).toEqual([unknown]);
  });

  it.each(['{{ unclosed', '}} {{', '{{a\nb}}', `{{${'x'.repeat(400)}}}`, '\\{{customer.name}}'])('keeps %j as text without throwing', (body) => {
    const result = renderTemplate(body, context);
    expect(result.text).toBe(body.replace('\\{', '{'));
    expect(result.missing).toEqual([]);
  });
});

describe('fill-ins', () => {
  const body = 'Order {{input:Order number}}: {{choice:Reason|Damaged|Late|Wrong item}}. Again: {{input:Order number}} {{input:Note | none}}';

  it('lists them once each, in order, with choices and fallbacks', () => {
    expect(getFillIns(body)).toEqual([
      { kind: 'input', label: 'Order number', fallback: undefined },
      { kind: 'choice', label: 'Reason', options: ['Damaged', 'Late', 'Wrong item'] },
      { kind: 'input', label: 'Note', fallback: 'none' },
    ]);
  });

  it('renders the values given, reports the ones not given', () => {
    const filled = renderTemplate(body, { fillIns: { 'Order number': 'A-17', Reason: 'Late' } });
    expect(filled.text).toBe('Order A-17: Late. Again: A-17 none');
    expect(filled.missing).toEqual([]);
    const empty = renderTemplate(body, {});
    expect(empty.missing).toEqual(['input:Order number', 'choice:Reason']);
  });
});

describe('dates', () => {
  const at = (iso: string, extra: Partial<RenderContext> = {}) => (body: string) => renderTemplate(body, { language: 'en-GB', now: Date.parse(iso), ...extra }).text;

  it.each([
    // Friday: business days skip the weekend.
    ['2026-11-20T09:00:00Z', '{{date +1 business day}}', 'Monday, 23 November 2026'],
    ['2026-11-20T09:00:00Z', '{{date +3 business days}}', 'Wednesday, 25 November 2026'],
    ['2026-11-20T09:00:00Z', '{{date +5 business days}}', 'Friday, 27 November 2026'],
    ['2026-11-21T09:00:00Z', '{{date +1 business day}}', 'Monday, 23 November 2026'],
    ['2026-11-23T09:00:00Z', '{{date -1 business day}}', 'Friday, 20 November 2026'],
    ['2026-11-20T09:00:00Z', '{{date +2 days}}', 'Sunday, 22 November 2026'],
    ['2026-11-20T09:00:00Z', '{{date +1 week}}', 'Friday, 27 November 2026'],
    ['2026-11-20T09:00:00Z', '{{date tomorrow}}', 'Saturday, 21 November 2026'],
    ['2026-11-20T09:00:00Z', '{{date next monday}}', 'Monday, 23 November 2026'],
    ['2026-11-23T09:00:00Z', '{{date next monday}}', 'Monday, 30 November 2026'],
    ['2026-11-20T09:00:00Z', '{{date next fri}}', 'Friday, 27 November 2026'],
    ['2026-12-30T09:00:00Z', '{{date +3 days}}', 'Saturday, 2 January 2027'],
  ])('at %s %s is %s', (now, body, text) => {
    expect(at(now)(body)).toBe(text);
  });

  it('counts from the day it is in the customer’s time zone', () => {
    // 23:30 UTC on Friday is already Saturday in Oslo and still Friday in New York.
    const late = '2026-11-20T23:30:00Z';
    expect(at(late, { customer: { timeZone: 'Europe/Oslo' } })('{{today}}')).toBe('Saturday, 21 November 2026');
    expect(at(late, { customer: { timeZone: 'America/New_York' } })('{{today}}')).toBe('Friday, 20 November 2026');
    expect(at(late, { customer: { timeZone: 'Pacific/Kiritimati' } })('{{date +1 business day}}')).toBe('Monday, 23 November 2026');
  });

  it('is not shifted by a DST change in between (Oslo, 29 March and 25 October 2026)', () => {
    const oslo = { customer: { timeZone: 'Europe/Oslo' } };
    // 23:30 local on Saturday, 28 March (22:30 UTC); adding 48 hours would land on Tuesday, 00:30 after the change.
    expect(at('2026-03-28T22:30:00Z', oslo)('{{date +2 days}}')).toBe('Monday, 30 March 2026');
    expect(at('2026-03-28T22:30:00Z', oslo)('{{date +1 business day}}')).toBe('Monday, 30 March 2026');
    // 00:30 local on Sunday, 25 October (22:30 UTC on Saturday, CEST).
    expect(at('2026-10-24T22:30:00Z', oslo)('{{today}} / {{date +1 day}}')).toBe('Sunday, 25 October 2026 / Monday, 26 October 2026');
  });

  it('skips the customer’s own weekend and holidays when the context knows them', () => {
    // Iran: Friday is the weekend; 2026-11-22 (Sunday) is made a holiday here.
    const isBusinessDay = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay() !== 5 && iso !== '2026-11-22';
    expect(at('2026-11-19T09:00:00Z', { isBusinessDay })('{{date +1 business day}}')).toBe('Saturday, 21 November 2026');
    expect(at('2026-11-19T09:00:00Z', { isBusinessDay })('{{date +2 business days}}')).toBe('Monday, 23 November 2026');
  });

  it('reports a business-day rule that never yields a working day instead of looping', () => {
    const result = renderTemplate('{{date +1 business day}}', { now: FRIDAY, isBusinessDay: () => false });
    expect(result.unknown).toEqual(['{{date +1 business day}}']);
  });

  it('writes dates and times in the template’s language', () => {
    const oslo = { customer: { timeZone: 'Europe/Oslo' }, now: FRIDAY };
    expect(renderTemplate('{{today}}', { ...oslo, language: 'nb' }).text).toBe('fredag 20. november 2026');
    expect(renderTemplate('{{today}}', { ...oslo, language: 'fi' }).text).toBe('perjantai 20. marraskuuta 2026');
    expect(renderTemplate('{{today}}', { ...oslo, language: 'fa' }).text).toMatch(/۱۴۰۵/);
    expect(renderTemplate('{{customer.localTime}}', { ...oslo, language: 'fa' }).text).toMatch(/[۰-۹]/);
    expect(renderTemplate('{{today}}', { ...oslo, language: 'not a language!' }).text).toBe('Friday, November 20, 2026');
  });

  it('treats an unknown time zone as not known', () => {
    expect(renderTemplate('{{customer.localTime}}', { customer: { timeZone: 'Mars/Olympus' } }).missing).toEqual(['customer.localTime']);
  });
});

describe('Markdown subset', () => {
  it.each([
    ['**bold** and *italic* and _also_', 'bold and italic and also', '<p><strong>bold</strong> and <em>italic</em> and <em>also</em></p>'],
    ['__strong__ ***both***', 'strong both', '<p><strong>strong</strong> <strong><em>both</em></strong></p>'],
    ['snake_case_name and 2*3*4', 'snake_case_name and 234', '<p>snake_case_name and 2<em>3</em>4</p>'],
    ['a * b * c', 'a * b * c', '<p>a * b * c</p>'],
    ['\\*not italic\\*', '*not italic*', '<p>*not italic*</p>'],
    ['[our site](https://example.com/a?b=1&c=2)', 'our site (https://example.com/a?b=1&c=2)', '<p><a href="https://example.com/a?b=1&amp;c=2">our site</a></p>'],
    ['[mail us](mailto:help@example.com)', 'mail us (help@example.com)', '<p><a href="mailto:help@example.com">mail us</a></p>'],
    ['[https://example.com](https://example.com)', 'https://example.com', '<p><a href="https://example.com">https://example.com</a></p>'],
    ['[click](javascript:alert(1))', '[click](javascript:alert(1))', '<p>[click](javascript:alert(1))</p>'],
    ['[x](data:text/html,hi)', '[x](data:text/html,hi)', '<p>[x](data:text/html,hi)</p>'],
    ['Line one\nLine two\n\nNew paragraph', 'Line one\nLine two\n\nNew paragraph', '<p>Line one</p><p>Line two</p><p><br></p><p>New paragraph</p>'],
    ['Steps:\n- one\n* **two**\n- three', 'Steps:\n- one\n- two\n- three', '<p>Steps:</p><ul><li>one</li><li><strong>two</strong></li><li>three</li></ul>'],
    ['trailing\n\n\n', 'trailing', '<p>trailing</p>'],
  ])('%j', (body, text, html) => {
    const result = renderTemplate(body, {});
    expect(result.text).toBe(text);
    expect(result.html).toBe(html);
  });

  it('fills variables inside links, encoded', () => {
    const result = renderTemplate('[track](https://example.com/t/{{ticket.id}})', { ticket: { id: 'a b&c' } });
    expect(result.html).toBe('<p><a href="https://example.com/t/a%20b%26c">track</a></p>');
  });

  it('never makes a link from a variable that supplies the whole address', () => {
    const result = renderTemplate('[x]({{subject}})', { subject: 'javascript:alert(1)' });
    expect(result.html).not.toContain('<a');
  });
});

describe('cursor', () => {
  it('gives the caret offset in the text and in the rich editor’s text', () => {
    const result = renderTemplate('Hi **{{customer.firstName}}**,\n- item\n{{cursor}}Thanks [us](https://example.com)', context);
    expect(result.text).toBe('Hi Kari,\n- item\nThanks us (https://example.com)');
    expect(result.cursorOffset).toBe('Hi Kari,\n- item\n'.length);
    expect(result.htmlCursorOffset).toBe('Hi Kari,\nitem\n'.length);
    expect(result.html).not.toMatch(/\uE002/);
  });

  it('uses the first {{cursor}} and has none without one', () => {
    expect(renderTemplate('a{{cursor}}b{{cursor}}c', {}).cursorOffset).toBe(1);
    expect(renderTemplate('abc', {}).cursorOffset).toBeUndefined();
  });
});

describe('hostile content', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    "[x](https://e.com/\"onmouseover='alert(1)')",
    '[<b>bold</b>](https://example.com)',
    '**<iframe src="https://evil.example">**',
    '&lt;script&gt; &amp;',
    '\uE000\uE001\uE002 0\uE001',
  ];

  it.each(hostile)('body %j comes out as inert text', (body) => {
    const { html, text } = renderTemplate(body, {});
    expect(html).not.toMatch(/<(?!\/?(p|br|ul|li|strong|em|a|mark)[ >])/);
    expect(html).not.toMatch(/<[^>]* on\w+=/i);
    expect(html).not.toMatch(/<a [^>]*href="(?!https?:|mailto:)/);
    expect(text).not.toMatch(/[\uE000-\uE002]/);
  });

  it.each(hostile)('value %j is escaped, never parsed as Markdown or HTML', (value) => {
    const { html, text } = renderTemplate('Hi {{customer.name}} **ok**', { customer: { name: value } });
    expect(html).not.toMatch(/<(?!\/?(p|br|ul|li|strong|em|a|mark)[ >])/);
    expect(text).toBe(`Hi ${value.replace(/[\uE000-\uE002]/g, '\uFFFD')} ok`);
    expect(html).toContain('<strong>ok</strong>');
  });

  it('keeps a huge unbalanced body fast enough to render (no runaway matching)', () => {
    const body = '*'.repeat(5000) + '_'.repeat(3000) + '['.repeat(2000);
    const { text, html } = renderTemplate(body, {});
    expect(text).toMatch(/^[*_[]+$/);
    expect(html.startsWith('<p>')).toBe(true);
  });
});

describe('spaces at the edge of a paragraph', () => {
  it('reach rich editors as no-break spaces, so "found: " before the cursor keeps its space', () => {
    const result = renderTemplate("Here's what I found: {{cursor}}\n  indented", {});
    expect(result.html).toBe("<p>Here&#39;s what I found:&nbsp;</p><p>&nbsp;&nbsp;indented</p>");
    expect(result.text).toBe("Here's what I found: \n  indented");
    expect(result.cursorOffset).toBe("Here's what I found: ".length);
  });
});
