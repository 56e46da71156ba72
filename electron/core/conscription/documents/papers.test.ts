/**
 * The per-citizen papers through `documents.generate` on a real core: who gets a paper, the number
 * each page takes from its series (a batch takes a block), the register entry, and the inputs a
 * kind cannot do without. The rendered pages are checked in papers-render.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { call, refusal, useTestCore, type TestCore } from '../../db/test-helpers';
import { postingPeriod } from './list-notice';
import { EXAM_AT_STATION, paperOffice, type PaperOffice } from './test-paper-office';

interface Produced {
  number: number | null;
  typeCode: string | null;
  count: number;
  reference: string | null;
  registerId: string | null;
}

let core: TestCore;
let office: PaperOffice;
useTestCore(async (c) => {
  core = c;
  office = await paperOffice(c);
});

const generate = (input: Record<string, unknown>) =>
  call<Produced>(core, 'documents.generate', { campaignId: office.campaignId, date: '2026-12-22', ...input });

describe('numbers and register of the per-citizen papers', () => {
  it('gives each decision of a batch its own QĐ number and moves the series past the block', async () => {
    const deferrals = await generate({ kind: 'conscription.deferralDecisions' });
    expect(deferrals).toMatchObject({ number: 1, typeCode: 'QĐ', count: 2, reference: '01/QĐ-BCH' });
    // Two deferral decisions used 01 and 02: the exemption decision is 03.
    const exemption = await generate({ kind: 'conscription.exemptionDecisions' });
    expect(exemption).toMatchObject({ number: 3, typeCode: 'QĐ', count: 1 });
    const register = await call<{ rows: Array<{ kind: string; number: number }> }>(core, 'documents.register.list', {
      year: 2026,
    });
    expect(register.rows.map((r) => [r.kind, r.number]).sort()).toEqual([
      ['conscription.deferralDecisions', 1],
      ['conscription.exemptionDecisions', 3],
    ]);
  });

  it('refuses a number typed by hand when a page of the batch would take one already registered', async () => {
    await generate({ kind: 'conscription.exemptionDecisions', number: 2 });
    // Two deferral decisions from 01 would print 01 and 02; 02 is taken.
    const refused = await refusal(core, 'documents.generate', {
      kind: 'conscription.deferralDecisions',
      campaignId: office.campaignId,
      number: 1,
    });
    expect(refused.code).toBe('CONFLICT_DOCUMENT_NUMBER');
  });

  it('prints one decision for the citizen chosen, and the summons for those past screening only', async () => {
    const one = await generate({ kind: 'conscription.deferralDecisions', recordIds: [office.deferred[1]!.id] });
    expect(one).toMatchObject({ count: 1, number: 1 });
    const summons = await generate({ kind: 'conscription.examSummons', exam: EXAM_AT_STATION });
    expect(summons).toMatchObject({ count: 2, typeCode: 'LGK', number: 1 });
    const certificates = await generate({ kind: 'conscription.registrationCertificates' });
    expect(certificates).toMatchObject({ count: 1, typeCode: 'GCN' });
    const notice = await generate({ kind: 'conscription.listNotice', decisionDate: '2026-12-21' });
    // The notice is one document: one number whatever the number of citizens it counts.
    expect(notice).toMatchObject({ count: 3, typeCode: 'TB', number: 1 });
    const next = await generate({ kind: 'conscription.listNotice', decisionDate: '2026-12-21' });
    expect(next.number).toBe(2);
  });

  it('refuses a summons without the exam, and a notice without the provincial decision', async () => {
    const noExam = await refusal(core, 'documents.generate', {
      kind: 'conscription.examSummons',
      campaignId: office.campaignId,
    });
    expect(noExam.fieldErrors).toHaveProperty('exam');
    const noDecision = await refusal(core, 'documents.generate', {
      kind: 'conscription.listNotice',
      campaignId: office.campaignId,
    });
    expect(noDecision.fieldErrors).toHaveProperty('decisionDate');
    const badPlace = await refusal(core, 'documents.generate', {
      kind: 'conscription.examSummons',
      campaignId: office.campaignId,
      exam: { ...EXAM_AT_STATION, place: ' ' },
    });
    expect(badPlace.code).toBe('VALIDATION_FAILED');
  });
});

describe('postingPeriod (Circular 68/2025/TT-BQP: posted 20 days from the provincial decision)', () => {
  it('runs from the day after the decision to the 20th day after it', () => {
    expect(postingPeriod('2026-11-18')).toEqual({ from: '2026-11-19', to: '2026-12-08' });
  });

  it('crosses the end of a month and of a year', () => {
    expect(postingPeriod('2026-12-20')).toEqual({ from: '2026-12-21', to: '2027-01-09' });
    expect(postingPeriod('2028-02-10')).toEqual({ from: '2028-02-11', to: '2028-03-01' });
  });
});
