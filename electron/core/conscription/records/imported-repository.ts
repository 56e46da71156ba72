/**
 * The SQL the import's undo needs of conscription records (imported-rows.ts): stamps, the steps a
 * record was written with, what points at a record, the closed campaign, and the deletes.
 */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';
import type { RowStamp } from '../../kernel/imported-rows';

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

/** Every row that points at a record (its steps; a reservist made from it), with the table it lives in. */
export function recordDependants(db: Database, id: string): Array<{ dependant: string; id: string }> {
  return statement(
    db,
    `SELECT 'conscription_transitions' AS dependant, id FROM conscription_transitions WHERE record_id = @id
     UNION ALL SELECT 'reservists', id FROM reservists WHERE source_record_id = @id`,
  ).all({ id }) as Array<{ dependant: string; id: string }>;
}

/** The tables `recordDependants` looks in, for the test that holds it to the schema's foreign keys. */
export const RECORD_DEPENDANT_TABLES = ['conscription_transitions', 'reservists'] as const;

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
