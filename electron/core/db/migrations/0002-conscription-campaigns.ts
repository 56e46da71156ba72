import type { Migration } from './types';

/**
 * Conscription campaigns: one per handover year, with the handover dates and
 * each locality's quota split into army and police service (Decision of the
 * Prime Minister, split by the Ministry and the province each year).
 */
export const migration0002: Migration = {
  version: 2,
  name: 'conscription-campaigns',
  up(db) {
    db.exec(`
      CREATE TABLE conscription_campaigns (
        id TEXT PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2200),
        title TEXT NOT NULL,
        handover_start TEXT NOT NULL,
        handover_end TEXT NOT NULL CHECK (handover_end >= handover_start),
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        closed_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;

      CREATE TABLE conscription_quotas (
        id TEXT PRIMARY KEY,
        campaign_id TEXT NOT NULL REFERENCES conscription_campaigns (id),
        locality_id TEXT NOT NULL REFERENCES localities (id),
        army INTEGER NOT NULL CHECK (army >= 0),
        police INTEGER NOT NULL CHECK (police >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (campaign_id, locality_id)
      ) STRICT;
    `);
  },
};
