/**
 * A small office for the exercise, training and duty documents' tests, built through the people and
 * localities API plus plain INSERTs for the militia, reserve, exercise, training and duty rows (the
 * services that own them are built separately). Given names are chosen so a naive sort gets them
 * wrong: Vietnamese order is Anh, Ánh, Ân (letters before tones, a < ă < â). Below it, the
 * documents rendered on it and its Decree 30 header, for those documents' tests.
 */
import { randomUUID } from 'node:crypto';
import type { Core } from '../../electron/core/app-core';
import { insertRow } from '../../electron/core/db/test-helpers';
import type { Locality } from '../../electron/core/localities/schema';
import { createLocality } from '../../electron/core/localities/test-steps';
import { officeWithCommander, setOffice } from '../../electron/core/office/test-steps';
import { createPerson } from '../../electron/core/people/test-steps';
import { fixtureOfficeDocuments } from './document-scene';

const AT = '2026-01-01T00:00:00.000Z';

export interface DrillsFixture {
  commune: Locality;
  /** A done exercise with forces 45 + 30 + 10 + 5, rated excellent (giỏi), two units, one attachment. */
  doneExercise: string;
  /** A planned exercise with nothing but its type, title and date. */
  plannedExercise: string;
  /** 3 participants, 15 planned days, attended 15 / 12 (by day rows) / 9 → 80%. */
  course: string;
  /** A course without participants. */
  emptyCourse: string;
}

const person = (core: Core, fullName: string, birthDate: string, sex: 'M' | 'F', localityId: string) =>
  createPerson(core, fullName, { birthDate, sex, localityId });

/** The fixture's rows are dated 01/01/2026. */
const insert = (core: Core, table: string, values: Record<string, unknown>) => insertRow(core, table, values, AT);

function typeId(core: Core, builtin: string): string {
  return (core.db.prepare('SELECT id FROM exercise_types WHERE builtin = ?').get(builtin) as { id: string }).id;
}

