import type { Migration } from './types';

/**
 * Training (huấn luyện): courses for a target group with their planned days,
 * participants from the forces register (or staff), attendance per day or in
 * total, and each participant's result.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'training',
  up(db) {
    db.exec(`
      CREATE TABLE training_courses (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        target TEXT NOT NULL CHECK (target IN ('militia_first_year', 'militia_component', 'reserve_unit', 'staff', 'defence_education')),
        -- For 'militia_component': which component; a militia or reserve unit when the course is for one.
        component TEXT CHECK (component IN ('on_the_spot', 'mobile', 'standing', 'sea', 'air_defence_artillery', 'reconnaissance', 'signals', 'engineers', 'chemical_defence', 'medical')),
        militia_unit_id TEXT REFERENCES militia_units (id),
        reserve_unit_id TEXT REFERENCES reserve_units (id),
        starts_on TEXT NOT NULL,
        ends_on TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        planned_days INTEGER NOT NULL CHECK (planned_days BETWEEN 1 AND 366),
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (ends_on >= starts_on)
      ) STRICT;
      CREATE INDEX training_courses_dates ON training_courses (starts_on);

      CREATE TABLE training_participants (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES training_courses (id),
        person_id TEXT NOT NULL REFERENCES people (id),
        -- Days attended when recorded as a total; per-day attendance (below) takes precedence when present.
        attended_days INTEGER CHECK (attended_days >= 0),
        result TEXT CHECK (result IN ('excellent', 'good', 'pass', 'fail')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (course_id, person_id)
      ) STRICT;
      CREATE INDEX training_participants_person ON training_participants (person_id);

      CREATE TABLE training_attendance (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES training_participants (id),
        on_date TEXT NOT NULL,
        present INTEGER NOT NULL CHECK (present IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (participant_id, on_date)
      ) STRICT;
    `);
  },
};
