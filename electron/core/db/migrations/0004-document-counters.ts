import type { Migration } from './types';

/**
 * Document numbers run per year and per document type ("Số: 05/BC-BCH"); the
 * office can see and correct the last number used (e.g. after numbering a
 * paper document by hand).
 */
export const migration0004: Migration = {
  version: 4,
  name: 'document-counters',
  up(db) {
    db.exec(`
      CREATE TABLE document_counters (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        type_code TEXT NOT NULL,
        last_number INTEGER NOT NULL CHECK (last_number >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (year, type_code)
      ) STRICT;
    `);
  },
};
