import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { ReviewRedraft, ReviewReportDetail, ReviewReportPage, ReviewVersionRow } from './public-types';

let core: TestCore;
useTestCore((c) => (core = c));

const create = (input: Record<string, unknown>) => call<ReviewReportDetail>(core, 'reviews.report.create', input);

describe('review reports and their versions', () => {
  it('titles the periods and lists the reports newest first', async () => {
    await create({ periodKind: 'h1', year: 2023 });
    await create({ periodKind: 'year', year: 2023 });
    await create({ periodKind: 'h2', year: 2023 });
    const custom = await create({ periodKind: 'custom', year: 2023, from: '2023-03-01', to: '2023-08-31' });
    expect(custom.report).toMatchObject({
      title: 'thời gian từ 01/03/2023 đến 31/08/2023',
      from: '2023-03-01',
      to: '2023-08-31',
    });
    const page = await call<ReviewReportPage>(core, 'reviews.report.list', {});
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.title)).toEqual([
      '6 tháng cuối năm 2023',
      'năm 2023',
      'thời gian từ 01/03/2023 đến 31/08/2023',
      '6 tháng đầu năm 2023',
    ]);
  });

  it('keeps every save as a new version, leaves old ones unchanged and refuses a stale one', async () => {
    const created = await create({ periodKind: 'h1', year: 2023 });
    expect(created.versionNo).toBe(1);
    const draft = created.sections;
    const first = await call<ReviewReportDetail>(core, 'reviews.report.save', {
      id: created.report.id,
      version: created.report.version,
      sections: { situation: 'Tình hình ổn định.' },
    });
    const second = await call<ReviewReportDetail>(core, 'reviews.report.save', {
      id: created.report.id,
      version: first.report.version,
      sections: { situation: 'Tình hình chính trị ổn định.', proposals: 'Đề nghị bổ sung kinh phí.' },
    });
    expect(second.versionNo).toBe(3);
    expect(second.sections).toMatchObject({
      situation: 'Tình hình chính trị ổn định.',
      proposals: 'Đề nghị bổ sung kinh phí.',
    });
    // A section left out keeps the previous text.
    expect(second.sections.tasks).toBe(draft.tasks);

    const versions = await call<ReviewVersionRow[]>(core, 'reviews.report.versions', { id: created.report.id });
    expect(versions.map((v) => [v.versionNo, v.savedBy])).toEqual([
      [3, 'tester'],
      [2, 'tester'],
      [1, 'tester'],
    ]);
    const v1 = await call<ReviewReportDetail>(core, 'reviews.report.get', { id: created.report.id, versionNo: 1 });
    expect(v1.sections).toEqual(draft);
    const v2 = await call<ReviewReportDetail>(core, 'reviews.report.get', { id: created.report.id, versionNo: 2 });
    expect(v2.sections.situation).toBe('Tình hình ổn định.');
    expect(v2.sections.proposals).toBe(draft.proposals);

    const stale = await core.invoke('reviews.report.save', {
      id: created.report.id,
      version: first.report.version,
      sections: { situation: 'Bản cũ' },
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT_VERSION');
    const latest = await call<ReviewReportDetail>(core, 'reviews.report.get', { id: created.report.id });
    expect(latest.versionNo).toBe(3);
    expect(latest.sections.situation).toBe('Tình hình chính trị ổn định.');

    const audit = core.db
      .prepare(`SELECT action FROM audit_log WHERE entity = 'review_report' AND entity_id = ? ORDER BY at, rowid`)
      .all(created.report.id) as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('refuses unknown sections and text over 20,000 characters', async () => {
    const created = await create({ periodKind: 'h1', year: 2023 });
    const save = (sections: Record<string, unknown>) =>
      core.invoke('reviews.report.save', { id: created.report.id, version: created.report.version, sections });
    const unknown = await save({ weather: 'Nắng' });
    expect(unknown.ok).toBe(false);
    const long = await save({ situation: 'a'.repeat(20_001) });
    expect(long.ok).toBe(false);
    if (!long.ok) expect(Object.keys(long.error.fieldErrors ?? {})).toContain('sections.situation');
    expect((await save({ situation: 'a'.repeat(20_000) })).ok).toBe(true);
  });

  it('redrafts from the figures without saving', async () => {
    const created = await create({ periodKind: 'h1', year: 2023 });
    const redraft = await call<ReviewRedraft>(core, 'reviews.report.redraft', { id: created.report.id });
    expect(redraft.sections).toEqual(created.sections);
    const versions = await call<ReviewVersionRow[]>(core, 'reviews.report.versions', { id: created.report.id });
    expect(versions).toHaveLength(1);
  });

  it('needs the dates of a custom period', async () => {
    const result = await core.invoke('reviews.report.create', { periodKind: 'custom', year: 2023 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error.fieldErrors ?? {})).toEqual(['from', 'to']);
  });
});
