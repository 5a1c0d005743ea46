import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../lib/rewrite/report';
import { getFindingKey } from '../../../lib/rewrite/session';

const none = { teamRules: [], disabledRules: [] };

describe('checkDraft (the background side of the sidebar draft check)', () => {
  it('detects the language, finds, summarises and lists the safe edits', () => {
    const report = checkDraft({ text: 'Unfortunately we cannot refund sale items.', uiLang: 'en' }, none);
    expect(report.detected).toBe('en');
    expect(report.findings.map((finding) => finding.category)).toContain('negative');
    expect(report.tone?.counts.negative).toBeGreaterThan(0);
    for (const edit of report.safeEdits) expect(report.findings.some((finding) => finding.start === edit.start && finding.end === edit.end && finding.safe)).toBe(true);
  });

  it('leaves out what the agent dismissed, switched off, and checks team rules', () => {
    const text = 'Unfortunately we cannot refund sale items. Please raise a ticket.';
    const all = checkDraft({ text, uiLang: 'en' }, none).findings;
    const first = all[0]!;
    expect(checkDraft({ text, uiLang: 'en', dismissed: [getFindingKey(text, first)] }, none).findings).not.toContainEqual(first);
    expect(checkDraft({ text, uiLang: 'en' }, { teamRules: [], disabledRules: [first.ruleId] }).findings.map((f) => f.ruleId)).not.toContain(first.ruleId);
    const brand = checkDraft({ text, uiLang: 'en' }, { teamRules: [{ phrase: 'raise a ticket', preferred: 'write to us' }], disabledRules: [] }).findings;
    expect(brand.find((finding) => finding.category === 'brand')?.suggestions).toContain('write to us');
  });

  it('takes the agent’s language over detection, and says nothing about an empty draft', () => {
    expect(checkDraft({ text: 'Dessverre kan vi ikke refundere.', uiLang: 'nb' }, none).detected).toBe('nb');
    expect(checkDraft({ text: '   ', uiLang: 'fa' }, none)).toEqual({ detected: expect.any(String), findings: [], tone: undefined, safeEdits: [] });
  });
});
