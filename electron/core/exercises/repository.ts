import type { Database } from 'better-sqlite3-multiple-ciphers';
import { deleteAtVersion, newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { localityNameOn } from '../localities';
import type { Exercise, ExerciseAttachment, ExerciseRow, ExerciseUnit } from './public-types';
import { halfYearRange } from './rules';
import type { AttachmentAddInput, ExerciseCreateInput, ExerciseListInput } from './schema';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { whereClause } from '../db/where';

interface Row {
  id: string;
  type_id: string;
  type_name: string;
  type_builtin: ExerciseRow['typeBuiltin'];
  level: ExerciseRow['level'];
  title: string;
  locality_id: string | null;
  locality_name: string | null;
  planned_on: string;
  planned_until: string | null;
  started_on: string | null;
  ended_on: string | null;
  status: ExerciseRow['status'];
  rating: ExerciseRow['rating'];
  version: number;
  cancel_reason: string;
  lead_body: string;
  directing_officer: string;
  militia_count: number;
  reservist_count: number;
  police_count: number;
  other_count: number;
  scenario: string;
  lessons: string;
}

const toRow = (r: Row): ExerciseRow => ({
  id: r.id,
  typeId: r.type_id,
  typeName: r.type_name,
  typeBuiltin: r.type_builtin,
  level: r.level,
  title: r.title,
  localityId: r.locality_id,
  localityName: r.locality_name,
  plannedOn: r.planned_on,
  plannedUntil: r.planned_until,
  startedOn: r.started_on,
  endedOn: r.ended_on,
  status: r.status,
  rating: r.rating,
  version: r.version,
});

// The locality's name as on the planned date, so an old exercise keeps the old ward name.
const SELECT = `SELECT e.*, t.name AS type_name, t.builtin AS type_builtin,
    ${localityNameOn('e.locality_id').replaceAll('@asOf', 'e.planned_on')} AS locality_name
  FROM exercises e JOIN exercise_types t ON t.id = e.type_id`;

function where(input: ExerciseListInput) {
  const range =
    input.year === undefined
      ? null
      : input.half
        ? halfYearRange(input.year, input.half)
        : { from: `${input.year}-01-01`, to: `${input.year}-12-31` };
  return whereClause([
    range && ['e.planned_on BETWEEN @from AND @to', range],
    input.typeId && ['e.type_id = @typeId', { typeId: input.typeId }],
    input.level && ['e.level = @level', { level: input.level }],
    input.status && ['e.status = @status', { status: input.status }],
    input.localityId && ['e.locality_id = @localityId', { localityId: input.localityId }],
  ]);
}

const EXERCISE_ORDER = 'e.planned_on, vi_sort_key(e.title), e.id';

export function listExercises(
  db: Database,
  input: ExerciseListInput,
): { rows: ExerciseRow[]; total: number } & FocusAnswer {
  const query = { countFrom: 'exercises e', select: SELECT, where: where(input), orderBy: EXERCISE_ORDER };
  const { rows, ...page } = focusedCountAndPage<Row>(db, query, input);
  return { rows: rows.map(toRow), ...page };
}

export function findExercise(db: Database, id: string): Omit<Exercise, 'units' | 'attachments' | 'steps'> | null {
  const r = statement(db, `${SELECT} WHERE e.id = ?`).get(id) as Row | undefined;
  if (!r) return null;
  return {
    ...toRow(r),
    cancelReason: r.cancel_reason,
    leadBody: r.lead_body,
    directingOfficer: r.directing_officer,
    militiaCount: r.militia_count,
    reservistCount: r.reservist_count,
    policeCount: r.police_count,
    otherCount: r.other_count,
    scenario: r.scenario,
    lessons: r.lessons,
  };
}

type PlanValues = Omit<ExerciseCreateInput, 'militiaUnitIds' | 'reserveUnitIds'>;

export function insertExercise(db: Database, v: PlanValues, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO exercises (id, type_id, level, title, locality_id, planned_on, planned_until, status,
       lead_body, directing_officer, militia_count, reservist_count, police_count, other_count, scenario,
       created_at, updated_at, version)
     VALUES (@id, @typeId, @level, @title, @localityId, @plannedOn, @plannedUntil, 'planned',
       @leadBody, @directingOfficer, @militiaCount, @reservistCount, @policeCount, @otherCount, @scenario,
       @at, @at, 1)`,
  ).run({ ...pick(v), id, at });
  return id;
}

export function updateExercise(db: Database, v: PlanValues & { id: string; version: number }, at: string): boolean {
  return updateAtVersion(
    db,
    'exercises',
    `type_id = @typeId, level = @level, title = @title, locality_id = @localityId, planned_on = @plannedOn,
       planned_until = @plannedUntil, lead_body = @leadBody, directing_officer = @directingOfficer,
       militia_count = @militiaCount, reservist_count = @reservistCount, police_count = @policeCount,
       other_count = @otherCount, scenario = @scenario`,
    { id: v.id, version: v.version, at },
    pick(v),
  );
}

function pick(v: PlanValues) {
  return {
    typeId: v.typeId,
    level: v.level,
    title: v.title,
    localityId: v.localityId,
    plannedOn: v.plannedOn,
    plannedUntil: v.plannedUntil,
    leadBody: v.leadBody,
    directingOfficer: v.directingOfficer,
    militiaCount: v.militiaCount,
    reservistCount: v.reservistCount,
    policeCount: v.policeCount,
    otherCount: v.otherCount,
    scenario: v.scenario,
  };
}

export interface StatusValues {
  id: string;
  version: number;
  status: ExerciseRow['status'];
  startedOn: string | null;
  endedOn: string | null;
  rating: ExerciseRow['rating'];
  lessons: string;
  cancelReason: string;
}

export function setStatus(db: Database, v: StatusValues, at: string): boolean {
  return updateAtVersion(
    db,
    'exercises',
    `status = @status, started_on = @startedOn, ended_on = @endedOn, rating = @rating, lessons = @lessons,
       cancel_reason = @cancelReason`,
    { id: v.id, version: v.version, at },
    v,
  );
}

export function listUnits(db: Database, exerciseId: string): ExerciseUnit[] {
  const rows = statement(
    db,
    `SELECT x.id, x.militia_unit_id, x.reserve_unit_id, COALESCE(m.name, r.name) AS name
       FROM exercise_units x
       LEFT JOIN militia_units m ON m.id = x.militia_unit_id
       LEFT JOIN reserve_units r ON r.id = x.reserve_unit_id
      WHERE x.exercise_id = ? ORDER BY x.militia_unit_id IS NULL, vi_sort_key(COALESCE(m.name, r.name)), x.id`,
  ).all(exerciseId) as Array<{
    id: string;
    militia_unit_id: string | null;
    reserve_unit_id: string | null;
    name: string;
  }>;
  return rows.map((r) => ({
    id: r.id,
    kind: r.militia_unit_id ? 'militia' : 'reserve',
    unitId: (r.militia_unit_id ?? r.reserve_unit_id) as string,
    name: r.name,
  }));
}

export function unitExists(db: Database, kind: 'militia' | 'reserve', id: string): boolean {
  const table = kind === 'militia' ? 'militia_units' : 'reserve_units';
  return statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function insertUnit(db: Database, exerciseId: string, kind: 'militia' | 'reserve', unitId: string, at: string) {
  statement(
    db,
    `INSERT INTO exercise_units (id, exercise_id, militia_unit_id, reserve_unit_id, created_at, updated_at, version)
     VALUES (@id, @exerciseId, @militia, @reserve, @at, @at, 1)`,
  ).run({
    id: newId(),
    exerciseId,
    militia: kind === 'militia' ? unitId : null,
    reserve: kind === 'reserve' ? unitId : null,
    at,
  });
}

export function deleteUnit(db: Database, id: string): void {
  statement(db, `DELETE FROM exercise_units WHERE id = ?`).run(id);
}

interface AttachmentRow {
  id: string;
  exercise_id: string;
  document_number: string;
  document_date: string | null;
  summary: string;
  version: number;
}

const toAttachment = (r: AttachmentRow): ExerciseAttachment => ({
  id: r.id,
  exerciseId: r.exercise_id,
  documentNumber: r.document_number,
  documentDate: r.document_date,
  summary: r.summary,
  version: r.version,
});

export function listAttachments(db: Database, exerciseId: string): ExerciseAttachment[] {
  return (
    statement(
      db,
      `SELECT * FROM exercise_attachments WHERE exercise_id = ? ORDER BY document_date IS NULL, document_date, created_at, id`,
    ).all(exerciseId) as AttachmentRow[]
  ).map(toAttachment);
}

export function findAttachment(db: Database, id: string): ExerciseAttachment | null {
  const r = statement(db, `SELECT * FROM exercise_attachments WHERE id = ?`).get(id) as AttachmentRow | undefined;
  return r ? toAttachment(r) : null;
}

export function insertAttachment(db: Database, v: AttachmentAddInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO exercise_attachments (id, exercise_id, document_number, document_date, summary, created_at, updated_at, version)
     VALUES (@id, @exerciseId, @documentNumber, @documentDate, @summary, @at, @at, 1)`,
  ).run({ ...v, id, at });
  return id;
}

export function deleteAttachment(db: Database, id: string, version: number): boolean {
  return deleteAtVersion(db, 'exercise_attachments', id, version);
}
