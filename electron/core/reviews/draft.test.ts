import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText, renderToPdf } from '../../../test/docs/render';
import type { ProducedDocument } from '../documents/generate-schema';
import { call, insertRow, useTestCore, type TestCore } from '../db/test-helpers';
import type { Exercise } from '../exercises';
import { exerciseTypeIds, holdExercise } from '../exercises/test-steps';
import { setOffice } from '../office/test-steps';
import type { Person } from '../people';
import { citizenIdFor } from '../people/test-steps';
import { draftSections } from './draft';
import { gapList } from './figures-groups';
import { periodRange } from './period';
import type { ReviewFigure, ReviewFigures, ReviewReportDetail } from './public-types';

let core: TestCore;
useTestCore((c) => (core = c));

const figure = (figures: ReviewFigures, key: string): ReviewFigure =>
  figures.groups.flatMap((g) => g.figures).find((f) => f.key === key)!;
const NO_PLACEHOLDER = /…|\.\.\./;

describe('a report of an empty database', () => {
  it('drafts every section in full sentences, with no "…" to fill in', async () => {
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
    for (const [key, text] of Object.entries(report.sections)) expect(text, key).not.toMatch(NO_PLACEHOLDER);
    // The sections this folder drafts (the topics' own sections are their features' to fill).
    const own = ['situation', 'leadership', 'defenceZone', 'readiness', 'forceBuilding', 'conscription', 'training'];
    for (const key of [...own, 'assessment', 'tasks', 'proposals'] as const)
      expect(report.sections[key as keyof typeof report.sections].length, key).toBeGreaterThan(0);
    expect(report.sections.defenceZone).toBe('Trong 6 tháng đầu năm 2023, không tổ chức diễn tập theo kế hoạch.');
    expect(report.sections.readiness.split('\n')).toEqual([
      'Trong 6 tháng đầu năm 2023, không có lịch trực sẵn sàng chiến đấu và hoạt động tuần tra được ghi nhận.',
      // The readiness documents topic's own sentence follows the duty's.
      'Trong 6 tháng đầu năm 2023, chưa tổ chức rà soát hệ thống văn kiện sẵn sàng chiến đấu và luyện tập phương án chiến đấu tại chỗ.',
    ]);
    expect(report.sections.situation).toBe(
      'Trong 6 tháng đầu năm 2023, tình hình chính trị, an ninh trật tự trên địa bàn cơ bản ổn định, không phát sinh vụ việc phức tạp ảnh hưởng đến nhiệm vụ quốc phòng, quân sự địa phương.',
    );
    expect(report.sections.assessment.split('\n')).toEqual([
      '(Dự thảo từ số liệu của chương trình; cán bộ xem xét, đánh giá lại trước khi ban hành.)',
      'Ưu điểm: các nhiệm vụ trong kỳ được triển khai theo kế hoạch.',
      'Hạn chế: các chỉ tiêu có số liệu trong kỳ đều đạt kế hoạch.',
      'Nguyên nhân của kết quả: có sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền, sự phối hợp của các ban, ngành, đoàn thể và sự nỗ lực của lực lượng vũ trang địa phương.',
    ]);
  });
});

describe('the leadership paragraph', () => {
  it('counts the numbered documents issued in the half by kind, a corrected one once (as the period’s end saw it)', async () => {
    const entry = (
      typeCode: string | null,
      number: number | null,
      issuedOn: string,
      replacesId: string | null = null,
    ) =>
      insertRow(core, 'document_register', {
        kind: 'test.document',
        format: 'docx',
        year: 2023,
        type_code: typeCode,
        number,
        issued_on: issuedOn,
        summary: 'Văn bản thử',
        input_json: '{}',
        snapshot_json: '{}',
        file_name: 'van-ban.docx',
        mime_type: 'application/octet-stream',
        file_size: 1,
        created_by: 'tester',
        replaces_id: replacesId,
      });
    entry('KH', 1, '2023-01-03');
    entry('QĐ', 2, '2023-06-30');
    const wrong = entry('BC', 3, '2023-05-01');
    entry('BC', 4, '2023-05-02', wrong);
    entry(null, null, '2023-05-03');
    // Corrected only after the period: as of 30/06 it stood, so it counts in H1.
    const later = entry('QĐ', 5, '2023-06-15');
    entry('QĐ', 6, '2023-07-01', later);
    const figures = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2023-01-01', to: '2023-06-30' });
    expect(figure(figures, 'leadership.documents').display).toBe('4 văn bản');
    expect(figure(figures, 'leadership.type.KH').display).toBe('1 kế hoạch');
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
    expect(report.sections.leadership).toBe(
      'Trong 6 tháng đầu năm 2023, Ban Chỉ huy quân sự đã tham mưu, ban hành 4 văn bản lãnh đạo, chỉ đạo (2 quyết định, 1 báo cáo, 1 kế hoạch) triển khai thực hiện nhiệm vụ quốc phòng, quân sự địa phương.',
    );
  });
});

