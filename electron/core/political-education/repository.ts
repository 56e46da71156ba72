import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type FocusAnswer, focusedCountAndPage } from '../db/paging';
import { newId, updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { standardTopics, type SessionKind, type StandardTopic } from './constants';
import type { PoliticalSession, PoliticalUnitFigures } from './public-types';
import type { SessionCreateInput, SessionListInput } from './schema';

const SELECT = `SELECT s.id, s.held_on AS heldOn, s.kind, s.unit_kind AS unitKind, s.unit_id AS unitId,
    s.unit_name AS unitName, s.topic, s.standard_topic AS standardTopic, s.presenter, s.planned, s.present,
    s.note, s.version
  FROM political_sessions s`;

type Row = Omit<PoliticalSession, 'renewal'>;

const toSession = (row: Row): PoliticalSession => ({
  ...row,
  renewal: row.standardTopic !== null && standardTopics[row.standardTopic].renewal,
});

export function listSessions(
  db: Database,
  input: SessionListInput,
): { rows: PoliticalSession[]; total: number } & FocusAnswer {
  const where = whereClause([
    input.from !== undefined && ['s.held_on >= @from', { from: input.from }],
    input.to !== undefined && ['s.held_on <= @to', { to: input.to }],
    input.kind !== undefined && ['s.kind = @kind', { kind: input.kind }],
    input.unitKind !== undefined && ['s.unit_kind = @unitKind', { unitKind: input.unitKind }],
  ]);
  const { rows, ...page } = focusedCountAndPage<Row>(
    db,
    {
      countFrom: 'political_sessions s',
      select: SELECT,
      where,
      // The latest first, as the office reads its log.
      orderBy: 's.held_on DESC, s.created_at DESC, s.id',
    },
    input,
  );
  return { rows: rows.map(toSession), ...page };
}

export function findSession(db: Database, id: string): PoliticalSession | null {
  const row = statement(db, `${SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
  return row ? toSession(row) : null;
}

const params = (f: SessionCreateInput) => ({
  heldOn: f.heldOn,
  kind: f.kind,
  unitKind: f.unitKind,
  unitId: f.unitId,
  unitName: f.unitName,
  topic: f.topic,
  standardTopic: f.standardTopic,
  presenter: f.presenter,
  planned: f.planned,
  present: f.present,
  note: f.note,
});

export function insertSession(db: Database, f: SessionCreateInput, at: string): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO political_sessions (id, held_on, kind, unit_kind, unit_id, unit_name, topic, standard_topic,
       presenter, planned, present, note, created_at, updated_at, version)
     VALUES (@id, @heldOn, @kind, @unitKind, @unitId, @unitName, @topic, @standardTopic, @presenter, @planned,
       @present, @note, @at, @at, 1)`,
  ).run({ id, at, ...params(f) });
  return id;
}

/** false when the session is not at `version` any more (a concurrent edit). */
export function updateSession(db: Database, id: string, version: number, f: SessionCreateInput, at: string): boolean {
  return updateAtVersion(
    db,
    'political_sessions',
    `held_on = @heldOn, kind = @kind, unit_kind = @unitKind, unit_id = @unitId, unit_name = @unitName,
     topic = @topic, standard_topic = @standardTopic, presenter = @presenter, planned = @planned,
     present = @present, note = @note`,
    { id, version, at },
    params(f),
  );
}

type Range = { from: string; to: string };

/** Sessions and attendance over [from, to] per kind (and in total from their sum). */
export function totalsByKind(
  db: Database,
  range: Range,
): { kind: SessionKind; n: number; planned: number; present: number }[] {
  return statement(
    db,
    `SELECT kind, COUNT(*) AS n, SUM(planned) AS planned, SUM(present) AS present FROM political_sessions
     WHERE held_on BETWEEN @from AND @to GROUP BY kind`,
  ).all(range) as { kind: SessionKind; n: number; planned: number; present: number }[];
}

/** Sessions over [from, to] whose standard topic is one of `topics`. */
export function countWithTopics(db: Database, range: Range, topics: readonly StandardTopic[]): number {
  return (
    statement(
      db,
      `SELECT COUNT(*) AS n FROM political_sessions
       WHERE held_on BETWEEN @from AND @to AND standard_topic IN (SELECT value FROM json_each(@topics))`,
    ).get({ ...range, topics: JSON.stringify(topics) }) as { n: number }
  ).n;
}

/**
 * Per unit over [from, to] (the service orders them): a unit picked from a register is one unit whatever its recorded name
 * (the latest name shown); a named unit is one unit per kind and name.
 */
export function totalsByUnit(db: Database, range: Range): PoliticalUnitFigures[] {
  return statement(
    db,
    `SELECT unit_kind AS unitKind, unit_id AS unitId,
       (SELECT l.unit_name FROM political_sessions l
        WHERE l.unit_kind = s.unit_kind AND l.held_on BETWEEN @from AND @to
          AND ((s.unit_id IS NOT NULL AND l.unit_id = s.unit_id) OR (s.unit_id IS NULL AND l.unit_id IS NULL AND l.unit_name = s.unit_name))
        ORDER BY l.held_on DESC, l.id LIMIT 1) AS unitName,
       COUNT(*) AS sessions, SUM(planned) AS planned, SUM(present) AS present
     FROM political_sessions s WHERE held_on BETWEEN @from AND @to
     GROUP BY unit_kind, COALESCE(unit_id, ''), CASE WHEN unit_id IS NULL THEN unit_name ELSE '' END`,
  ).all(range) as PoliticalUnitFigures[];
}
