import type { Migration } from './types';

/**
 * Political education and legal propaganda sessions (buổi giáo dục chính trị, tuyên truyền, phổ
 * biến pháp luật) and the military discipline breaches of militia members and reservists.
 *
 * A session names the unit it was held for by kind and, for a militia unit or a locality, its id;
 * the name is kept as recorded on the day (a unit renamed later keeps the session's wording).
 * A breach points at the person; its force is the register he was on at the breach's date.
 */
export const migration0025: Migration = {
  version: 25,
  name: 'political-discipline',
  up(db) {
    db.exec(`
      CREATE TABLE political_sessions (
        id TEXT PRIMARY KEY,
        held_on TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('political', 'legal', 'thematic')),
        unit_kind TEXT NOT NULL CHECK (unit_kind IN ('militia', 'reserve', 'staff', 'locality')),
        unit_id TEXT,
        unit_name TEXT NOT NULL,
        topic TEXT NOT NULL,
        standard_topic TEXT,
        presenter TEXT NOT NULL DEFAULT '',
        planned INTEGER NOT NULL CHECK (planned >= 1),
        present INTEGER NOT NULL CHECK (present >= 0 AND present <= planned),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (unit_id IS NULL OR unit_kind IN ('militia', 'locality'))
      ) STRICT;
      CREATE INDEX political_sessions_date ON political_sessions (held_on);

      CREATE TABLE discipline_breaches (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id),
        force TEXT NOT NULL CHECK (force IN ('militia', 'reserves')),
        occurred_on TEXT NOT NULL,
        description TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('reviewing', 'handled')),
        form TEXT CHECK (form IN ('reminder', 'reprimand', 'warning', 'rank_demotion', 'demotion', 'dismissal', 'stripped')),
        decision_number TEXT NOT NULL DEFAULT '',
        handled_on TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (status = 'reviewing' OR (form IS NOT NULL AND handled_on IS NOT NULL)),
        CHECK (handled_on IS NULL OR handled_on >= occurred_on)
      ) STRICT;
      CREATE INDEX discipline_breaches_date ON discipline_breaches (occurred_on);
      CREATE INDEX discipline_breaches_person ON discipline_breaches (person_id);
    `);
  },
};
