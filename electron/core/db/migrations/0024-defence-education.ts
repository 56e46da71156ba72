import type { Migration } from './types';

/**
 * Defence and security education (Law 30/2013/QH13, Decree 13/2014/NĐ-CP as amended): the courses
 * the office organises or sends its people to, their participants (people of the register, staff
 * included) with their category, result and certificate, and the office's count per year of the
 * people of each category it must have trained (the denominator of "share trained").
 *
 * The category is not a CHECK constraint: the categories are dated vocabulary that follows the
 * decree in force (defence-education/categories.ts), checked by the service on every write.
 */
export const migration0024: Migration = {
  version: 24,
  name: 'defence-education',
  up(db) {
    db.exec(`
      CREATE TABLE defence_education_courses (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        category TEXT NOT NULL,
        organiser TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        starts_on TEXT NOT NULL,
        ends_on TEXT NOT NULL,
        -- The day the plan or convening decision was made: Part II of a review lists a course planned
        -- by the period's end from it (else from created_at), so a course added later is not back-dated.
        planned_on TEXT,
        planned_participants INTEGER CHECK (planned_participants IS NULL OR planned_participants >= 0),
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (ends_on >= starts_on)
      ) STRICT;
      CREATE INDEX defence_education_courses_ends ON defence_education_courses (ends_on, status);
      CREATE INDEX defence_education_courses_starts ON defence_education_courses (starts_on);

      CREATE TABLE defence_education_participants (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES defence_education_courses (id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people (id),
        category TEXT NOT NULL,
        -- The post that puts the person in the category ("Trưởng thôn", "Bí thư chi bộ"…).
        role_title TEXT NOT NULL DEFAULT '',
        result TEXT CHECK (result IS NULL OR result IN ('excellent', 'good', 'pass', 'fail', 'absent')),
        certificate_no TEXT NOT NULL DEFAULT '',
        certificate_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (course_id, person_id),
        -- A certificate only for who completed the programme (Art. 18(4) Law 30/2013/QH13).
        CHECK (certificate_no = '' OR result IN ('excellent', 'good', 'pass'))
      ) STRICT;
      CREATE INDEX defence_education_participants_person ON defence_education_participants (person_id);

      CREATE TABLE defence_education_headcounts (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        category TEXT NOT NULL,
        headcount INTEGER NOT NULL CHECK (headcount >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (year, category)
      ) STRICT;
    `);
  },
};
