import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { addDays, type IsoDate } from '../shared/dates';
import { createCourse } from '../training/course-service';
import { transitionCourse } from '../training/steps-service';
import {
  addParticipants,
  addUnitMembers,
  listParticipants,
  setAttendance,
  setDayAttendance,
  setResults,
} from '../training/participant-service';
import { courseCreateInput, type TrainingCourse, type TrainingResult, type TrainingTarget } from '../training/schema';
import { createRandom, type Random } from './random';

/** Fixed, so every demo office has the same courses, attendance and results. */
const TRAINING_SEED = 20_190_028;

const RESULT_WEIGHTS: ReadonlyArray<readonly [TrainingResult, number]> = [
  ['excellent', 2],
  ['good', 4],
  ['pass', 3],
  ['fail', 1],
];

interface DemoCourse {
  title: string;
  target: TrainingTarget;
  component?: 'mobile' | 'on_the_spot';
  /** Month and day in the demo year. */
  starts: string;
  ends: string;
  plannedDays?: number;
  place: string;
  people: (ctx: ApiContext) => { unitId?: string; reserveUnitId?: string; personIds: string[] };
  perDay?: boolean;
}

const ids = (rows: unknown[]) => (rows as Array<{ id: string }>).map((r) => r.id);

/** Rows in the order they were written (the demo writes them in a fixed order). */
function firstMobilePlatoon(ctx: ApiContext): { id: string; locality_id: string } {
  return statement(
    ctx.db,
    `SELECT id, locality_id FROM militia_units
     WHERE force = 'militia' AND level = 'platoon' AND component = 'mobile' ORDER BY rowid LIMIT 1`,
  ).get() as { id: string; locality_id: string };
}

const COURSES: readonly DemoCourse[] = [
  {
    title: 'Huấn luyện dân quân năm thứ nhất',
    target: 'militia_first_year',
    starts: '03-09',
    ends: '03-27',
    place: 'Thao trường Ban Chỉ huy quân sự thành phố',
    people: (ctx) => ({
      personIds: ids(
        statement(
          ctx.db,
          `SELECT person_id AS id FROM militia_memberships WHERE ended_on IS NULL
           ORDER BY started_on DESC, rowid LIMIT 12`,
        ).all(),
      ),
    }),
  },
  {
    title: 'Huấn luyện trung đội dân quân cơ động',
    target: 'militia_component',
    component: 'mobile',
    starts: '04-06',
    ends: '04-21',
    place: 'Thao trường phường',
    perDay: true,
    people: (ctx) => ({ unitId: firstMobilePlatoon(ctx).id, personIds: [] }),
  },
  {
    title: 'Huấn luyện dân quân tại chỗ',
    target: 'militia_component',
    component: 'on_the_spot',
    starts: '05-11',
    ends: '05-19',
    place: 'Nhà văn hóa tổ dân phố',
    people: (ctx) => ({
      personIds: ids(
        statement(
          ctx.db,
          `SELECT m.person_id AS id FROM militia_memberships m JOIN militia_units u ON u.id = m.unit_id
           WHERE m.ended_on IS NULL AND u.force = 'militia' AND u.component = 'on_the_spot' AND u.locality_id = ?
           ORDER BY m.rowid`,
        ).all(firstMobilePlatoon(ctx).locality_id),
      ),
    }),
  },
  {
    title: 'Huấn luyện đơn vị dự bị động viên',
    target: 'reserve_unit',
    starts: '08-10',
    ends: '08-16',
    plannedDays: 5,
    place: 'Thao trường Trung đoàn',
    people: (ctx) => {
      const unit = statement(ctx.db, `SELECT id FROM reserve_units ORDER BY rowid LIMIT 1`).get() as
        { id: string } | undefined;
      if (!unit) return { personIds: [] };
      const personIds = ids(
        statement(
          ctx.db,
          `SELECT r.person_id AS id FROM reserve_assignments a
           JOIN reserve_slots s ON s.id = a.slot_id JOIN reservists r ON r.id = a.reservist_id
           WHERE s.unit_id = ? AND a.ended_on IS NULL ORDER BY a.rowid`,
        ).all(unit.id),
      );
      return { reserveUnitId: unit.id, personIds };
    },
  },
  {
    title: 'Tập huấn cán bộ cơ quan quân sự',
    target: 'staff',
    starts: '10-05',
    ends: '10-09',
    plannedDays: 5,
    place: 'Hội trường Ban Chỉ huy quân sự',
    people: (ctx) => ({
      personIds: ids(
        statement(ctx.db, `SELECT person_id AS id FROM staff_members WHERE ended_on IS NULL ORDER BY rowid`).all(),
      ),
    }),
  },
  {
    title: 'Bồi dưỡng kiến thức quốc phòng, an ninh cho cán bộ phường',
    target: 'defence_education',
    starts: '12-07',
    ends: '12-11',
    plannedDays: 4,
    place: 'Trung tâm chính trị thành phố',
    people: () => ({ personIds: [] }),
  },
];

