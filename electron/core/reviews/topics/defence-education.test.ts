import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../../db/test-helpers';
import type { DqeduCourse, DqeduParticipant } from '../../defence-education/public-types';
import { addAll, createCourse, markDone, passAll, people } from '../../defence-education/test-steps';
import type { ReviewFigureGroup, ReviewFigures, ReviewReportDetail } from '../public-types';

let core: TestCore;
useTestCore((c) => (core = c));

const group = async (from: string, to: string): Promise<ReviewFigureGroup> => {
  const figures = await call<ReviewFigures>(core, 'reviews.report.figures', { from, to });
  return figures.groups.find((g) => g.key === 'defenceEducation')!;
};
const shown = (g: ReviewFigureGroup) => Object.fromEntries(g.figures.map((f) => [f.key, f.display]));

/**
 * Course A (đối tượng 4) ends on 30/06/2023: 3 participants, 2 pass with certificates, 1 fails.
 * Course B ends on 01/07/2023: 2 participants (one of them passed A), both pass. A cancelled
 * course in May and two planned courses in the autumn (one planned by June, one in July).
 * Headcount of đối tượng 4 in 2023: 40.
 */
async function buildFixture() {
  const [p1, p2, p3, p4] = await people(core, 4);
  const a = await createCourse(core, { startsOn: '2023-06-27', endsOn: '2023-06-30' });
  const inA = await addAll(core, a.id, [p1!, p2!, p3!]);
  await markDone(core, a);
  const byPerson = (list: DqeduParticipant[], id: string) => list.find((p) => p.personId === id)!;
  await passAll(core, a.id, [byPerson(inA, p1!), byPerson(inA, p2!)], 'A');
  await call(core, 'defenceEducation.participant.setResults', {
    courseId: a.id,
    rows: [{ participantId: byPerson(inA, p3!).id, version: 1, result: 'fail' }],
  });
  const b = await createCourse(core, { startsOn: '2023-07-01', endsOn: '2023-07-01', title: 'Lớp bổ sung' });
  const inB = await addAll(core, b.id, [p2!, p4!]);
  await markDone(core, b);
  await passAll(core, b.id, inB, 'B');
  const cancelled = await createCourse(core, { startsOn: '2023-05-08', endsOn: '2023-05-10' });
  await call(core, 'defenceEducation.course.setStatus', { id: cancelled.id, version: 1, status: 'cancelled' });
  await createCourse(core, {
    title: 'Bồi dưỡng đối tượng 4 đợt 2',
    startsOn: '2023-09-12',
    endsOn: '2023-09-15',
    plannedOn: '2023-06-15',
    place: 'Trường Quân sự tỉnh',
  });
  await createCourse(core, {
    title: 'Lớp thêm',
    startsOn: '2023-10-02',
    endsOn: '2023-10-04',
    plannedOn: '2023-07-05',
  });
  await call(core, 'defenceEducation.headcount.set', { year: 2023, rows: [{ category: 'group4', headcount: 40 }] });
}

describe('the defence education topic of the review', () => {
  beforeEach(buildFixture);

  it('counts a course ending on 30/06 in H1 and not in H2, and one ending on 01/07 in H2', async () => {
    const h1 = await group('2023-01-01', '2023-06-30');
    expect(shown(h1)).toEqual({
      'defenceEducation.courses': '1 lớp',
      'defenceEducation.participants': '3 người',
      'defenceEducation.passed': '2/3',
      'defenceEducation.certificates': '2 người',
      'defenceEducation.trained.group4': '2 người',
      'defenceEducation.cumulative.group4': '2/40',
      'defenceEducation.share.group4': '5%',
    });
    const h2 = await group('2023-07-01', '2023-12-31');
    expect(shown(h2)).toMatchObject({
      'defenceEducation.courses': '1 lớp',
      'defenceEducation.participants': '2 người',
      'defenceEducation.passed': '2/2',
      'defenceEducation.trained.group4': '2 người',
      // p1, p2 (course A) and p4 (course B): p2 counts once.
      'defenceEducation.cumulative.group4': '3/40',
      'defenceEducation.share.group4': '7,5%',
    });
    const courses = h1.figures.find((f) => f.key === 'defenceEducation.courses')!;
    expect(courses.how).toContain('có ngày kết thúc từ 01/01/2023 đến 30/06/2023');
    expect(courses.link).toBe('#/chinh-tri-chinh-sach/giao-duc-qpan');
  });

  it('drafts the section from the figures, and lists in Part II only the course planned by 30/06', async () => {
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
    expect(report.sections.defenceEducation).toBe(
      'Phối hợp tổ chức 1 lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 với 3 đồng chí tham gia; 2 đồng chí hoàn thành chương trình, được cấp giấy chứng nhận 2 đồng chí. Lũy kế đối tượng 4 đã bồi dưỡng 2/40 đồng chí, đạt 5%.',
    );
    const tasks = report.sections.tasks.split('\n').filter((l) => l.includes('quốc phòng và an ninh'));
    expect(tasks).toEqual([
      '- Phối hợp tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 (Bồi dưỡng đối tượng 4 đợt 2), dự kiến từ 12/09/2023 đến 15/09/2023 tại Trường Quân sự tỉnh.',
    ]);
  });
});

