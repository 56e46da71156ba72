import type { ApiContext } from '../kernel/context';
import { fullNameOfRow } from '../shared/vietnamese-text';
import { ApiError } from '../kernel/errors';
import { writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import { statement } from '../db/statements';
import { format, vi } from '../messages/vi';
import { subtreeIds } from '../militia';
import { addDays } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import { mustFindCourse, refuse } from './course-service';
import * as repo from './repository';
import { checkAttendedDays, checkDayInCourse, checkPresentDays, courseSpanDays } from './rules';
import type {
  AttendanceSetInput,
  DayAttendanceSetInput,
  ParticipantAddResult,
  ResultSetInput,
  TrainingDayAttendance,
  TrainingParticipant,
} from './schema';

const t = vi.training;

function audit(ctx: ApiContext, id: string, action: 'create' | 'update' | 'archive', before: unknown, after: unknown) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'training_participant',
    entityId: id,
    action,
    before,
    after,
  });
}

/** A course open to changes: a cancelled course keeps its lists as they were. */
function openCourse(ctx: ApiContext, courseId: string) {
  const course = mustFindCourse(ctx, courseId);
  if (course.status === 'cancelled') throw ApiError.of('RULE_TRAINING_CLOSED');
  return course;
}

export function listParticipants(ctx: ApiContext, courseId: string): TrainingParticipant[] {
  mustFindCourse(ctx, courseId);
  return repo.listParticipants(ctx.db, courseId);
}

function insertAll(ctx: ApiContext, courseId: string, personIds: readonly string[]) {
  const at = timestamp(ctx.now());
  for (const personId of personIds) {
    const id = repo.insertParticipant(ctx.db, courseId, personId, at);
    audit(ctx, id, 'create', null, { courseId, personId });
  }
}

/** Adds people in one transaction; anyone already in the course refuses the whole batch. */
export function addParticipants(ctx: ApiContext, input: { courseId: string; personIds: string[] }) {
  return inTransaction(ctx, (): ParticipantAddResult => {
    openCourse(ctx, input.courseId);
    if (new Set(input.personIds).size !== input.personIds.length) {
      throw ApiError.fields({ personIds: t.duplicateInput }, 'CONFLICT_TRAINING_PARTICIPANT', t.duplicateInput);
    }
    const known = repo.existingPeople(ctx.db, input.personIds);
    if (input.personIds.some((id) => !known.has(id))) {
      throw ApiError.fields({ personIds: t.personMissing }, 'NOT_FOUND', t.personMissing);
    }
    const already = repo.participantPersonIds(ctx.db, input.courseId);
    const duplicate = input.personIds.find((id) => already.has(id));
    if (duplicate) {
      const message = format(t.duplicate, { name: personName(ctx, duplicate) });
      throw ApiError.fields({ personIds: message }, 'CONFLICT_TRAINING_PARTICIPANT', message);
    }
    insertAll(ctx, input.courseId, input.personIds);
    return { added: input.personIds.length, skipped: 0 };
  });
}

function personName(ctx: ApiContext, personId: string): string {
  const row = statement(ctx.db, `SELECT family_name, middle_name, given_name FROM people WHERE id = ?`).get(
    personId,
  ) as { family_name: string; middle_name: string; given_name: string };
  return fullNameOfRow(row);
}

