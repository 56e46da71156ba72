import { describe, expect, it } from 'vitest';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import type { ProducedDocument } from '../documents/generate-schema';
import { setOffice } from '../office/test-steps';
import type { ReviewMeetingOfReport, ReviewRedraft, ReviewReportDetail } from './public-types';

let core: TestCore;
useTestCore((c) => (core = c));

const createReport = (periodKind: string, year: number) =>
  call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind, year });

const meeting = {
  heldOn: '2023-06-27',
  place: 'Hội trường Thành ủy',
  chairName: 'Đồng chí Hà Văn Thanh',
  chairPosition: 'Bí thư Thành ủy, Bí thư Đảng ủy Quân sự thành phố',
  guests: ['Lãnh đạo Bộ CHQS tỉnh', '  ', 'Thường trực HĐND, UBND thành phố'],
  conclusions: [
    '- Tổ chức diễn tập phòng thủ phường Phùng Chí Kiên đạt kết quả tốt.',
    'Chuẩn bị tốt công tác tuyển quân năm 2024;',
    'UBND các phường rà soát, đăng ký nghĩa vụ quân sự',
  ],
  note: '',
};

const saveMeeting = (reportId: string, values: Record<string, unknown> = {}) =>
  call<ReviewMeetingOfReport>(core, 'reviews.meeting.save', { reportId, ...meeting, ...values });

describe('the review meeting of a report', () => {
  it('is recorded, read by the report of its period and updated at its version, each change audited', async () => {
    const { report } = await createReport('h1', 2023);
    expect(await call(core, 'reviews.meeting.get', { reportId: report.id })).toEqual({
      meeting: null,
      documentDate: '2023-06-30',
    });
    const created = await saveMeeting(report.id);
    expect(created.meeting).toMatchObject({
      periodKind: 'h1',
      from: '2023-01-01',
      to: '2023-06-30',
      heldOn: '2023-06-27',
      // Blank lines dropped, the others kept as typed (trimmed).
      guests: ['Lãnh đạo Bộ CHQS tỉnh', 'Thường trực HĐND, UBND thành phố'],
      version: 1,
    });
    expect(created.documentDate).toBe('2023-06-27');

    const updated = await saveMeeting(report.id, { version: 1, place: 'Hội trường Ban CHQS thành phố' });
    expect(updated.meeting).toMatchObject({ place: 'Hội trường Ban CHQS thành phố', version: 2 });
    // A stale version, or a second "new" meeting for the same period, is a conflict.
    expect((await refusal(core, 'reviews.meeting.save', { reportId: report.id, version: 1, ...meeting })).code).toBe(
      'CONFLICT_VERSION',
    );
    expect((await refusal(core, 'reviews.meeting.save', { reportId: report.id, ...meeting })).code).toBe(
      'CONFLICT_VERSION',
    );
    const audit = core.db
      .prepare(`SELECT action FROM audit_log WHERE entity = 'review_meeting' AND entity_id = ? ORDER BY seq`)
      .all(created.meeting!.id) as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses a meeting held before the period starts, in the future, or with an over-long conclusion', async () => {
    const { report } = await createReport('h2', 2023);
    const early = await refusal(core, 'reviews.meeting.save', { reportId: report.id, ...meeting });
    expect(early.code).toBe('RULE_REVIEW_MEETING_BEFORE_PERIOD');
    expect(early.message).toBe(
      'Ngày hội nghị (27/06/2023) không được trước ngày đầu kỳ báo cáo (01/07/2023): hội nghị sơ kết, tổng kết đánh giá kết quả đã thực hiện trong kỳ (thông lệ của cơ quan; không có văn bản quy định ngày họp).',
    );
    expect(early.fieldErrors).toHaveProperty('heldOn');
    // The first day of the period is allowed.
    expect((await saveMeeting(report.id, { heldOn: '2023-07-01' })).meeting?.heldOn).toBe('2023-07-01');

    const { report: year } = await createReport('year', 2026);
    const future = await refusal(core, 'reviews.meeting.save', { reportId: year.id, ...meeting, heldOn: '2026-12-30' });
    expect(future.code).toBe('RULE_REVIEW_MEETING_FUTURE');
    expect(future.message).toBe('Ngày hội nghị (30/12/2026) không được sau hôm nay: chỉ ghi hội nghị đã diễn ra.');
    const long = await refusal(core, 'reviews.meeting.save', {
      reportId: year.id,
      ...meeting,
      heldOn: '2026-06-01',
      conclusions: ['Ngắn', 'a'.repeat(501)],
    });
    expect(long.fieldErrors).toEqual({ 'conclusions.1': 'Mỗi dòng kết luận tối đa 500 ký tự.' });
    expect(
      (await saveMeeting(year.id, { heldOn: '2026-06-01', conclusions: ['a'.repeat(500)] })).meeting,
    ).not.toBeNull();
    const rows = core.db.prepare(`SELECT COUNT(*) AS n FROM review_meetings`).get() as { n: number };
    expect(rows.n).toBe(2);
  });

  it('opens the next period\u2019s leadership section with its conclusions', async () => {
    const { report: h1 } = await createReport('h1', 2023);
    await saveMeeting(h1.id);
    const { sections } = await createReport('h2', 2023);
    const [first, second] = sections.leadership.split('\n');
    expect(first).toBe(
      'Thực hiện Kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 (ngày 27/06/2023), Ban Chỉ huy quân sự đã tham mưu cho cấp ủy, chính quyền tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ: tổ chức diễn tập phòng thủ phường Phùng Chí Kiên đạt kết quả tốt; chuẩn bị tốt công tác tuyển quân năm 2024; UBND các phường rà soát, đăng ký nghĩa vụ quân sự.',
    );
    expect(second).toBeDefined();
    // The H1 report itself does not start from its own meeting; the next year's does (latest before it).
    const again = await call<ReviewRedraft>(core, 'reviews.report.redraft', { id: h1.id });
    expect(again.sections.leadership).not.toContain('Thực hiện Kết luận');
    const { sections: next } = await createReport('year', 2024);
    expect(next.leadership).toContain('Hội nghị sơ kết 6 tháng đầu năm 2023 (ngày 27/06/2023)');
  });

  it('dates the document on the meeting\u2019s day, else on the period\u2019s last day, when no date is given', async () => {
    await setOffice(core);
    const { report: h1 } = await createReport('h1', 2023);
    const issuedOn = async (reviewReportId: string, date?: string) => {
      const file = await call<ProducedDocument>(core, 'documents.generate', {
        kind: 'review.report',
        reviewReportId,
        ...(date ? { date } : {}),
      });
      return (
        core.db.prepare(`SELECT issued_on FROM document_register WHERE id = ?`).get(file.registerId) as {
          issued_on: string;
        }
      ).issued_on;
    };
    expect(await issuedOn(h1.id)).toBe('2023-06-30');
    await saveMeeting(h1.id);
    expect(await issuedOn(h1.id)).toBe('2023-06-27');
    // A date chosen on the screen wins.
    expect(await issuedOn(h1.id, '2023-07-05')).toBe('2023-07-05');
  });
});
