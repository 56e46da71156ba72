import type { Migration } from './types';

/**
 * Exercises (diễn tập): an editable list of types (four built in), each
 * exercise with its plan, actual dates, status, forces taking part, rating and
 * lessons, the units from the forces register, and its documents by number.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'exercises',
  up(db) {
    db.exec(`
      CREATE TABLE exercise_types (
        id TEXT PRIMARY KEY,
        -- The built-in types keep a key (for figures by type); the office's own have none.
        builtin TEXT UNIQUE CHECK (builtin IN ('combat_defence', 'disaster_rescue', 'command_staff', 'other')),
        name TEXT NOT NULL UNIQUE,
        sort_order INTEGER NOT NULL DEFAULT 0,
        retired_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE exercises (
        id TEXT PRIMARY KEY,
        type_id TEXT NOT NULL REFERENCES exercise_types (id),
        level TEXT NOT NULL CHECK (level IN ('commune', 'region', 'province')),
        title TEXT NOT NULL,
        locality_id TEXT REFERENCES localities (id),
        planned_on TEXT NOT NULL,
        planned_until TEXT,
        started_on TEXT,
        ended_on TEXT,
        status TEXT NOT NULL CHECK (status IN ('planned', 'preparing', 'done', 'cancelled')),
        cancel_reason TEXT NOT NULL DEFAULT '',
        lead_body TEXT NOT NULL DEFAULT '',
        directing_officer TEXT NOT NULL DEFAULT '',
        militia_count INTEGER NOT NULL DEFAULT 0 CHECK (militia_count >= 0),
        reservist_count INTEGER NOT NULL DEFAULT 0 CHECK (reservist_count >= 0),
        police_count INTEGER NOT NULL DEFAULT 0 CHECK (police_count >= 0),
        other_count INTEGER NOT NULL DEFAULT 0 CHECK (other_count >= 0),
        scenario TEXT NOT NULL DEFAULT '',
        rating TEXT CHECK (rating IN ('outstanding', 'excellent', 'good', 'pass', 'fail')),
        lessons TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX exercises_planned ON exercises (planned_on);

      CREATE TABLE exercise_units (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL REFERENCES exercises (id),
        militia_unit_id TEXT REFERENCES militia_units (id),
        reserve_unit_id TEXT REFERENCES reserve_units (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK ((militia_unit_id IS NULL) <> (reserve_unit_id IS NULL))
      ) STRICT;
      CREATE INDEX exercise_units_exercise ON exercise_units (exercise_id);

      CREATE TABLE exercise_attachments (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL REFERENCES exercises (id),
        document_number TEXT NOT NULL,
        document_date TEXT,
        summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX exercise_attachments_exercise ON exercise_attachments (exercise_id);

      INSERT INTO exercise_types (id, builtin, name, sort_order, created_at, updated_at) VALUES
        ('00000000-0000-4000-8000-000000000001', 'combat_defence', 'Diễn tập chiến đấu phòng thủ trong khu vực phòng thủ', 1,
          strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
        ('00000000-0000-4000-8000-000000000002', 'disaster_rescue', 'Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn (PCTT-TKCN)', 2,
          strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
        ('00000000-0000-4000-8000-000000000003', 'command_staff', 'Diễn tập chỉ huy – tham mưu', 3,
          strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')),
        ('00000000-0000-4000-8000-000000000004', 'other', 'Diễn tập khác', 4,
          strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ'));
    `);
  },
};
