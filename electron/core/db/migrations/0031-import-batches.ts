import type { Migration } from './types';

/**
 * Each committed import is a batch the user can undo while nothing has touched its rows since:
 * the batch (who, when, which file, the counts) and every row it wrote — created rows with the
 * version they had at the end of the import, updated people with their values before it.
 * Row ids are not foreign keys: a batch spans several tables, and undoing it deletes them.
 */
export const migration0031: Migration = {
  version: 31,
  name: 'import-batches',
  up(db) {
    db.exec(`
      CREATE TABLE import_batches (
        id TEXT PRIMARY KEY,
        target TEXT NOT NULL CHECK (target IN ('people', 'conscription', 'militia', 'reservists')),
        file_name TEXT NOT NULL,
        sheet TEXT NOT NULL,
        actor TEXT NOT NULL,
        created_count INTEGER NOT NULL,
        updated_count INTEGER NOT NULL,
        skipped_count INTEGER NOT NULL,
        people_created INTEGER NOT NULL,
        people_updated INTEGER NOT NULL,
        undone_at TEXT,
        undone_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX import_batches_target ON import_batches (target, created_at);

      CREATE TABLE import_batch_rows (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES import_batches (id),
        -- The order rows were written in: undo deletes in the reverse order (children first).
        seq INTEGER NOT NULL,
        table_name TEXT NOT NULL,
        row_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update')),
        -- The row's version (or updated_at, for tables without one) when the import ended.
        row_version INTEGER,
        row_updated_at TEXT,
        -- update: the person as it was before the import (JSON), restored by an undo.
        before_json TEXT,
        -- Where the row came from, for the messages that name it: the Excel row and the person's name.
        excel_row INTEGER,
        label TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (batch_id, seq)
      ) STRICT;
    `);
  },
};
