import type { Migration } from './types';

/** The columns every table has (house rules), after its own. */
const TAIL = `created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1`;

/**
 * A projection: one row per live record of one entity of one origin, the columns the aggregated
 * views read, filled at merge time by the receiving code (exchange/receiving/projections.ts).
 */
function projection(table: string, columns: string, indexes: string[] = []): string {
  return `
      CREATE TABLE ${table} (
        id TEXT PRIMARY KEY,
        origin_code TEXT NOT NULL,
        gid TEXT NOT NULL,
        ${columns},
        ${TAIL},
        UNIQUE (origin_code, gid)
      ) STRICT;
      ${indexes.map((cols, i) => `CREATE INDEX ${table}_${i + 1} ON ${table} (${cols});`).join('\n      ')}`;
}

/**
 * Exchange between levels, the receiving side (issue 20 §3): what a regional board or a province
 * holds of its senders' records. Written so the PostgreSQL twin is a transcription: TEXT, INTEGER
 * and REAL only, no JSON functions (JSON is canonical text, read by the program), no SQLite-only
 * expressions; every query runs through Kysely (exchange/receiving/engine.ts).
 *
 *  - x_rows: every row received, per origin (the office that writes it), entity and global id, with
 *    the origin's version, tombstone state and the row as the sender stored it (canonical JSON).
 *  - x_people … x_populations: typed projections of the live rows for the views (a tombstone
 *    removes its projection row).
 *  - x_figures: each sender's half-year review figures as its own program computed them.
 *  - x_conflicts / x_conflict_parties: one citizen ID held by records of two or more origins; one
 *    open conflict per citizen ID; the decision goes down to every party and each acknowledges.
 *  - x_corrections: a field the receiver asks a record's origin to change, and its answer.
 */
