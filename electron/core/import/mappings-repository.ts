/** The mapping remembered per sheet layout and target (table import_mappings, migration 0014). */
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId } from '../db/records';
import { statement } from '../db/statements';
import type { TextEncoding } from './legacy-encoding';
import type { ImportFieldKey, ImportTarget } from './mapping';

export interface RememberedMapping {
  /** Column index (as text) → field, or null for a column left out. */
  mapping: Record<string, ImportFieldKey | null>;
  /** Column index (as text) → the encoding the user chose by hand. */
  encodings: Record<string, TextEncoding>;
}

export function findMapping(db: Database, target: ImportTarget, layoutKey: string): RememberedMapping | null {
  const row = statement(
    db,
    'SELECT mapping_json, encodings_json FROM import_mappings WHERE target = ? AND layout_key = ?',
  ).get(target, layoutKey) as { mapping_json: string; encodings_json: string } | undefined;
  if (!row) return null;
  return {
    mapping: JSON.parse(row.mapping_json) as RememberedMapping['mapping'],
    encodings: JSON.parse(row.encodings_json) as RememberedMapping['encodings'],
  };
}

export function saveMapping(
  db: Database,
  target: ImportTarget,
  layoutKey: string,
  remembered: RememberedMapping,
  at: string,
): void {
  statement(
    db,
    `INSERT INTO import_mappings (id, target, layout_key, mapping_json, encodings_json, created_at, updated_at, version)
     VALUES (@id, @target, @layoutKey, @mapping, @encodings, @at, @at, 1)
     ON CONFLICT (target, layout_key) DO UPDATE SET mapping_json = excluded.mapping_json,
       encodings_json = excluded.encodings_json, updated_at = excluded.updated_at, version = version + 1`,
  ).run({
    id: newId(),
    target,
    layoutKey,
    mapping: JSON.stringify(remembered.mapping),
    encodings: JSON.stringify(remembered.encodings),
    at,
  });
}
