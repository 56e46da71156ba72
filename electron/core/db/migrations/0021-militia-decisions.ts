import type { Migration } from './types';

/**
 * Decisions deferring or exempting a person from militia duty (Art. 11 Luật DQTV 48/2019): the
 * kind, the case of the article (clause-point, e.g. '1-a'), who decided and when, and — for a
 * deferral only — the last day it holds. A deferral's case is in clause 1 and an exemption's in
 * clause 2; an exemption has no end (CHECKs, so no other path can store a mismatched row).
 */
export const migration0021: Migration = {
  // 20 on this branch alone (the runner wants no gap); the integrator makes it 21 after police's 0020.
  version: 21,
  name: 'militia-decisions',
  up(db) {
    db.exec(`
      CREATE TABLE militia_decisions (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id),
        kind TEXT NOT NULL CHECK (kind IN ('deferral', 'exemption')),
        point TEXT NOT NULL CHECK (point IN ('1-a', '1-b', '1-c', '1-d', '1-e', '1-g', '1-h',
          '2-a', '2-b', '2-c', '2-d', '2-đ')),
        decided_on TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        valid_until TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK ((kind = 'deferral') = (substr(point, 1, 1) = '1')),
        CHECK ((kind = 'deferral') = (valid_until IS NOT NULL)),
        CHECK (valid_until IS NULL OR valid_until >= decided_on)
      ) STRICT;
      CREATE INDEX militia_decisions_person ON militia_decisions (person_id, decided_on);
      CREATE INDEX militia_decisions_decided ON militia_decisions (decided_on, id);
    `);
  },
};
