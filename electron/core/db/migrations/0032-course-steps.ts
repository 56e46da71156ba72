import type { Migration } from './types';

/**
 * A course's status history, so its last step can be undone (issue 19 §3): one table for both
 * course kinds — training courses (huấn luyện) and defence-education courses (bồi dưỡng KTQP&AN),
 * told apart by `course_kind` (the course id is not a foreign key for that reason). Each row is a
 * status step or the undo of one; an undone step stays, marked. `entries_json` keeps what the
 * course's participants had recorded (attendance, results, certificates) when the step was taken,
 * so an undo can tell what was entered after it, whatever the clock says.
 */
export const migration0032: Migration = {
  version: 32,
  name: 'course-steps',
  up(db) {
    db.exec(`
      CREATE TABLE course_steps (
        id TEXT PRIMARY KEY,
        course_kind TEXT NOT NULL CHECK (course_kind IN ('training', 'defence_education')),
        course_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('step', 'undo')),
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        entries_json TEXT NOT NULL CHECK (json_valid(entries_json)),
        actor TEXT NOT NULL,
        undone_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX course_steps_course ON course_steps (course_kind, course_id, created_at);
    `);
  },
};
