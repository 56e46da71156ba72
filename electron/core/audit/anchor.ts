import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../db/statements';

/**
 * The chain's last link as last seen, kept in a file beside the database. The chain itself shows
 * an edited, removed or swapped row, but not rows removed from its end (nothing follows them);
 * this anchor does: "Kiểm tra nhật ký" refuses a log that ends before it or no longer holds its
 * hash. It is written at every automatic backup (start-up, daily, exit), after a successful check
 * and after a restore (which legitimately rewinds the log). Someone who can rewrite the database
 * can rewrite this file too: it catches careless or partial tampering, and the backups keep the
 * rest.
 */
export interface AuditAnchor {
  seq: number;
  hash: string;
  /** When the anchor was taken (ISO). */
  at: string;
}

const FILE = 'audit-anchor.json';

export function readAuditAnchor(dataDir: string): AuditAnchor | null {
  try {
    const value = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')) as Partial<AuditAnchor>;
    if (typeof value.seq !== 'number' || typeof value.hash !== 'string' || typeof value.at !== 'string') return null;
    return { seq: value.seq, hash: value.hash, at: value.at };
  } catch {
    return null;
  }
}

/** Records the log's current last row (nothing when the log is empty); a failure to write is only logged by callers. */
export function writeAuditAnchor(db: Database, dataDir: string, now: Date): AuditAnchor | null {
  const last = statement(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  if (!last) return null;
  const anchor: AuditAnchor = { seq: last.seq, hash: last.hash, at: now.toISOString() };
  const target = path.join(dataDir, FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(anchor));
  fs.renameSync(temporary, target);
  return anchor;
}

/**
 * Moves the anchor to the log's current end, but only while the log still holds the anchored row
 * unchanged: a log cut short while the program was closed must not be blessed by the next
 * start-up backup (the evidence stays until "Kiểm tra nhật ký" reports it, or a restore resets it).
 */
export function advanceAuditAnchor(db: Database, dataDir: string, now: Date): AuditAnchor | null {
  const current = readAuditAnchor(dataDir);
  if (current) {
    const row = statement(db, 'SELECT hash FROM audit_log WHERE seq = ?').get(current.seq) as
      { hash: string } | undefined;
    if (row?.hash !== current.hash) return current;
  }
  return writeAuditAnchor(db, dataDir, now);
}
