/**
 * The SQL the import's undo needs of conscription records (imported-rows.ts): stamps, the steps a
 * record was written with, what points at a record, the closed campaign, and the deletes.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';
import { dependantsSql, type DependantLink, type RowStamp } from '../../kernel/imported-rows';

export function recordStamp(db: Database, id: string): RowStamp | null {
  const row = statement(db, `SELECT version, updated_at AS updatedAt FROM conscription_records WHERE id = ?`).get(id);
  return (row as RowStamp | undefined) ?? null;
}

export function transitionStamp(db: Database, id: string): RowStamp | null {
  const row = statement(db, `SELECT version, updated_at AS updatedAt FROM conscription_transitions WHERE id = ?`).get(
    id,
  );
  return (row as RowStamp | undefined) ?? null;
}

/** The ids of a record's steps, in the order they were written. */
export function transitionIdsOf(db: Database, recordId: string): string[] {
  return statement(db, `SELECT id FROM conscription_transitions WHERE record_id = ? ORDER BY rowid`)
    .pluck()
    .all(recordId) as string[];
}

/**
 * Every foreign key column that points at a record (its steps; a reservist made from it): the one
 * list both the query below and import/undo-faces.test.ts (against the schema) read.
 */
export const RECORD_DEPENDANTS: readonly DependantLink[] = [
  { table: 'conscription_transitions', column: 'record_id' },
  { table: 'reservists', column: 'source_record_id' },
];

const RECORD_DEPENDANTS_SQL = dependantsSql(RECORD_DEPENDANTS);

/** Every row that points at a record, with the table it lives in. */
export function recordDependants(db: Database, id: string): Array<{ dependant: string; id: string }> {
  return statement(db, RECORD_DEPENDANTS_SQL).all({ id }) as Array<{ dependant: string; id: string }>;
}

/**
 * The year of the closed campaign a record belongs to, or null while the campaign is open: a
 * closed campaign's records are its final result, never taken back by an undo.
 */
export function closedCampaignYearOf(db: Database, recordId: string): number | null {
  const row = statement(
    db,
    `SELECT c.year FROM conscription_records r JOIN conscription_campaigns c ON c.id = r.campaign_id
      WHERE r.id = ? AND c.status = 'closed'`,
  ).get(recordId) as { year: number } | undefined;
  return row ? row.year : null;
}

export function transitionRow(db: Database, id: string): Record<string, unknown> | null {
  return (
    (statement(db, `SELECT * FROM conscription_transitions WHERE id = ?`).get(id) as
      Record<string, unknown> | undefined) ?? null
  );
}

export function deleteTransition(db: Database, id: string): boolean {
  return statement(db, `DELETE FROM conscription_transitions WHERE id = ?`).run(id).changes === 1;
}

export function deleteRecord(db: Database, id: string): boolean {
  return statement(db, `DELETE FROM conscription_records WHERE id = ?`).run(id).changes === 1;
}
