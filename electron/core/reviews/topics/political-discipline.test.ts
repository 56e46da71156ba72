import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../../db/test-helpers';
import { recordBreach } from '../../discipline/test-steps';
import { person, unit, ward } from '../../militia/test-fixtures';
import { recordSession } from '../../political-education/test-steps';
import { periodRange } from '../period';
import type { ReviewFigures } from '../public-types';
import { disciplineTopic } from './discipline';
import { politicalEducationTopic } from './political-education';

let core: TestCore;
useTestCore((c) => (core = c));

const h1 = periodRange('h1', 2023);
const h2 = periodRange('h2', 2023);
const figuresOf = (period: { from: string; to: string }) =>
  call<ReviewFigures>(core, 'reviews.report.figures', { from: period.from, to: period.to });

describe('the political education topic of the review', () => {
  it('drafts sessions, kinds, attendance and the renewal project from the H1 records; 01/07 waits for H2', async () => {
    const w = await ward(core);
    const platoon = await unit(core, { localityId: w.id, name: 'Trung đội cơ động' });
    const militia = { unitKind: 'militia', unitId: platoon.id, unitName: 'Trung đội dân quân cơ động' };
    await recordSession(core, {
      ...militia,
      heldOn: '2023-01-05',
      planned: 30,
      present: 29,
      standardTopic: 'party_resolution',
    });
    await recordSession(core, {
      ...militia,
      heldOn: '2023-06-30',
      planned: 30,
      present: 28,
      standardTopic: 'sovereignty',
    });
    await recordSession(core, {
      heldOn: '2023-01-12',
      kind: 'legal',
      unitKind: 'locality',
      unitId: w.id,
      unitName: 'Nhân dân phường Đức Xuân',
      planned: 1200,
      present: 1043,
    });
    await recordSession(core, { ...militia, heldOn: '2023-07-01', planned: 30, present: 30 });

    const figures = await figuresOf(h1);
    const group = figures.groups.find((g) => g.key === 'politicalEducation')!;
    expect(Object.fromEntries(group.figures.map((f) => [f.key, f.display]))).toEqual({
      'politicalEducation.sessions': '3 buổi',
      'politicalEducation.attendance': '1.100/1.260',
      'politicalEducation.rate': '87,3%',
      'politicalEducation.kind.political': '2 buổi',
      'politicalEducation.kind.legal': '1 buổi',
      'politicalEducation.kind.thematic': '0 buổi',
      'politicalEducation.renewal': '2 buổi',
      'politicalEducation.unit.1': '57/60',
      'politicalEducation.unit.2': '1.043/1.200',
    });
    expect(group.figures[7]).toMatchObject({
      label: 'Trung đội dân quân cơ động: 2 buổi, có mặt',
      link: '#/chinh-tri-chinh-sach/giao-duc-chinh-tri',
    });
    expect(group.figures[0]!.how).toBe(
      'Đếm các buổi đã ghi trong mục Giáo dục chính trị có ngày tổ chức từ 01/01/2023 đến 30/06/2023.',
    );
    expect(
      politicalEducationTopic.draft(
        figures.groups.filter((g) => g.key === 'politicalEducation'),
        h1,
      ),
    ).toBe(
      'Tổ chức 3 buổi giáo dục chính trị, tuyên truyền, phổ biến pháp luật (giáo dục chính trị 2 buổi, tuyên truyền, phổ biến pháp luật 1 buổi) với 1.100/1.260 lượt người tham gia, đạt 87,3%; trong đó 2 buổi thực hiện theo Đề án "Đổi mới công tác giáo dục chính trị tại đơn vị trong giai đoạn mới".',
    );
    const second = await figuresOf(h2);
    expect(second.groups.find((g) => g.key === 'politicalEducation')!.figures[0]!.display).toBe('1 buổi');
  });

  it('says in a sentence that no session was held, with no group and no "…"', async () => {
    const figures = await figuresOf(h1);
    expect(figures.groups.some((g) => g.key === 'politicalEducation')).toBe(false);
    expect(politicalEducationTopic.draft([], h1)).toBe(
      'Trong 6 tháng đầu năm 2023, chưa tổ chức buổi giáo dục chính trị, tuyên truyền, phổ biến pháp luật nào.',
    );
  });
});

describe('the discipline topic of the review', () => {
  it('drafts the breaches of the period by force and form, handled by its end', async () => {
    const w = await ward(core);
    const platoon = await unit(core, { localityId: w.id, name: 'Trung đội cơ động' });
    const an = await person(core, 'An', '2000-01-01');
    const binh = await person(core, 'Bình', '1999-01-01');
    for (const p of [an, binh]) {
      await call(core, 'militia.member.create', { personId: p.id, unitId: platoon.id, startedOn: '2022-03-01' });
    }
    await recordBreach(core, { personId: an.id, occurredOn: '2023-02-10', handledOn: '2023-02-20' });
    await recordBreach(core, {
      personId: binh.id,
      occurredOn: '2023-06-30',
      form: 'reminder',
      decisionNumber: '',
      handledOn: '2023-06-30',
    });
    await recordBreach(core, {
      personId: binh.id,
      occurredOn: '2023-07-01',
      form: 'reminder',
      decisionNumber: '',
      handledOn: '2023-07-03',
    });

    const figures = await figuresOf(h1);
    const groups = figures.groups.filter((g) => g.key === 'discipline');
    expect(Object.fromEntries(groups[0]!.figures.map((f) => [f.key, f.display]))).toEqual({
      'discipline.total': '2 trường hợp',
      'discipline.force.militia': '2 trường hợp',
      'discipline.force.reserves': '0 trường hợp',
      'discipline.handled': '2/2',
      'discipline.form.reprimand': '1 trường hợp',
      'discipline.form.reminder': '1 trường hợp',
    });
    expect(disciplineTopic.draft(groups, h1)).toBe(
      'Duy trì nghiêm chế độ, nền nếp chính quy, kỷ luật trong lực lượng dân quân tự vệ và quân nhân dự bị; trong 6 tháng đầu năm 2023 có 2 trường hợp vi phạm kỷ luật (dân quân tự vệ 2), đã xử lý 2 (khiển trách 1; nhắc nhở, kiểm điểm 1).',
    );
    const second = await figuresOf(h2);
    expect(second.groups.find((g) => g.key === 'discipline')!.figures[0]!.display).toBe('1 trường hợp');
  });

  it('says there was no breach when there was none', async () => {
    expect(disciplineTopic.draft([], h2)).toBe(
      'Duy trì nghiêm chế độ, nền nếp chính quy, kỷ luật trong lực lượng dân quân tự vệ và quân nhân dự bị; trong 6 tháng cuối năm 2023 không có trường hợp vi phạm kỷ luật.',
    );
  });
});