export async function buildDrillsFixture(core: Core): Promise<DrillsFixture> {
  await setOffice(
    core,
    officeWithCommander({
      name: 'BAN CHQS XÃ DƯƠNG QUANG',
      parentBody: 'BỘ CHQS TỈNH THÁI NGUYÊN',
      placeName: 'Dương Quang',
      rank: 'Thiếu tá',
    }),
  );
  const commune = await createLocality(core, 'Xã Dương Quang', 'commune');

  const platoon = insert(core, 'militia_units', {
    parent_id: null,
    locality_id: commune.id,
    name: 'Trung đội dân quân cơ động',
    level: 'platoon',
    force: 'militia',
    component: 'mobile',
  });
  const company = insert(core, 'reserve_units', { parent_id: null, name: 'Đại đội 1', kind: 'combat' });

  const anh = await person(core, 'Vũ Văn Anh', '2000-05-12', 'M', commune.id);
  const anhF = await person(core, 'Trần Thị Ánh', '2002-08-01', 'F', commune.id);
  const an = await person(core, 'Nguyễn Văn Ân', '1998-01-20', 'M', commune.id);
  const bao = await person(core, 'Lê Văn Bảo', '1999-11-30', 'M', commune.id);
  for (const p of [anh, anhF, an]) {
    core.db
      .prepare(
        `INSERT INTO militia_memberships (id, person_id, unit_id, position, started_on, term_ends_on,
           sort_given, sort_middle, sort_family, birth_date, sex, created_at, updated_at)
         SELECT ?, id, ?, 'member', '2024-03-01', '2028-03-01', sort_given, sort_middle, sort_family, birth_date,
           sex, ?, ? FROM people WHERE id = ?`,
      )
      .run(randomUUID(), platoon, AT, AT, p.id);
  }

  const doneExercise = insert(core, 'exercises', {
    type_id: typeId(core, 'disaster_rescue'),
    level: 'commune',
    title: 'Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn xã Dương Quang năm 2026',
    locality_id: commune.id,
    planned_on: '2026-10-20',
    planned_until: '2026-10-22',
    started_on: '2026-10-21',
    ended_on: '2026-10-23',
    status: 'done',
    lead_body: 'UBND xã Dương Quang',
    directing_officer: 'Chủ tịch UBND xã',
    militia_count: 45,
    reservist_count: 30,
    police_count: 10,
    other_count: 5,
    scenario: 'Mưa lớn gây sạt lở đất tại thôn Nà Cù',
    rating: 'excellent',
    lessons: 'Hiệp đồng giữa các lực lượng cần chặt chẽ hơn',
  });
  insert(core, 'exercise_units', { exercise_id: doneExercise, militia_unit_id: platoon });
  insert(core, 'exercise_units', { exercise_id: doneExercise, reserve_unit_id: company });
  insert(core, 'exercise_attachments', {
    exercise_id: doneExercise,
    document_number: '12/KH-BCH',
    document_date: '2026-09-01',
    summary: 'Kế hoạch diễn tập',
  });
  const plannedExercise = insert(core, 'exercises', {
    type_id: typeId(core, 'combat_defence'),
    level: 'commune',
    title: 'Diễn tập chiến đấu phòng thủ xã Dương Quang năm 2027',
    planned_on: '2027-04-10',
    status: 'planned',
  });

  const course = insert(core, 'training_courses', {
    title: 'Huấn luyện dân quân cơ động năm 2026',
    target: 'militia_component',
    component: 'mobile',
    militia_unit_id: platoon,
    starts_on: '2026-03-02',
    ends_on: '2026-03-20',
    place: 'Thao trường xã Dương Quang',
    planned_days: 15,
    status: 'done',
  });
  const participant = (personId: string, attendedDays: number | null, result: string) =>
    insert(core, 'training_participants', {
      course_id: course,
      person_id: personId,
      attended_days: attendedDays,
      result,
    });
  participant(an.id, 9, 'pass');
  participant(anh.id, 15, 'excellent');
  // Taken per day: 12 present of 15 rows; the day rows win over the (stale) total.
  const byDay = participant(anhF.id, 3, 'good');
  for (let day = 1; day <= 15; day++) {
    insert(core, 'training_attendance', {
      participant_id: byDay,
      on_date: `2026-03-${String(day + 1).padStart(2, '0')}`,
      present: day <= 12 ? 1 : 0,
    });
  }
  const emptyCourse = insert(core, 'training_courses', {
    title: 'Bồi dưỡng kiến thức quốc phòng',
    target: 'defence_education',
    starts_on: '2026-05-04',
    ends_on: '2026-05-08',
    planned_days: 5,
  });

  // November 2026: Monday 2nd (a 24-hour shift), Saturday 28th (two shifts), nothing on the other days.
  const shift = (personId: string, startsAt: string, endsAt: string, role: string) =>
    insert(core, 'duty_shifts', { person_id: personId, starts_at: startsAt, ends_at: endsAt, role });
  shift(bao.id, '2026-11-02T07:00', '2026-11-03T07:00', 'commander');
  shift(anhF.id, '2026-11-02T07:00', '2026-11-03T07:00', 'duty_officer');
  shift(an.id, '2026-11-02T07:00', '2026-11-03T07:00', 'member');
  shift(anh.id, '2026-11-02T07:00', '2026-11-03T07:00', 'member');
  shift(an.id, '2026-11-28T07:00', '2026-11-28T19:00', 'commander');
  shift(anh.id, '2026-11-28T19:00', '2026-11-29T07:00', 'member');
  // October: not in the November roster.
  shift(bao.id, '2026-10-31T07:00', '2026-11-01T07:00', 'commander');

  return { commune, doneExercise, plannedExercise, course, emptyCourse };
}

/** The drills fixture's documents (renderDocuments) and its office's header (Dương Quang commune). */
export const { render: renderDrillsDocuments, expectHeader } = fixtureOfficeDocuments(buildDrillsFixture, {
  parentBody: 'BỘ CHQS TỈNH THÁI NGUYÊN',
  officeName: 'DƯƠNG QUANG',
  placeAndDate: 'Dương Quang, ngày 27 tháng 11 năm 2026',
});
