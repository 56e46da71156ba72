import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Exercise } from '../exercises';
import { exerciseTypeIds } from '../exercises/test-steps';
import { createLocality } from '../localities/test-steps';
import type { ReviewReportCheck, ReviewReportDetail } from './public-types';

let core: TestCore;
useTestCore((c) => (core = c));

const check = (id: string) => call<ReviewReportCheck>(core, 'reviews.report.check', { id });
const keys = (list: { key: string }[]) => list.map((s) => s.key);

describe('the check before a download', () => {
  it('lists the empty sections and those left as drafted, with the assessment among them', async () => {
    const created = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
    const empty = Object.entries(created.sections)
      .filter(([, text]) => text.trim() === '')
      .map(([key]) => key);
    const first = await check(created.report.id);
    expect(keys(first.empty)).toEqual(empty);
    expect(first.unedited).toContainEqual({ key: 'assessment', heading: 'Ưu điểm, hạn chế' });
    // A draft with no "…" ("không có cuộc diễn tập nào theo kế hoạch") is still the program's text.
    expect(created.sections.defenceZone).not.toContain('…');
    expect(keys(first.unedited)).toContain('defenceZone');
    // Every section is either empty or still the draft: nothing has been written yet.
    expect(first.empty.length + first.unedited.length).toBe(Object.keys(created.sections).length);
    expect(first.changedFigures).toEqual([]);
  });

  it('leaves out a section the officer wrote, keeps one still holding "…", and lists changed figures', async () => {
    const created = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
    await call(core, 'reviews.report.save', {
      id: created.report.id,
      version: created.report.version,
      sections: {
        situation: 'Tình hình chính trị, an ninh trật tự trên địa bàn thành phố ổn định.',
        assessment: 'Ưu điểm: hoàn thành các chỉ tiêu.\nHạn chế: …',
        proposals: created.sections.proposals + '\n',
      },
    });
    // An exercise planned in the period after the save: the printed (saved) figures are out of date.
    const typeId = await exerciseTypeIds(core);
    const ward = await createLocality(core, 'Phường Đức Xuân');
    await call<Exercise>(core, 'exercises.exercise.create', {
      typeId: typeId('combat_defence'),
      level: 'commune',
      title: 'Diễn tập chiến đấu phòng thủ phường Đức Xuân',
      localityId: ward.id,
      plannedOn: '2023-05-20',
    });
    const result = await check(created.report.id);
    expect(keys(result.unedited)).not.toContain('situation');
    expect(keys(result.empty)).not.toContain('situation');
    expect(keys(result.unedited)).toContain('assessment');
    // The exercise changes the fresh draft of "defenceZone"; its text is still version 1's draft.
    expect(keys(result.unedited)).toContain('defenceZone');
    // A trailing line break is no edit.
    expect(keys(result.unedited)).toContain('proposals');
    expect(result.changedFigures).toContainEqual(
      expect.objectContaining({ key: 'exercises.planned', saved: '0 cuộc', now: '1 cuộc' }),
    );
  });
});
