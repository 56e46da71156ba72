import type { Migration } from './types';

/**
 * The commune police's quarterly notices to the commune command (Decree 220/2025/NĐ-CP, amending
 * Decree 13/2016/NĐ-CP): each notice names the quarter it reports, and its lines name the citizens
 * detained, moved away or moved in. A line points at a person of the register when the office has
 * him; otherwise it keeps the name, birth date and ID number as the police wrote them. Lines belong
 * to their notice: an edit replaces them, and the notice's version moves on.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'police-notices',
  up(db) {
    db.exec(`
      CREATE TABLE police_notices (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        received_on TEXT NOT NULL,
        sender TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX police_notices_quarter ON police_notices (year, quarter, received_on);

      CREATE TABLE police_notice_lines (
        id TEXT PRIMARY KEY,
        notice_id TEXT NOT NULL REFERENCES police_notices (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        person_id TEXT REFERENCES people (id),
        full_name TEXT NOT NULL DEFAULT '',
        birth_date TEXT,
        id_number TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('detention', 'moved_away', 'moved_in', 'other')),
        event_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        -- Every record table has them (a schema test checks it); an edit rewrites the lines.
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (person_id IS NOT NULL OR full_name <> ''),
        UNIQUE (notice_id, position)
      ) STRICT;
      CREATE INDEX police_notice_lines_person ON police_notice_lines (person_id);
    `);
  },
};