describe('a period without courses', () => {
  it('says so in a sentence an official would write, without "…"', async () => {
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2022 });
    expect(report.sections.defenceEducation).toBe(
      'Trong 6 tháng đầu năm 2022, chưa tổ chức lớp bồi dưỡng kiến thức quốc phòng và an ninh cho các đối tượng.',
    );
    // No record at all: no table of zeros. Once a course exists, a period without one shows zeros.
    const none = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2022-01-01', to: '2022-06-30' });
    expect(none.groups.find((g) => g.key === 'defenceEducation')).toBeUndefined();
    await createCourse(core, { startsOn: '2023-03-14', endsOn: '2023-03-17' });
    const g = await group('2022-01-01', '2022-06-30');
    expect(shown(g)).toEqual({
      'defenceEducation.courses': '0 lớp',
      'defenceEducation.participants': '0 người',
      'defenceEducation.passed': '0/0',
      'defenceEducation.certificates': '0 người',
    });
  });
});

describe('Part II of the first half of 2023, as the office had planned it on 30/06', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });
  /** The core's clock at `iso` (UTC): the day each record is entered, cancelled or edited. */
  const at = (iso: string) => (core.context.now = () => new Date(iso));
  async function h1Tasks(): Promise<string[]> {
    at('2026-11-27T03:00:00Z');
    const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
    return report.sections.tasks.split('\n').filter((l) => l.includes('quốc phòng và an ninh'));
  }

  it('dates a cancellation by the audit trail: cancelled in May and edited in July, it was not planned on 30/06', async () => {
    at('2023-04-10T03:00:00Z');
    const inMay = await createCourse(core, { title: 'Lớp hủy tháng 5', startsOn: '2023-09-12', endsOn: '2023-09-15' });
    const inJuly = await createCourse(core, { title: 'Lớp hủy tháng 7', startsOn: '2023-10-03', endsOn: '2023-10-06' });
    at('2023-05-20T03:00:00Z');
    const cancelled = await call<DqeduCourse>(core, 'defenceEducation.course.setStatus', {
      id: inMay.id,
      version: inMay.version,
      status: 'cancelled',
    });
    at('2023-07-10T03:00:00Z');
    const { id, version, title, category, organiser, place, startsOn, endsOn } = cancelled;
    await call(core, 'defenceEducation.course.update', {
      id,
      version,
      title,
      category,
      organiser,
      place,
      startsOn,
      endsOn,
      notes: 'Hủy theo Công văn của Ban CHQS thành phố.',
    });
    await call(core, 'defenceEducation.course.setStatus', { id: inJuly.id, version: 1, status: 'cancelled' });
    expect(await h1Tasks()).toEqual([
      '- Phối hợp tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 (Lớp hủy tháng 7), dự kiến từ 03/10/2023 đến 06/10/2023 tại Hội trường UBND phường Đức Xuân.',
    ]);
  });

  it('dates a cancellation by the one in force: cancelled in May, undone, cancelled again in July, it was planned on 30/06', async () => {
    at('2023-04-10T03:00:00Z');
    const c = await createCourse(core, { title: 'Lớp hủy lại tháng 7', startsOn: '2023-09-12', endsOn: '2023-09-15' });
    at('2023-05-20T03:00:00Z');
    const cancelled = await call<DqeduCourse>(core, 'defenceEducation.course.setStatus', {
      id: c.id,
      version: c.version,
      status: 'cancelled',
    });
    at('2023-05-21T03:00:00Z');
    const undone = await call<DqeduCourse>(core, 'defenceEducation.course.undo', {
      id: c.id,
      version: cancelled.version,
      reason: 'Hủy nhầm khóa',
    });
    at('2023-07-10T03:00:00Z');
    await call(core, 'defenceEducation.course.setStatus', { id: c.id, version: undone.version, status: 'cancelled' });
    expect(await h1Tasks()).toEqual([
      '- Phối hợp tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 (Lớp hủy lại tháng 7), dự kiến từ 12/09/2023 đến 15/09/2023 tại Hội trường UBND phường Đức Xuân.',
    ]);
  });

  it("takes the day a course was entered on the office's clock (Vietnam, UTC+7)", async () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    at('2023-06-30T16:30:00Z'); // 23:30 on 30/06 in Vietnam
    await createCourse(core, { title: 'Lớp ghi 23 giờ 30 ngày 30/06', startsOn: '2023-09-12', endsOn: '2023-09-15' });
    at('2023-06-30T17:30:00Z'); // 00:30 on 01/07 in Vietnam, still 30/06 in UTC
    await createCourse(core, { title: 'Lớp ghi 0 giờ 30 ngày 01/07', startsOn: '2023-09-19', endsOn: '2023-09-22' });
    expect(await h1Tasks()).toEqual([
      '- Phối hợp tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 (Lớp ghi 23 giờ 30 ngày 30/06), dự kiến từ 12/09/2023 đến 15/09/2023 tại Hội trường UBND phường Đức Xuân.',
    ]);
  });
});
