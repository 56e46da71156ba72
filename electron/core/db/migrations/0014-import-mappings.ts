import type { Migration } from './types';

/**
 * The column mapping the user confirmed for a sheet layout (the folded headers
 * in order, hashed: `layoutKey` in import/mapping.ts), per import target, so
 * the next file of the same shape is proposed the same mapping.
 */
export const migration0014: Migration = {
  version: 14,
  name: 'import-mappings',
  up(db) {
    db.exec(`
      CREATE TABLE import_mappings (
        id TEXT PRIMARY KEY,
        target TEXT NOT NULL CHECK (target IN ('people', 'conscription', 'militia', 'reservists')),
        layout_key TEXT NOT NULL,
        -- JSON: { "column index": field key or null } for every column of the header.
        mapping_json TEXT NOT NULL,
        -- JSON: { "column index": 'unicode' | 'tcvn3' | 'vni' } for the columns the user set by hand.
        encodings_json TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (target, layout_key)
      ) STRICT;
    `);
  },
};
