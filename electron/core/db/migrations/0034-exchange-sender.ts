import type { Migration } from './types';

/**
 * Exchange between levels, the sending office's side (issue 20 §2, §3):
 *
 *  - exchange_row_state: what was last sent of each row to a recipient — its exchange version
 *    (xversion, moved on by one each time the row's content changes between bundles), the hash of
 *    its canonical JSON, whether it went as a tombstone, and the bundle that carried it (sent_seq).
 *    A row is sent again while that bundle is not acknowledged; the receiver merges idempotently.
 *  - exchange_received_messages: corrections and conflict decisions received from the recipient,
 *    one row per line id (a bundle seen twice adds nothing), with this office's answer and the
 *    upward bundle that carried it (answered_in_seq) until that bundle is acknowledged.
 */
export const migration0034: Migration = {
  version: 34,
  name: 'exchange-sender',
  up(db) {
    db.exec(`
      CREATE TABLE exchange_row_state (
        id TEXT PRIMARY KEY,
        partner_id TEXT NOT NULL REFERENCES exchange_partners (id),
        entity TEXT NOT NULL,
        gid TEXT NOT NULL,
        xversion INTEGER NOT NULL CHECK (xversion > 0),
        row_hash TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        sent_seq INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (partner_id, entity, gid)
      ) STRICT;

      CREATE TABLE exchange_received_messages (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('correction', 'decision')),
        ref_id TEXT NOT NULL,
        bundle_id TEXT NOT NULL REFERENCES exchange_bundles (id),
        bundle_seq INTEGER NOT NULL,
        payload_json TEXT NOT NULL CHECK (json_valid(payload_json)),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected', 'noted')),
        answer_reason TEXT,
        answered_by TEXT,
        answered_at TEXT,
        answered_in_seq INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (kind, ref_id)
      ) STRICT;
      CREATE INDEX exchange_received_messages_status ON exchange_received_messages (status, created_at);
    `);
  },
};