/**
 * Demo courses of the demo year through the feature's services: finished ones
 * carry attendance (one per day, the others as totals) and results; the ones
 * under way or ahead stay as they are. Participants are the demo forces.
 */
export function seedTraining(ctx: ApiContext, today: string): Record<string, number> {
  const rng = createRandom(TRAINING_SEED);
  const year = today.slice(0, 4);
  let courses = 0;
  let participants = 0;
  for (const demo of COURSES) {
    const startsOn = `${year}-${demo.starts}`;
    const endsOn = `${year}-${demo.ends}`;
    const who = demo.people(ctx);
    const course = createCourse(
      ctx,
      courseCreateInput.parse({
        title: `${demo.title} năm ${year}`,
        target: demo.target,
        component: demo.component ?? null,
        militiaUnitId: who.unitId ?? null,
        reserveUnitId: who.reserveUnitId ?? null,
        startsOn,
        endsOn,
        plannedDays: demo.plannedDays,
        place: demo.place,
      }),
    );
    courses += 1;
    if (who.unitId) addUnitMembers(ctx, course.id);
    const personIds = [...new Set(who.personIds)];
    if (personIds.length > 0) addParticipants(ctx, { courseId: course.id, personIds });
    participants += listParticipants(ctx, course.id).length;
    if (startsOn > today) continue;
    const running = transitionCourse(ctx, { id: course.id, version: course.version, to: 'in_progress' });
    if (endsOn >= today) continue;
    record(ctx, rng, running, demo.perDay === true);
    transitionCourse(ctx, { id: course.id, version: running.version, to: 'done' });
  }
  return { trainingCourses: courses, trainingParticipants: participants };
}

/** Most attend every day; a few miss one to three. */
export function record(ctx: ApiContext, rng: Random, course: TrainingCourse, perDay: boolean): void {
  const people = listParticipants(ctx, course.id);
  if (people.length === 0) return;
  const missed = () => (rng.chance(0.7) ? 0 : rng.int(1, 3));
  if (perDay) {
    const days: IsoDate[] = Array.from({ length: course.plannedDays }, (_, i) => addDays(course.startsOn, i));
    const records = people.flatMap((p) => {
      const absent = new Set(Array.from({ length: missed() }, () => rng.pick(days)));
      return days.map((onDate) => ({ participantId: p.id, onDate, present: !absent.has(onDate) }));
    });
    setDayAttendance(ctx, { courseId: course.id, records });
  } else {
    setAttendance(ctx, {
      courseId: course.id,
      rows: people.map((p) => ({ participantId: p.id, attendedDays: Math.max(0, course.plannedDays - missed()) })),
    });
  }
  setResults(ctx, {
    courseId: course.id,
    rows: people.map((p) => ({ participantId: p.id, result: rng.weighted(RESULT_WEIGHTS) })),
  });
}
