import type { Migration } from './types';

/**
 * Exchange between levels, part one (issue 20 §1): who this office is in exchanges, the offices it
 * exchanges with and their keys, and every bundle sent or received.
 *
 *  - localities.unit_code: the 2025 national administrative unit code (Decision 19/2025/QĐ-TTg:
 *    5 digits for a ward/commune), stable and never reused; unique among localities that have one.
 *  - exchange_identity: this office's code and signing key. A replaced key retires the old row
 *    (retired_at) so the history says which key signed what; one row is current.
 *  - exchange_partners: role 'sender' = an office that reports to us (a board's communes);
 *    'recipient' = where we report. exchange_partner_keys: their public keys; a lost or replaced
 *    key is revoked (revoked_at, reason, who), never deleted.
 *  - exchange_bundles: every bundle written or accepted, by direction, partner and sequence number,
 *    with the manifest's hash (the chain) and the other side's sequence it acknowledged.
 *    exchange_bundle_files keeps the bytes of every bundle this office wrote, so a lost USB stick
 *    means downloading the same file again, not a gap in the chain.
 */
export const migration0033: Migration = {
  version: 33,
  name: 'exchange-offices',
  up(db) {
    db.exec(`
      ALTER TABLE localities ADD COLUMN unit_code TEXT;
      CREATE UNIQUE INDEX localities_unit_code ON localities (unit_code) WHERE unit_code IS NOT NULL;

      CREATE TABLE exchange_identity (
        id TEXT PRIMARY KEY,
        office_code TEXT NOT NULL,
        office_name TEXT NOT NULL,
        office_kind TEXT NOT NULL,
        public_key TEXT NOT NULL CHECK (length(public_key) = 64),
        private_key TEXT NOT NULL,
        retired_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE UNIQUE INDEX exchange_identity_current ON exchange_identity ((1)) WHERE retired_at IS NULL;

      CREATE TABLE exchange_partners (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('sender', 'recipient')),
        office_code TEXT NOT NULL,
        office_name TEXT NOT NULL,
        office_kind TEXT NOT NULL,
        removed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE UNIQUE INDEX exchange_partners_code ON exchange_partners (role, office_code);

      CREATE TABLE exchange_partner_keys (
        id TEXT PRIMARY KEY,
        partner_id TEXT NOT NULL REFERENCES exchange_partners (id),
        public_key TEXT NOT NULL CHECK (length(public_key) = 64),
        fingerprint TEXT NOT NULL,
        revoked_at TEXT,
        revoke_reason TEXT,
        revoked_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE UNIQUE INDEX exchange_partner_keys_key ON exchange_partner_keys (partner_id, public_key);

      CREATE TABLE exchange_bundles (
        id TEXT PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
        flow TEXT NOT NULL CHECK (flow IN ('up', 'down')),
        partner_id TEXT NOT NULL REFERENCES exchange_partners (id),
        seq INTEGER NOT NULL CHECK (seq > 0),
        manifest_hash TEXT NOT NULL,
        prev_hash TEXT,
        file_hash TEXT NOT NULL,
        ack INTEGER NOT NULL DEFAULT 0,
        full INTEGER NOT NULL DEFAULT 0 CHECK (full IN (0, 1)),
        period_from TEXT,
        period_to TEXT NOT NULL,
        counts_json TEXT NOT NULL CHECK (json_valid(counts_json)),
        file_name TEXT NOT NULL,
        register_entry_id TEXT,
        actor TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE UNIQUE INDEX exchange_bundles_seq ON exchange_bundles (direction, partner_id, flow, seq);

      CREATE TABLE exchange_bundle_files (
        id TEXT PRIMARY KEY,
        bundle_id TEXT NOT NULL UNIQUE REFERENCES exchange_bundles (id),
        bytes BLOB NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
    `);
  },
};