describe('the annual report', () => {
  async function scene() {
    await setOffice(core);
    const typeId = await exerciseTypeIds(core);
    const held = async (title: string, plannedOn: string) => {
      const e = await call<Exercise>(core, 'exercises.exercise.create', {
        typeId: typeId('disaster_rescue'),
        level: 'commune',
        title,
        plannedOn,
      });
      await holdExercise(core, e, { startedOn: plannedOn, endedOn: plannedOn, rating: 'good' });
    };
    await held('Diễn tập năm 2022', '2022-05-10');
    await held('Diễn tập thứ nhất năm 2023', '2023-05-10');
    await held('Diễn tập thứ hai năm 2023', '2023-09-10');
    let serial = 0;
    const courseWith = async (startsOn: string, people: number) => {
      const course = await call<{ id: string }>(core, 'training.course.create', {
        title: `Lớp huấn luyện ${startsOn}`,
        target: 'staff',
        startsOn,
        endsOn: startsOn,
        plannedDays: 1,
      });
      const ids: string[] = [];
      for (let i = 0; i < people; i++) {
        const p = await call<Person>(core, 'people.create', {
          familyName: 'Nguyễn',
          middleName: 'Văn',
          givenName: `Học ${++serial}`,
          birthDate: '1990-02-02',
          sex: 'M',
          citizenId: citizenIdFor('1990-02-02', 'M', serial),
        });
        ids.push(p.id);
      }
      await call(core, 'training.participant.add', { courseId: course.id, personIds: ids });
    };
    await courseWith('2022-03-06', 2);
    await courseWith('2023-03-06', 5);
  }

  it('sets each figure against the year before and says so in the draft; a half-year has no comparison', async () => {
    await scene();
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'year', year: 2023 });
    const done = figure(report.figures, 'exercises.done');
    expect([done.display, done.previous, done.previousDisplay]).toEqual(['2/2', 1, '1/1']);
    expect(done.how).toContain('Năm trước (2022) tính cùng cách: 1/1.');
    expect(figure(report.figures, 'training.participants')).toMatchObject({ value: 5, previous: 2 });
    expect(report.sections.defenceZone).toContain('đã thực hiện 2/2 cuộc (Diễn tập phòng chống thiên tai');
    expect(report.sections.defenceZone).toContain('(tăng 1 cuộc so với năm 2022).');
    expect(report.sections.training).toContain('với 5 lượt người tham gia (tăng 3 người so với năm 2022);');
    const half = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h2', year: 2023 });
    expect(figure(half.figures, 'exercises.done').previous).toBeUndefined();
    expect(half.sections.defenceZone).not.toContain('so với năm');
  });

  it('prints the year before beside each figure of an annual report, in a column of its own', async () => {
    await scene();
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'year', year: 2023 });
    await call(core, 'reviews.report.save', { id: report.report.id, version: report.report.version, sections: {} });
    const file = await call<ProducedDocument>(core, 'documents.generate', {
      kind: 'review.report',
      reviewReportId: report.report.id,
      date: '2023-12-22',
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-annual-'));
    try {
      const [pdf] = await renderToPdf([Buffer.from(file.base64, 'base64')], dir);
      const text = (await pdfText(pdf!)).replace(/\s+/g, ' ');
      expect(text).toContain('Chỉ tiêu Kết quả Năm trước');
      expect(text).toMatch(/Đã thực hiện \/ kế hoạch 2\/2 1\/1/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('compares with nothing when the year before has no records of the group', async () => {
    await setOffice(core);
    const typeId = await exerciseTypeIds(core);
    const e = await call<Exercise>(core, 'exercises.exercise.create', {
      typeId: typeId('disaster_rescue'),
      level: 'commune',
      title: 'Diễn tập năm 2023',
      plannedOn: '2023-05-10',
    });
    await holdExercise(core, e, { startedOn: '2023-05-10', endedOn: '2023-05-10', rating: 'good' });
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'year', year: 2023 });
    expect(figure(report.figures, 'exercises.planned')).toMatchObject({ previous: null, previousDisplay: '—' });
    expect(report.sections.defenceZone).not.toContain('so với');
  });

  it('writes the handover against the year before', () => {
    const handed = (value: number, previous: number | undefined): ReviewFigures => ({
      from: '2023-01-01',
      to: '2023-12-31',
      groups: [
        {
          key: 'conscription',
          label: 'Tuyển quân năm 2023',
          handoverDates: '14/02/2023',
          figures: [
            {
              key: 'conscription.2023.handedOver',
              label: 'Giao quân / chỉ tiêu',
              value,
              of: 76,
              unit: 'người',
              display: `${value}/76`,
              how: '',
              link: null,
              ...(previous === undefined ? {} : { previous, previousDisplay: `${previous}/71` }),
            },
          ],
        },
      ],
    });
    const plans = { period: periodRange('year', 2024), exercises: [], courses: [], campaign: null, topicTasks: [] };
    const draft = (f: ReviewFigures) => draftSections(f, periodRange('year', 2023), plans).conscription;
    expect(draft(handed(76, 71))).toContain('đạt — chỉ tiêu (tăng 5 người so với năm 2022).');
    expect(draft(handed(70, 76))).toContain('(giảm 6 người so với năm 2022)');
    expect(draft(handed(76, 76))).toContain('(bằng năm 2022)');
    expect(draft(handed(76, undefined))).not.toContain('so với');
  });
});

