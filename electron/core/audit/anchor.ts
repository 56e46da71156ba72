import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../db/statements';
import { writeFileAtomic } from '../encryption/private-files';

/**
 * The chain's last link as last seen, kept in a file beside the database. The chain itself shows
 * an edited, removed or swapped row, but not rows removed from its end (nothing follows them);
 * this anchor does: "Kiểm tra nhật ký" refuses a log that ends before it or no longer holds its
 * hash. It is written at every automatic backup (start-up, daily, exit), after a successful check
 * and after a restore (which legitimately rewinds the log). Someone who can rewrite the database
 * can rewrite this file too: it catches careless or partial tampering, and the backups keep the
 * rest.
 */
export interface AuditLink {
  seq: number;
  hash: string;
}

export interface AuditAnchor extends AuditLink {
  /** When the anchor was taken (ISO). */
  at: string;
  /**
   * A restore about to replace the database writes the restored log's last link here first; the
   * log then may end at either link until the anchor is moved. A crash between the file swap and
   * the new anchor is thus recognised as the restore it was, not reported as a cut log.
   */
  pending?: AuditLink;
}

const FILE = 'audit-anchor.json';

export function readAuditAnchor(dataDir: string): AuditAnchor | null {
  try {
    const value = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')) as Partial<AuditAnchor>;
    if (typeof value.seq !== 'number' || typeof value.hash !== 'string' || typeof value.at !== 'string') return null;
    const pending = value.pending;
    const hasPending = typeof pending?.seq === 'number' && typeof pending.hash === 'string';
    return { seq: value.seq, hash: value.hash, at: value.at, ...(hasPending ? { pending } : {}) };
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
  writeFileAtomic(path.join(dataDir, FILE), JSON.stringify(anchor));
  return anchor;
}

/**
 * Before a restore's file swap: the live log's end, plus the restored log's last link as an
 * accepted end. The live end is taken from the log itself whenever the anchor vouches for it (the
 * log holds the anchored row, or the end an earlier restore announced): after a restore cut short
 * between its swap and its new anchor, the next restore must not leave an anchor that neither file
 * holds. A log that does not hold its anchor keeps the anchor as it was: that evidence stays.
 */
export function announceRestoredEnd(db: Database, dataDir: string, pending: AuditLink, now: Date): void {
  const current = readAuditAnchor(dataDir);
  const live = statement(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    AuditLink | undefined;
  const base =
    current && !logHoldsAnchor(db, current)
      ? { seq: current.seq, hash: current.hash, at: current.at }
      : live
        ? { seq: live.seq, hash: live.hash, at: now.toISOString() }
        : { ...pending, at: now.toISOString() };
  writeFileAtomic(path.join(dataDir, FILE), JSON.stringify({ ...base, pending } satisfies AuditAnchor));
}

/** Whether the log (read through `db`) still ends at the anchor, or at the restore it announced. */
export function logHoldsAnchor(db: Database, anchor: AuditAnchor): boolean {
  const hashAt = statement(db, 'SELECT hash FROM audit_log WHERE seq = ?');
  const at = (link: AuditLink) => (hashAt.get(link.seq) as { hash: string } | undefined)?.hash === link.hash;
  return at(anchor) || (anchor.pending !== undefined && at(anchor.pending));
}

/**
 * Moves the anchor to the log's current end, but only while the log still holds the anchored row
 * unchanged: a log cut short while the program was closed must not be blessed by the next
 * start-up backup (the evidence stays until "Kiểm tra nhật ký" reports it, or a restore resets it).
 */
export function advanceAuditAnchor(db: Database, dataDir: string, now: Date): AuditAnchor | null {
  const current = readAuditAnchor(dataDir);
  if (current && !logHoldsAnchor(db, current)) return current;
  return writeAuditAnchor(db, dataDir, now);
}
