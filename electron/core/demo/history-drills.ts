import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { listDutyCandidates } from '../duty/candidates';
import { createIncident, createPatrol } from '../duty/log-service';
import { incidentCreateInput, patrolCreateInput, shiftCreateInput } from '../duty/schema';
import { createShift } from '../duty/service';
import { localityListInput, TOP_LEVEL_KINDS } from '../localities/schema';
import { listLocalities } from '../localities/service';
import { addDays, type IsoDate } from '../shared/dates';
import { createCourse } from '../training/course-service';
import { transitionCourse } from '../training/steps-service';
import { addParticipants } from '../training/participant-service';
import { courseCreateInput } from '../training/schema';
import * as text from './history-data';
import type { HistoryMilitia } from './history-forces';
import { seedHistoryExercises } from './history-exercises';
import type { Random } from './random';
import { record } from './seed-training';

/**
 * The first half of 2023's drills through the features' services: the
 * period's militia and reserve courses with attendance and results, duty over
 * Tết and the April–May holidays with patrols and incidents, and the year's
 * exercises (one held in H1, two planned in H1 for H2 and held then).
 */
export function seedHistoryDrills(ctx: ApiContext, rng: Random, militia: HistoryMilitia[]): Record<string, number> {
  return {
    ...seedHistoryExercises(ctx),
    ...seedCourses(ctx, rng, militia),
    ...seedDuty(ctx, militia),
  };
}

function seedCourses(ctx: ApiContext, rng: Random, militia: HistoryMilitia[]): Record<string, number> {
  const ids = (rows: unknown[]) => (rows as Array<{ id: string }>).map((r) => r.id);
  // Those who joined for the 2023 term (today's members whose four years end early in 2027).
  const firstYear = ids(
    statement(
      ctx.db,
      `SELECT person_id AS id FROM militia_memberships
        WHERE started_on BETWEEN '2022-07-01' AND '2023-02-28' ORDER BY started_on, rowid`,
    ).all(),
  );
  const of = (component: string) => militia.filter((m) => m.component === component).map((m) => m.personId);
  const reserveUnit = statement(ctx.db, `SELECT id FROM reserve_units ORDER BY rowid LIMIT 1`).get() as
    { id: string } | undefined;
  const reservists = ids(
    statement(
      ctx.db,
      `SELECT person_id AS id FROM reservists
        WHERE registered_on <= '2023-04-01' AND grade = 1 AND category = 'soldier' ORDER BY rowid LIMIT 20`,
    ).all(),
  );
  let courses = 0;
  let participants = 0;
  for (const c of text.COURSES_2023) {
    const personIds =
      c.who === 'first_year'
        ? firstYear.length >= 3
          ? firstYear
          : of('mobile').slice(0, 8)
        : c.who === 'reservists'
          ? reservists
          : of(c.who);
    if (personIds.length === 0) continue;
    const course = createCourse(
      ctx,
      courseCreateInput.parse({
        title: c.title,
        target: c.target,
        component: c.component ?? null,
        reserveUnitId: c.target === 'reserve_unit' ? (reserveUnit?.id ?? null) : null,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        plannedDays: c.plannedDays,
        place: c.place,
      }),
    );
    addParticipants(ctx, { courseId: course.id, personIds });
    const running = transitionCourse(ctx, { id: course.id, version: course.version, to: 'in_progress' });
    record(ctx, rng, running, c.perDay === true);
    transitionCourse(ctx, { id: course.id, version: running.version, to: 'done' });
    courses += 1;
    participants += personIds.length;
  }
  return { trainingCourses2023: courses, trainingParticipants2023: participants };
}

/**
 * The roster of 2023 as an office keeps it: a 24-hour commander and duty officer from the staff
 * every day of the year, and two militia shifts a day added over the holidays (the spells).
 */
function seedDuty(ctx: ApiContext, militia: HistoryMilitia[]): Record<string, number> {
  const staff = listDutyCandidates(ctx)
    .filter((c) => c.group === 'staff')
    .map((c) => ({ id: c.personId, name: c.fullName }));
  const members = militia.map((m) => m.personId);
  if (staff.length < 2 || members.length < 2) return {};
  const commanders = staff.slice(0, Math.min(3, staff.length - 1));
  const officers = staff.slice(commanders.length);
  let shifts = 0;
  const add = (personId: string, startsAt: string, endsAt: string, role: string) => {
    createShift(ctx, shiftCreateInput.parse({ personId, startsAt, endsAt, role }));
    shifts += 1;
  };
  for (let d = 0, day: IsoDate = '2023-01-01'; day <= '2023-12-31'; d++, day = addDays(day, 1)) {
    const next = addDays(day, 1);
    add(commanders[d % commanders.length]!.id, `${day}T07:30`, `${next}T07:30`, 'commander');
    add(officers[d % officers.length]!.id, `${day}T07:30`, `${next}T07:30`, 'duty_officer');
  }
  let m = 0;
  for (const [from, days] of text.DUTY_SPELLS_2023) {
    for (let i = 0; i < days; i++, m++) {
      const day: IsoDate = addDays(from, i);
      const next = addDays(day, 1);
      add(members[(2 * m) % members.length]!, `${day}T07:30`, `${day}T17:00`, 'member');
      add(members[(2 * m + 1) % members.length]!, `${day}T17:00`, `${next}T07:30`, 'member');
    }
  }
  for (const i of text.INCIDENTS_2023) {
    createIncident(
      ctx,
      incidentCreateInput.parse({
        occurredAt: i.at,
        description: i.description,
        actionTaken: i.action,
        reportedBy: i.by,
      }),
    );
  }
  const areas = listLocalities(ctx, localityListInput.parse({})).filter((l) => TOP_LEVEL_KINDS.includes(l.kind));
  text.PATROLS_2023.forEach((p, index) => {
    createPatrol(
      ctx,
      patrolCreateInput.parse({
        onDate: p.onDate,
        startsAt: p.from,
        endsAt: p.to,
        area: p.area,
        localityId: areas.find((a) => a.name === p.locality)?.id ?? null,
        leader: officers[index % officers.length]!.name,
        militiaCount: p.militia,
        policeCount: p.police,
        otherCount: p.other,
        forcesNote: p.forces,
        result: p.result,
      }),
    );
  });
  return {
    dutyShifts2023: shifts,
    dutyIncidents2023: text.INCIDENTS_2023.length,
    patrols2023: text.PATROLS_2023.length,
  };
}