/** "Thêm cả đơn vị": every active member of the course's militia unit and its sub-units; those already in are skipped. */
export function addUnitMembers(ctx: ApiContext, courseId: string): ParticipantAddResult {
  return inTransaction(ctx, () => {
    const course = openCourse(ctx, courseId);
    if (!course.militiaUnitId) throw ApiError.of('RULE_TRAINING_TARGET', undefined, { militiaUnitId: t.noMilitiaUnit });
    const members = statement(
      ctx.db,
      `SELECT DISTINCT person_id FROM militia_memberships
       WHERE ended_on IS NULL AND unit_id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(subtreeIds(ctx.db, course.militiaUnitId))) as Array<{ person_id: string }>;
    const already = repo.participantPersonIds(ctx.db, courseId);
    const fresh = members.map((m) => m.person_id).filter((id) => !already.has(id));
    insertAll(ctx, courseId, fresh);
    return { added: fresh.length, skipped: members.length - fresh.length };
  });
}

function mustFindParticipant(ctx: ApiContext, courseId: string | null, id: string): TrainingParticipant {
  const participant = repo.findParticipant(ctx.db, id);
  if (!participant || (courseId !== null && participant.courseId !== courseId)) {
    throw ApiError.fields({ participantId: t.participantMissing }, 'NOT_FOUND', t.participantMissing);
  }
  return participant;
}

export function removeParticipant(ctx: ApiContext, id: string): { ok: true } {
  return inTransaction(ctx, () => {
    const before = mustFindParticipant(ctx, null, id);
    openCourse(ctx, before.courseId);
    repo.deleteParticipant(ctx.db, id);
    audit(ctx, id, 'archive', before, null);
    return { ok: true as const };
  });
}

/** Totals per participant; a participant with per-day marks takes the count from the marks instead. */
export function setAttendance(ctx: ApiContext, input: AttendanceSetInput): TrainingParticipant[] {
  return inTransaction(ctx, () => {
    const course = openCourse(ctx, input.courseId);
    const at = timestamp(ctx.now());
    input.rows.forEach((row, i) => {
      const before = mustFindParticipant(ctx, input.courseId, row.participantId);
      if (before.dayMarks > 0) {
        throw ApiError.fields({ [`rows.${i}.attendedDays`]: t.totalWithDayMarks }, 'RULE_TRAINING_ATTENDANCE');
      }
      if (row.attendedDays !== null) {
        const rule = checkAttendedDays(row.attendedDays, course.plannedDays);
        if (!rule.ok) refuse(`rows.${i}.attendedDays`, rule);
      }
      repo.setEnteredDays(ctx.db, row.participantId, row.attendedDays, at);
      audit(ctx, row.participantId, 'update', before, { attendedDays: row.attendedDays });
    });
    return repo.listParticipants(ctx.db, input.courseId);
  });
}

/** Per-day marks within the course's dates; no one may end up present on more days than planned. */
export function setDayAttendance(ctx: ApiContext, input: DayAttendanceSetInput): TrainingParticipant[] {
  return inTransaction(ctx, () => {
    const course = openCourse(ctx, input.courseId);
    const at = timestamp(ctx.now());
    const touched = new Map<string, TrainingParticipant>();
    input.records.forEach((record, i) => {
      if (!touched.has(record.participantId)) {
        touched.set(record.participantId, mustFindParticipant(ctx, input.courseId, record.participantId));
      }
      const inside = checkDayInCourse(record.onDate, course.startsOn, course.endsOn);
      if (!inside.ok) refuse(`records.${i}.onDate`, inside);
      repo.setDayMark(ctx.db, record.participantId, record.onDate, record.present, at);
    });
    for (const [id, before] of touched) {
      const after = repo.findParticipant(ctx.db, id);
      if (!after) continue;
      const rule = checkPresentDays(after.presentDays, course.plannedDays);
      if (!rule.ok) throw ApiError.of('RULE_TRAINING_ATTENDANCE', undefined, { records: rule.message });
      audit(ctx, id, 'update', before, { dayMarks: after.dayMarks, presentDays: after.presentDays });
    }
    return repo.listParticipants(ctx.db, input.courseId);
  });
}

/** The course's days (for the grid) and every mark recorded. */
export function dayAttendance(ctx: ApiContext, courseId: string): TrainingDayAttendance {
  const course = mustFindCourse(ctx, courseId);
  const dates = Array.from({ length: courseSpanDays(course.startsOn, course.endsOn) }, (_, i) =>
    addDays(course.startsOn, i),
  );
  return { dates, records: repo.dayMarksOf(ctx.db, courseId) };
}

export function setResults(ctx: ApiContext, input: ResultSetInput): TrainingParticipant[] {
  return inTransaction(ctx, () => {
    openCourse(ctx, input.courseId);
    const at = timestamp(ctx.now());
    for (const row of input.rows) {
      const before = mustFindParticipant(ctx, input.courseId, row.participantId);
      repo.setResult(ctx.db, row.participantId, row.result, at);
      audit(ctx, row.participantId, 'update', before, { result: row.result });
    }
    return repo.listParticipants(ctx.db, input.courseId);
  });
}
