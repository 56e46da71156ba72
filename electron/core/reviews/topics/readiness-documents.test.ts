import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../../db/test-helpers';
import type { ReadinessDocumentKind, ReadinessHolder } from '../../readiness-documents/public-types';
import {
  BATTLE_MAP,
  DEFENCE_PLAN,
  kinds,
  officeHolder,
  practise,
  reviewAll,
  wardHolder,
} from '../../readiness-documents/test-steps';
import type { ReviewFigures, ReviewReportDetail } from '../public-types';

let core: TestCore;
useTestCore((c) => (core = c));

/**
 * Three holders keeping two documents each (the other kinds retired long before): the office
 * complete in March; Đức Xuân complete on 30/06 (in H1); Phùng Chí Kiên found lacking in April and
 * completed on 01/07 (in H2). Practices on 30/06 and 01/07, one planned in June for September and
 * one planned in July for October.
 */
async function fixture(): Promise<{ office: ReadinessHolder; b: ReadinessHolder }> {
  for (const kind of await kinds(core)) {
    if (kind.id === DEFENCE_PLAN || kind.id === BATTLE_MAP) continue;
    await call<ReadinessDocumentKind>(core, 'readinessDocuments.kind.update', { ...kind, retiredOn: '2020-01-01' });
  }
  const both = [DEFENCE_PLAN, BATTLE_MAP];
  const office = await officeHolder(core);
  const a = await wardHolder(core, 'Phường Đức Xuân');
  const b = await wardHolder(core, 'Phường Phùng Chí Kiên');
  await reviewAll(core, office.id, both, '2023-03-01');
  await reviewAll(core, a.id, both, '2023-06-30');
  await call(core, 'readinessDocuments.review.createMany', {
    holderId: b.id,
    reviewedOn: '2023-04-10',
    reviewer: 'Trung úy Lý Văn Hùng',
    items: [
      { kindId: DEFENCE_PLAN, state: 'needs_revision' },
      { kindId: BATTLE_MAP, state: 'missing' },
    ],
  });
  await reviewAll(core, b.id, both, '2023-07-01');
  await practise(core, { holderId: a.id, practisedOn: '2023-06-30', participants: 30 });
  await practise(core, { holderId: office.id, practisedOn: '2023-07-01', participants: 20 });
  const planned = { holderId: b.id, kindId: DEFENCE_PLAN, status: 'planned' };
  await call(core, 'readinessDocuments.practice.create', {
    ...planned,
    practisedOn: '2023-09-15',
    plannedAt: '2023-06-20',
  });
  await call(core, 'readinessDocuments.practice.create', {
    ...planned,
    practisedOn: '2023-10-10',
    plannedAt: '2023-07-05',
  });
  return { office, b };
}

async function group(from: string, to: string) {
  const figures = await call<ReviewFigures>(core, 'reviews.report.figures', { from, to });
  const g = figures.groups.find((x) => x.key === 'readinessDocuments');
  return g ? Object.fromEntries(g.figures.map((f) => [f.key.replace('readinessDocuments.', ''), f])) : null;
}

describe('the readiness documents topic of the review', () => {
  it('counts states as of the period’s last day: a review on 30/06 counts in H1, one on 01/07 only in H2', async () => {
    await fixture();
    const h1 = (await group('2023-01-01', '2023-06-30'))!;
    expect(Object.fromEntries(Object.entries(h1).map(([k, f]) => [k, f.display]))).toEqual({
      holdersComplete: '2/3',
      needsRevision: '1 văn kiện',
      missing: '1 văn kiện',
      reviewed: '6 văn kiện',
      practices: '1/1',
      participants: '30 lượt người',
    });
    expect(h1.holdersComplete!.link).toBe('#/dien-tap-huan-luyen/van-kien-sscd');
    expect(h1.holdersComplete!.how).toContain('theo lần rà soát gần nhất đến hết ngày 30/06/2023');
    const h2 = (await group('2023-07-01', '2023-12-31'))!;
    expect(Object.fromEntries(Object.entries(h2).map(([k, f]) => [k, f.display]))).toEqual({
      holdersComplete: '3/3',
      needsRevision: '0 văn kiện',
      missing: '0 văn kiện',
      reviewed: '2 văn kiện',
      practices: '1/3',
      participants: '20 lượt người',
    });
  });

  it('counts a kind and a holder only from their first day: added in 2024, not in 2023’s figures', async () => {
    await fixture();
    await call(core, 'readinessDocuments.kind.create', { name: 'Kế hoạch A2', activeFrom: '2024-02-01' });
    await wardHolder(core, 'Phường Sông Cầu', '2024-03-01');
    const h1 = (await group('2023-01-01', '2023-06-30'))!;
    expect([h1.holdersComplete!.display, h1.needsRevision!.display, h1.missing!.display]).toEqual([
      '2/3',
      '1 văn kiện',
      '1 văn kiện',
    ]);
    // The annual report's figures for 2023 (its "previous year" column in 2024) are unchanged too.
    expect((await group('2023-01-01', '2023-12-31'))!.holdersComplete!.display).toBe('3/3');
    // In 2024 the new kind is missing for the four holders, and the new ward has none of its three.
    const later = (await group('2024-01-01', '2024-06-30'))!;
    expect([later.holdersComplete!.display, later.missing!.display]).toEqual(['0/4', '6 văn kiện']);
  });

  it('drafts the paragraph after the duty one and lists what was planned by 30/06 for the second half', async () => {
    await fixture();
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
    expect(report.sections.readiness).toContain(
      'Rà soát, bổ sung hệ thống văn kiện sẵn sàng chiến đấu: 2/3 cơ quan, đơn vị có văn kiện đầy đủ; đã rà soát 6 văn kiện; còn 1 văn kiện cần bổ sung, điều chỉnh và 1 văn kiện chưa có. Tổ chức 1 buổi luyện tập phương án chiến đấu tại chỗ với 30 lượt người tham gia.',
    );
    expect(report.sections.tasks).toContain(
      '- Rà soát, bổ sung 2 văn kiện sẵn sàng chiến đấu đến hạn rà soát hoặc cần bổ sung, điều chỉnh (Ban CHQS phường Phùng Chí Kiên: 2).',
    );
    expect(report.sections.tasks).toContain(
      '- Luyện tập phương án "Kế hoạch chiến đấu phòng thủ" tại Ban CHQS phường Phùng Chí Kiên (dự kiến ngày 15/09/2023).',
    );
    // Planned on 05/07, after the period: not back-dated into the H1 report.
    expect(report.sections.tasks).not.toContain('10/10/2023');
    // The topic's own paragraph (the duty paragraph before it is drafts.ts's).
    expect(report.sections.readiness.split('\n').at(-1)).not.toContain('…');
  });

  it('says in a sentence that nothing was done when there are no records, and adds no group', async () => {
    expect(await group('2023-01-01', '2023-06-30')).toBeNull();
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
    expect(report.sections.readiness.split('\n').at(-1)).toBe(
      'Trong 6 tháng đầu năm 2023, chưa tổ chức rà soát hệ thống văn kiện sẵn sàng chiến đấu và luyện tập phương án chiến đấu tại chỗ.',
    );
  });
});
