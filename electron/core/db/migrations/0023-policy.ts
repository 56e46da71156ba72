import type { Migration } from './types';

/**
 * Policy work (công tác chính sách): support given to the families of serving conscripts, the
 * soldiers discharged and back at the locality (with the job and training support they got), and
 * the other policy cases the office handles. A returnee's support lines belong to him: an edit
 * replaces them and his version moves on. Kinds are the codes of vocabulary/policy.ts.
 */
export const migration0023: Migration = {
  version: 23,
  name: 'policy',
  up(db) {
    db.exec(`
      CREATE TABLE policy_family_supports (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id),
        support_on TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('visit', 'tet_gift', 'hardship', 'other')),
        amount INTEGER CHECK (amount IS NULL OR amount >= 0),
        giver TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX policy_family_supports_on ON policy_family_supports (support_on);
      CREATE INDEX policy_family_supports_person ON policy_family_supports (person_id);

      CREATE TABLE policy_returnees (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id),
        discharged_on TEXT NOT NULL,
        returned_on TEXT NOT NULL CHECK (returned_on >= discharged_on),
        reserve_registered_on TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (person_id, discharged_on)
      ) STRICT;
      CREATE INDEX policy_returnees_returned ON policy_returnees (returned_on);

      CREATE TABLE policy_returnee_supports (
        id TEXT PRIMARY KEY,
        returnee_id TEXT NOT NULL REFERENCES policy_returnees (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('job_referral', 'vocational_training', 'other')),
        support_on TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (returnee_id, position)
      ) STRICT;
      CREATE INDEX policy_returnee_supports_on ON policy_returnee_supports (support_on);

      CREATE TABLE policy_cases (
        id TEXT PRIMARY KEY,
        person_id TEXT REFERENCES people (id),
        subject_name TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('meritorious', 'demobilized', 'decision_62_2011', 'decision_49_2015',
          'decision_290_2005', 'health_insurance', 'other')),
        received_on TEXT NOT NULL,
        decision_number TEXT NOT NULL DEFAULT '',
        decision_on TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'resolved', 'ineligible')),
        resolved_on TEXT CHECK (resolved_on IS NULL OR resolved_on >= received_on),
        note TEXT NOT NULL DEFAULT '',
        -- The typed subject's name and the decision number, folded (no diacritics) for the search box.
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (person_id IS NOT NULL OR subject_name <> '')
      ) STRICT;
      CREATE INDEX policy_cases_received ON policy_cases (received_on);
    `);
  },
};
