import type { Migration } from './types';

/**
 * The review meeting (Hội nghị sơ kết / tổng kết) of a report period: when and where it was held,
 * who chaired it, the guests, and the tasks it concluded. It is keyed by the period (kind and its
 * dates), not by a report, so a meeting can be recorded before its report is written and the report
 * of that period finds it; one meeting per period. Guests and conclusions are lists of lines (JSON
 * arrays of strings), shown and printed in the order typed.
 */
export const migration0028: Migration = {
  version: 28,
  name: 'review-meetings',
  up(db) {
    db.exec(`
      CREATE TABLE review_meetings (
        id TEXT PRIMARY KEY,
        period_kind TEXT NOT NULL CHECK (period_kind IN ('h1', 'h2', 'year', 'custom')),
        date_from TEXT NOT NULL,
        date_to TEXT NOT NULL,
        held_on TEXT NOT NULL,
        place TEXT NOT NULL,
        chair_name TEXT NOT NULL,
        chair_position TEXT NOT NULL,
        guests_json TEXT NOT NULL DEFAULT '[]',
        conclusions_json TEXT NOT NULL DEFAULT '[]',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (date_to >= date_from),
        UNIQUE (period_kind, date_from, date_to)
      ) STRICT;
      CREATE INDEX review_meetings_held_on ON review_meetings (held_on);
      CREATE INDEX review_meetings_date_to ON review_meetings (date_to);
    `);
  },
};
