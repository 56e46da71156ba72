import { auditRowHash, GENESIS_HASH, type AuditContent } from '../audit-chain';
import type { Migration } from './types';

/**
 * Issue 7: the audit log becomes a hash chain. `seq` gives the rows a stable order (rowid may be
 * renumbered by VACUUM on a table with a text primary key); each row stores the previous row's
 * hash and its own, so an edited or removed row breaks the chain. Triggers refuse UPDATE and
 * DELETE, and refuse an insert that does not extend the chain by exactly one.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'audit-chain',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN seq INTEGER;
      ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN hash TEXT;
    `);

    // Existing rows are chained in the order they were written.
    const rows = db
      .prepare(
        `SELECT rowid AS rid, id, at, actor, entity, entity_id, action, before_json, after_json
           FROM audit_log ORDER BY at, rowid`,
      )
      .all() as Array<Omit<AuditContent, 'seq'> & { rid: number }>;
    const update = db.prepare(`UPDATE audit_log SET seq = ?, prev_hash = ?, hash = ? WHERE rowid = ?`);
    let prev = GENESIS_HASH;
    rows.forEach((row, index) => {
      const seq = index + 1;
      const hash = auditRowHash(prev, { ...row, seq });
      update.run(seq, prev, hash, row.rid);
      prev = hash;
    });

    db.exec(`
      CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed');
      END;

      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted');
      END;

      CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log
      WHEN NEW.seq IS NULL OR NEW.prev_hash IS NULL OR NEW.hash IS NULL
        OR NEW.seq <> (SELECT IFNULL(MAX(seq), 0) + 1 FROM audit_log)
      BEGIN
        SELECT RAISE(ABORT, 'audit_log rows are appended by writeAudit, one after the last');
      END;
    `);
  },
};