export const migration0035: Migration = {
  version: 35,
  name: 'exchange-receiving',
  up(db) {
    db.exec(`
      CREATE TABLE x_rows (
        id TEXT PRIMARY KEY,
        origin_code TEXT NOT NULL,
        entity TEXT NOT NULL,
        gid TEXT NOT NULL,
        row_version INTEGER NOT NULL CHECK (row_version > 0),
        deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
        data TEXT,
        bundle_seq INTEGER NOT NULL,
        ${TAIL},
        UNIQUE (origin_code, entity, gid),
        CHECK ((deleted = 1) = (data IS NULL))
      ) STRICT;
      CREATE INDEX x_rows_entity ON x_rows (origin_code, entity, deleted);
      ${projection(
        'x_localities',
        `kind TEXT NOT NULL,
        parent_gid TEXT,
        unit_code TEXT`,
        ['origin_code, parent_gid'],
      )}
      ${projection(
        'x_locality_names',
        `locality_gid TEXT NOT NULL,
        name TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_to TEXT`,
        ['origin_code, locality_gid, valid_to'],
      )}
      ${projection(
        'x_populations',
        `locality_gid TEXT NOT NULL,
        year INTEGER NOT NULL,
        population INTEGER NOT NULL`,
        ['year, origin_code, locality_gid'],
      )}
      ${projection(
        'x_people',
        `citizen_id TEXT,
        full_name TEXT NOT NULL,
        search_text TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        sex TEXT NOT NULL,
        locality_gid TEXT,
        archived INTEGER NOT NULL CHECK (archived IN (0, 1))`,
        ['citizen_id', 'origin_code, sort_key', 'sort_key'],
      )}
      ${projection('x_campaigns', `year INTEGER NOT NULL`, ['year, origin_code'])}
      ${projection(
        'x_quotas',
        `campaign_gid TEXT NOT NULL,
        locality_gid TEXT NOT NULL,
        army INTEGER NOT NULL,
        police INTEGER NOT NULL`,
        ['origin_code, campaign_gid'],
      )}
      ${projection(
        'x_conscription',
        `person_gid TEXT NOT NULL,
        campaign_gid TEXT NOT NULL,
        state TEXT NOT NULL,
        branch TEXT`,
        ['origin_code, campaign_gid, state', 'origin_code, person_gid'],
      )}
      ${projection(
        'x_militia_units',
        `locality_gid TEXT,
        name TEXT NOT NULL,
        retired INTEGER NOT NULL CHECK (retired IN (0, 1))`,
      )}
      ${projection(
        'x_militia',
        `person_gid TEXT NOT NULL,
        unit_gid TEXT NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1))`,
        ['origin_code, active, unit_gid', 'origin_code, person_gid'],
      )}
      ${projection(
        'x_reserve_units',
        `name TEXT NOT NULL,
        kind TEXT NOT NULL,
        retired INTEGER NOT NULL CHECK (retired IN (0, 1))`,
      )}
      ${projection(
        'x_reserve_slots',
        `unit_gid TEXT NOT NULL,
        required INTEGER NOT NULL`,
        ['origin_code, unit_gid'],
      )}
      ${projection(
        'x_reservists',
        `person_gid TEXT NOT NULL,
        removed INTEGER NOT NULL CHECK (removed IN (0, 1))`,
        ['origin_code, person_gid'],
      )}
      ${projection(
        'x_reserve_assignments',
        `reservist_gid TEXT NOT NULL,
        slot_gid TEXT NOT NULL,
        active INTEGER NOT NULL CHECK (active IN (0, 1))`,
        ['origin_code, active, slot_gid'],
      )}
      ${projection(
        'x_exercises',
        `year INTEGER NOT NULL,
        status TEXT NOT NULL,
        level TEXT NOT NULL`,
        ['year, origin_code'],
      )}
      ${projection(
        'x_training',
        `year INTEGER NOT NULL,
        status TEXT NOT NULL,
        target TEXT NOT NULL`,
        ['year, origin_code'],
      )}

      CREATE TABLE x_figures (
        id TEXT PRIMARY KEY,
        origin_code TEXT NOT NULL,
        period TEXT NOT NULL,
        key TEXT NOT NULL,
        value REAL NOT NULL,
        bundle_seq INTEGER NOT NULL,
        ${TAIL},
        UNIQUE (origin_code, period, key)
      ) STRICT;
      CREATE INDEX x_figures_period ON x_figures (period, key);

      CREATE TABLE x_conflicts (
        id TEXT PRIMARY KEY,
        citizen_id TEXT NOT NULL,
        records_json TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'decided', 'sent', 'acknowledged')),
        outcome TEXT CHECK (outcome IN ('belongs_to', 'different_people')),
        keeper_origin TEXT,
        note TEXT NOT NULL DEFAULT '',
        decided_by TEXT,
        decided_at TEXT,
        ${TAIL}
      ) STRICT;
      CREATE UNIQUE INDEX x_conflicts_open ON x_conflicts (citizen_id) WHERE status = 'open';
      CREATE INDEX x_conflicts_status ON x_conflicts (status, created_at);

      CREATE TABLE x_conflict_parties (
        id TEXT PRIMARY KEY,
        conflict_id TEXT NOT NULL REFERENCES x_conflicts (id),
        origin_code TEXT NOT NULL,
        person_gid TEXT NOT NULL,
        sent_in_seq INTEGER,
        acknowledged_at TEXT,
        ${TAIL},
        UNIQUE (conflict_id, origin_code, person_gid)
      ) STRICT;
      CREATE INDEX x_conflict_parties_origin ON x_conflict_parties (origin_code, acknowledged_at);

      CREATE TABLE x_corrections (
        id TEXT PRIMARY KEY,
        target_origin TEXT NOT NULL,
        entity TEXT NOT NULL,
        gid TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        reason TEXT NOT NULL,
        author TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'rejected')),
        answer_reason TEXT NOT NULL DEFAULT '',
        answered_by TEXT,
        answered_at TEXT,
        sent_in_seq INTEGER,
        ${TAIL}
      ) STRICT;
      CREATE INDEX x_corrections_target ON x_corrections (target_origin, status);
    `);
  },
};
