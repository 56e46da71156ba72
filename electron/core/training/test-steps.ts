/**
 * Office steps for the core's tests: people put on a training course and their days attended and
 * results recorded, as the course screen does (add, then the attendance and results tables).
 */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';

/** One participant's line: who, how many days, what result. */
export interface ParticipantResult {
  personId: string;
  attendedDays: number;
  result: string;
}

/** Adds the people to the course, then records each one's days attended and result. */
export async function recordCourseResults(core: Core, courseId: string, lines: readonly ParticipantResult[]) {
  await call(core, 'training.participant.add', { courseId, personIds: lines.map((l) => l.personId) });
  const participants = await call<Array<{ id: string; personId: string }>>(core, 'training.participant.list', {
    courseId,
  });
  const idOf = (line: ParticipantResult) => participants.find((p) => p.personId === line.personId)!.id;
  await call(core, 'training.participant.setAttendance', {
    courseId,
    rows: lines.map((l) => ({ participantId: idOf(l), attendedDays: l.attendedDays })),
  });
  await call(core, 'training.participant.setResult', {
    courseId,
    rows: lines.map((l) => ({ participantId: idOf(l), result: l.result })),
  });
}
