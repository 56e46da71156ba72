import type { Migration } from './types';

/**
 * A way back from mistakes (issue 19 §3).
 * - `exercise_steps`: an exercise's history — each status step, each recorded correction of a
 *   done or cancelled exercise's facts (with the reason and the old values), each undone step.
 *   The status facts before and after are kept as JSON so an undo restores exactly what was there.
 * - `conscription_transitions` gain what an undo needs: the record's facts before the step, the
 *   record's version right after it (a later change means something depends on the step), and
 *   when and why the step was undone (the row stays in the history, marked).
 */
export const migration0030: Migration = {
  version: 30,
  name: 'way-back',
  up(db) {
    db.exec(`
      CREATE TABLE exercise_steps (
        id TEXT PRIMARY KEY,
        exercise_id TEXT NOT NULL REFERENCES exercises (id),
        kind TEXT NOT NULL CHECK (kind IN ('step', 'correction', 'undo')),
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        before_json TEXT NOT NULL CHECK (json_valid(before_json)),
        after_json TEXT NOT NULL CHECK (json_valid(after_json)),
        actor TEXT NOT NULL,
        undone_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX exercise_steps_exercise ON exercise_steps (exercise_id, created_at);
      ALTER TABLE conscription_transitions ADD COLUMN before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json));
      ALTER TABLE conscription_transitions ADD COLUMN record_version INTEGER;
      ALTER TABLE conscription_transitions ADD COLUMN undone_at TEXT;
      ALTER TABLE conscription_transitions ADD COLUMN undo_reason TEXT NOT NULL DEFAULT '';
    `);
  },
};
