import type { DqeduCategory, DqeduResult } from '../../../vocabulary/defence-education';
import { statement } from '../db/statements';
import { addParticipants, createCourse, setCourseStatus, setHeadcounts, setResults } from '../defence-education';
import { courseCreateInput, headcountSetInput, participantAddInput, resultSetInput } from '../defence-education/schema';
import type { ApiContext } from '../kernel/context';
import { addDays, localIsoDate } from '../shared/dates';

interface DemoCourse {
  title: string;
  category: DqeduCategory;
  organiser: string;
  place: string;
  startsOn: string;
  endsOn: string;
  plannedOn: string;
  size: number;
  roles: readonly string[];
  /** Held (results and certificates recorded) or still planned. */
  held: boolean;
}

const CITY = 'Ban CHQS thành phố Bắc Kạn';
const GROUP4_ROLES = [
  'Trưởng thôn',
  'Tổ trưởng tổ dân phố',
  'Bí thư chi bộ',
  'Công chức Văn phòng – Thống kê',
  'Chủ tịch Hội Cựu chiến binh',
  'Chi hội trưởng Hội Liên hiệp phụ nữ',
  'Bí thư Chi đoàn',
] as const;

/**
 * The office's 2023 courses (đối tượng 4 at 32 periods over four days, Circular 38/2014/TT-BQP):
 * two in H1 for ward and commune officials and village heads, one for village elders and clan
 * heads in April, and the third đối tượng 4 course of September, planned on 10/06/2023 — so the
 * H1 report lists it under Part II and the H2 report counts it.
 */
const COURSES_2023: readonly DemoCourse[] = [
  {
    title: 'Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2023 (đợt 1)',
    category: 'group4',
    organiser: CITY,
    place: 'Hội trường Trung tâm Chính trị thành phố',
    startsOn: '2023-03-21',
    endsOn: '2023-03-24',
    plannedOn: '2023-02-15',
    size: 46,
    roles: GROUP4_ROLES,
    held: true,
  },
  {
    title: 'Bồi dưỡng kiến thức quốc phòng và an ninh cho già làng, trưởng họ tộc năm 2023',
    category: 'elders',
    organiser: CITY,
    place: 'Hội trường UBND xã Dương Quang',
    startsOn: '2023-04-18',
    endsOn: '2023-04-19',
    plannedOn: '2023-02-15',
    size: 12,
    roles: ['Già làng', 'Trưởng họ tộc'],
    held: true,
  },
  {
    title: 'Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2023 (đợt 2)',
    category: 'group4',
    organiser: CITY,
    place: 'Hội trường Trung tâm Chính trị thành phố',
    startsOn: '2023-05-16',
    endsOn: '2023-05-19',
    plannedOn: '2023-02-15',
    size: 42,
    roles: GROUP4_ROLES,
    held: true,
  },
  {
    title: 'Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2023 (đợt 3)',
    category: 'group4',
    organiser: 'Trường Quân sự tỉnh Bắc Kạn',
    place: 'Trường Quân sự tỉnh Bắc Kạn',
    startsOn: '2023-09-19',
    endsOn: '2023-09-22',
    plannedOn: '2023-06-10',
    size: 30,
    roles: GROUP4_ROLES,
    held: true,
  },
];

/** Adults of the register between the ages, in name order (the register's own order, stable across seeds). */
function adults(ctx: ApiContext, bornFrom: string, bornTo: string): string[] {
  const rows = statement(
    ctx.db,
    `SELECT id FROM people WHERE archived_at IS NULL AND birth_date BETWEEN ? AND ?
     ORDER BY sort_given, sort_middle, sort_family, birth_date, id`,
  ).all(bornFrom, bornTo) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

/** Mostly khá and đạt, some giỏi; the last of a list absent and the one before failing. */
function resultOf(i: number, size: number): DqeduResult {
  if (i === size - 1) return 'absent';
  if (i === size - 2) return 'fail';
  if (i % 8 === 0) return 'excellent';
  return i % 2 === 0 ? 'good' : 'pass';
}

function seedCourse(ctx: ApiContext, c: DemoCourse, personIds: string[], firstCertificate: number): number {
  let course = createCourse(
    ctx,
    courseCreateInput.parse({
      title: c.title,
      category: c.category,
      organiser: c.organiser,
      place: c.place,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      plannedOn: c.plannedOn,
      plannedParticipants: c.size,
    }),
  );
  if (personIds.length === 0) return 0;
  const rows = personIds.map((personId, i) => ({
    personId,
    category: c.category,
    roleTitle: c.roles[i % c.roles.length],
  }));
  const list = addParticipants(ctx, participantAddInput.parse({ courseId: course.id, rows }));
  if (!c.held) return 0;
  course = setCourseStatus(ctx, { id: course.id, version: course.version, status: 'done' });
  let certificate = firstCertificate;
  const byPerson = new Map(list.map((p) => [p.personId, p]));
  const results = personIds.map((personId, i) => {
    const result = resultOf(i, personIds.length);
    const passed = result !== 'absent' && result !== 'fail';
    return {
      participantId: byPerson.get(personId)!.id,
      version: byPerson.get(personId)!.version,
      result,
      certificateNo: passed ? `${String(certificate++).padStart(3, '0')}/GCN-QPAN` : '',
      certificateOn: passed ? c.endsOn : null,
    };
  });
  setResults(ctx, resultSetInput.parse({ courseId: course.id, rows: results }));
  return certificate - firstCertificate;
}

/**
 * The office's 2023 defence and security education, through the feature's services (so each row
 * has its audit): the courses above with participants drawn from the register's adults (aged
 * about 25–60 in 2023; elders from those over 60, apart from the others), results and certificates, the 2023 headcounts,
 * and one course planned for the coming weeks so the screen is not empty today.
 */
export function seedHistoryDefenceEducation(ctx: ApiContext): Record<string, number> {
  const working = adults(ctx, '1963-01-01', '1998-01-01');
  const elders = adults(ctx, '1940-01-01', '1962-12-31');
  let next = 0;
  let certificates = 0;
  let participants = 0;
  for (const c of COURSES_2023) {
    const pool = c.category === 'elders' ? elders : working;
    const start = c.category === 'elders' ? 0 : next;
    const picked = pool.slice(start, start + c.size);
    if (c.category !== 'elders') next += picked.length;
    certificates += seedCourse(ctx, c, picked, certificates + 1);
    participants += picked.length;
  }
  setHeadcounts(
    ctx,
    headcountSetInput.parse({
      year: 2023,
      rows: [
        { category: 'group4', headcount: 320 },
        { category: 'elders', headcount: 24 },
      ],
    }),
  );
  const today = localIsoDate(ctx.now());
  createCourse(
    ctx,
    courseCreateInput.parse({
      title: `Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm ${today.slice(0, 4)}`,
      category: 'group4',
      organiser: 'Ban CHQS phường Đức Xuân',
      place: 'Hội trường UBND phường Đức Xuân',
      startsOn: addDays(today, 21),
      endsOn: addDays(today, 24),
      plannedOn: today,
      plannedParticipants: 40,
    }),
  );
  return {
    defenceEducationCourses: COURSES_2023.length + 1,
    defenceEducationParticipants: participants,
    defenceEducationCertificates: certificates,
  };
}
