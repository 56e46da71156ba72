import type { Migration } from './types';

/**
 * Each citizen's conscription record for one campaign, and every dated step it
 * went through. The record row carries the latest facts (health class, legal
 * point, order, handover) so lists and documents read one row per citizen; the
 * transitions table is the history (who, when, note, document number, details).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'conscription-records',
  up(db) {
    db.exec(`
      CREATE TABLE conscription_records (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people (id),
        campaign_id TEXT NOT NULL REFERENCES conscription_campaigns (id),
        state TEXT NOT NULL,
        state_since TEXT NOT NULL,
        registered_on TEXT,
        registration_certificate TEXT NOT NULL DEFAULT '',
        health_class INTEGER CHECK (health_class BETWEEN 1 AND 6),
        health_notes TEXT NOT NULL DEFAULT '',
        legal_point TEXT,
        deferral_year INTEGER,
        study_deferral INTEGER NOT NULL DEFAULT 0 CHECK (study_deferral IN (0, 1)),
        order_number INTEGER,
        order_date TEXT,
        report_date TEXT,
        report_time TEXT NOT NULL DEFAULT '',
        report_place TEXT NOT NULL DEFAULT '',
        handed_over_on TEXT,
        receiving_unit TEXT NOT NULL DEFAULT '',
        branch TEXT CHECK (branch IN ('army', 'police')),
        reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (person_id, campaign_id)
      ) STRICT;
      CREATE INDEX conscription_records_campaign_state ON conscription_records (campaign_id, state);
      -- Call-up order numbers run in sequence for the campaign's year.
      CREATE UNIQUE INDEX conscription_records_order_number ON conscription_records (campaign_id, order_number)
        WHERE order_number IS NOT NULL;

      CREATE TABLE conscription_transitions (
        id TEXT PRIMARY KEY,
        record_id TEXT NOT NULL REFERENCES conscription_records (id),
        from_state TEXT,
        to_state TEXT NOT NULL,
        on_date TEXT NOT NULL,
        actor TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        document_number TEXT NOT NULL DEFAULT '',
        details_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details_json)),
        is_correction INTEGER NOT NULL DEFAULT 0 CHECK (is_correction IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX conscription_transitions_record ON conscription_transitions (record_id, on_date, created_at);
    `);
  },
};
