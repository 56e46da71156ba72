import type { Migration } from './types';

/**
 * Readiness duty (trực sẵn sàng chiến đấu) and patrols: the duty roster as
 * shifts (who, from when to when, in what role), incidents logged during duty,
 * and patrols with their area, forces and result.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'readiness-duty',
  up(db) {
    db.exec(`
      CREATE TABLE duty_shifts (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id),
        -- Local date-times 'YYYY-MM-DDTHH:MM' (no time zone: the office's own clock).
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('commander', 'duty_officer', 'member')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (ends_at > starts_at)
      ) STRICT;
      CREATE INDEX duty_shifts_starts ON duty_shifts (starts_at);
      CREATE INDEX duty_shifts_person ON duty_shifts (person_id, starts_at);

      CREATE TABLE duty_incidents (
        id TEXT PRIMARY KEY,
        occurred_at TEXT NOT NULL,
        description TEXT NOT NULL,
        action_taken TEXT NOT NULL DEFAULT '',
        reported_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX duty_incidents_at ON duty_incidents (occurred_at);

      CREATE TABLE patrols (
        id TEXT PRIMARY KEY,
        on_date TEXT NOT NULL,
        -- Times of day 'HH:MM' on on_date ('' when not recorded); an end before the start runs past midnight.
        starts_at TEXT NOT NULL DEFAULT '',
        ends_at TEXT NOT NULL DEFAULT '',
        area TEXT NOT NULL,
        locality_id TEXT REFERENCES localities (id),
        leader TEXT NOT NULL DEFAULT '',
        militia_count INTEGER NOT NULL DEFAULT 0 CHECK (militia_count >= 0),
        police_count INTEGER NOT NULL DEFAULT 0 CHECK (police_count >= 0),
        other_count INTEGER NOT NULL DEFAULT 0 CHECK (other_count >= 0),
        forces_note TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX patrols_date ON patrols (on_date);
    `);
  },
};