describe('the assessment', () => {
  it('reads any group’s headline done-of-planned figure: met is a strength, short a limitation', () => {
    const ratio = (key: string, value: number, of: number, label: string): ReviewFigure => ({
      key,
      label,
      value,
      of,
      unit: '',
      display: `${value}/${of}`,
      how: '',
      link: null,
    });
    const figures: ReviewFigures = {
      from: '2023-01-01',
      to: '2023-06-30',
      groups: [
        {
          key: 'readinessDocuments',
          label: 'Văn kiện sẵn sàng chiến đấu',
          figures: [
            ratio('readinessDocuments.complete', 3, 5, 'Cơ quan, đơn vị có văn kiện đầy đủ'),
            // A second ratio of the same group breaks it down: not judged on its own.
            ratio('readinessDocuments.practised', 1, 2, 'Phương án đã luyện tập'),
          ],
        },
        {
          key: 'policy',
          label: 'Công tác chính sách',
          figures: [ratio('policy.cases', 2, 2, 'Hồ sơ giải quyết xong')],
        },
      ],
    };
    const plans = { period: periodRange('h2', 2023), exercises: [], courses: [], campaign: null, topicTasks: [] };
    const lines = draftSections(figures, periodRange('h1', 2023), plans).assessment.split('\n');
    expect(lines[1]).toBe('Ưu điểm: Công tác chính sách: hồ sơ giải quyết xong 2/2.');
    expect(lines[2]).toBe('Hạn chế: Văn kiện sẵn sàng chiến đấu: cơ quan, đơn vị có văn kiện đầy đủ mới đạt 3/5.');
    expect(lines[3]).toContain('Nguyên nhân của hạn chế');
  });
});

describe('the days without duty', () => {
  it('lists runs compactly: one day alone, the year once within a year, both years across one', () => {
    const gaps = [
      { from: '2023-01-02', to: '2023-01-05' },
      { from: '2023-03-10', to: '2023-03-10' },
      { from: '2023-12-30', to: '2024-01-02' },
    ];
    expect(gapList(gaps, 5)).toBe('02/01–05/01/2023, 10/03/2023, 30/12/2023–02/01/2024');
    expect(gapList(gaps, 1)).toBe('02/01–05/01/2023');
  });

  it('writes the days kept when every day had a shift, and names at most five runs of days without one', () => {
    const duty = (covered: number, gaps: Array<{ from: string; to: string }>): ReviewFigures => ({
      from: '2023-01-01',
      to: '2023-06-30',
      groups: [
        {
          key: 'duty',
          label: 'Trực sẵn sàng chiến đấu, tuần tra',
          dutyGaps: gaps,
          figures: [
            { key: 'duty.days', label: '', value: covered, of: 181, unit: 'ngày', display: '', how: '', link: null },
            { key: 'duty.shifts', label: '', value: 362, of: null, unit: 'ca', display: '', how: '', link: null },
          ],
        },
      ],
    });
    const plans = { period: periodRange('h2', 2023), exercises: [], courses: [], campaign: null, topicTasks: [] };
    // The duty's paragraph is the section's first line (the readiness documents topic's follows).
    const readiness = (f: ReviewFigures) => draftSections(f, periodRange('h1', 2023), plans).readiness.split('\n')[0];
    expect(readiness(duty(181, []))).toBe(
      'Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, bảo đảm 181/181 ngày trong kỳ có lịch trực với 362 ca trực; không phát sinh vụ việc phải xử lý.',
    );
    const days = ['01-02', '01-09', '01-16', '01-23', '01-30', '02-06', '02-13'];
    const seven = days.map((d) => ({ from: `2023-${d}`, to: `2023-${d}` }));
    expect(readiness(duty(174, seven))).toContain(
      '(trừ các ngày 02/01/2023, 09/01/2023, 16/01/2023, 23/01/2023, 30/01/2023 và 2 khoảng ngày khác)',
    );
  });
});
