import type { Migration } from './types';

/** Audit trail, office profile, localities with name history, people register. */
export const migration0001: Migration = {
  version: 1,
  name: 'core',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);

      CREATE TABLE office_profiles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        parent_body TEXT NOT NULL,
        place_name TEXT NOT NULL,
        symbol TEXT NOT NULL,
        signers_json TEXT NOT NULL CHECK (json_valid(signers_json)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE localities (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('ward', 'commune', 'town', 'village', 'residential_group')),
        parent_id TEXT REFERENCES localities (id),
        retired_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX localities_parent ON localities (parent_id);

      -- A locality's names over time: renames close one row and open the next,
      -- so a record dated before the rename can still show the old name.
      CREATE TABLE locality_names (
        id TEXT PRIMARY KEY,
        locality_id TEXT NOT NULL REFERENCES localities (id),
        name TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_to TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX locality_names_locality ON locality_names (locality_id, valid_from);
      CREATE UNIQUE INDEX locality_names_current ON locality_names (locality_id) WHERE valid_to IS NULL;

      CREATE TABLE people (
        id TEXT PRIMARY KEY,
        family_name TEXT NOT NULL,
        middle_name TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
        citizen_id TEXT,
        locality_id TEXT REFERENCES localities (id),
        address TEXT NOT NULL DEFAULT '',
        phone TEXT,
        ethnicity TEXT NOT NULL DEFAULT '',
        religion TEXT NOT NULL DEFAULT '',
        education TEXT NOT NULL DEFAULT '',
        occupation TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        -- Derived from the name and citizen ID on every write: accent-free search text
        -- and binary sort keys in Vietnamese order (see shared/vietnamese-text.ts).
        search_text TEXT NOT NULL,
        sort_given TEXT NOT NULL,
        sort_middle TEXT NOT NULL,
        sort_family TEXT NOT NULL,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX people_sort ON people (archived_at, sort_given, sort_middle, sort_family, id);
      CREATE INDEX people_locality ON people (locality_id);
      CREATE INDEX people_birth ON people (archived_at, birth_date);
      CREATE INDEX people_citizen_id ON people (citizen_id);
    `);
  },
};
