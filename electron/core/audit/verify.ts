import type { Database } from 'better-sqlite3-multiple-ciphers';
import { auditRowHash, GENESIS_HASH, type AuditContent } from '../db/audit-chain';
import { format, vi } from '../messages/vi';
import type { ApiContext } from '../kernel/context';
import { advanceAuditAnchor, logHoldsAnchor, readAuditAnchor, type AuditAnchor } from './anchor';
import { displayDateTime } from './view';

export type AuditBreak =
  /** The row's content no longer matches its own hash. */
  | 'edited'
  /** Sequence numbers are missing before this row. */
  | 'missing'
  /** The row's prev_hash is not the previous row's hash (a row was removed or swapped). */
  | 'relinked'
  /** The row carries no chain data at all (inserted behind the program's back). */
  | 'not_chained'
  /** The log ends before the last row recorded in the anchor file, or that row was replaced. */
  | 'truncated';

/** The breaks a single row shows (the truncation is the log's, seen against the anchor). */
type RowBreak = Exclude<AuditBreak, 'truncated'>;

export interface AuditCheck {
  ok: boolean;
  /** Rows found intact before the first break (all rows when ok). */
  checked: number;
  broken: {
    reason: AuditBreak;
    seq: number | null;
    id: string;
    at: string;
    entity: string;
    entityId: string;
    /** For 'missing': the sequence numbers no longer there. */
    missingFrom?: number;
    missingTo?: number;
  } | null;
  /** The Vietnamese sentence shown to the user and printed by `audit-check`. */
  message: string;
}

const COLUMNS = `seq, id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash`;

type StoredRow = Omit<AuditContent, 'seq'> & { seq: number | null; prev_hash: string | null; hash: string | null };

/**
 * Walks the whole chain in `seq` order and stops at the first broken link. Streams the rows, so a
 * log of any length is checked in constant memory. Rows removed from the end cannot be seen from
 * the chain alone (nothing follows them): the anchor (anchor.ts), when given, covers that.
 */
export function verifyAuditChain(db: Database, anchor: AuditAnchor | null = null): AuditCheck {
  // A row without chain data is a break wherever it sits; found first by the seq index.
  const unchained = db.prepare(`SELECT ${COLUMNS} FROM audit_log WHERE seq IS NULL LIMIT 1`).get() as
    StoredRow | undefined;
  if (unchained) return broken(unchained, 'not_chained', 0, 0);
  const rows = db.prepare(`SELECT ${COLUMNS} FROM audit_log ORDER BY seq`).iterate() as IterableIterator<StoredRow>;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (const row of rows) {
    const reason = breakOf(row, expectedSeq, prevHash);
    // Returning from the loop closes the statement: the rest of the walk is not needed.
    if (reason) return broken(row, reason, checked, expectedSeq);
    checked += 1;
    expectedSeq = row.seq! + 1;
    prevHash = row.hash!;
  }
  if (anchor && !logHoldsAnchor(db, anchor)) {
    const message = format(vi.audit.check.truncated, {
      seq: anchor.seq,
      last: checked,
      at: displayDateTime(anchor.at),
    });
    return { ok: false, checked, broken: null, message };
  }
  return { ok: true, checked, broken: null, message: format(vi.audit.check.ok, { count: checked }) };
}

/** "Kiểm tra nhật ký": the chain and the anchor; an intact log moves the anchor to its end. */
export function checkAuditTrail(ctx: ApiContext): AuditCheck {
  const result = verifyAuditChain(ctx.db, readAuditAnchor(ctx.dataDir));
  if (result.ok) advanceAnchorQuietly(ctx);
  return result;
}

/** The anchor is a safeguard, never a reason for a backup or a check to fail. */
export function advanceAnchorQuietly(ctx: ApiContext): void {
  try {
    advanceAuditAnchor(ctx.db, ctx.dataDir, ctx.now());
  } catch (error) {
    ctx.log.error('audit.anchor_failed', { detail: (error as Error).message });
  }
}

function breakOf(row: StoredRow, expectedSeq: number, prevHash: string): RowBreak | null {
  if (row.seq === null || row.hash === null || row.prev_hash === null) return 'not_chained';
  if (row.seq > expectedSeq) return 'missing';
  if (row.prev_hash !== prevHash) return 'relinked';
  if (auditRowHash(row.prev_hash, row as AuditContent) !== row.hash) return 'edited';
  return null;
}

function broken(row: StoredRow, reason: RowBreak, checked: number, expectedSeq: number): AuditCheck {
  const at = displayDateTime(row.at);
  const values = { seq: row.seq ?? '', id: row.id, at };
  const detail = {
    reason,
    seq: row.seq,
    id: row.id,
    at: row.at,
    entity: row.entity,
    entityId: row.entity_id,
  };
  if (reason === 'missing') {
    const missingTo = row.seq! - 1;
    return {
      ok: false,
      checked,
      broken: { ...detail, missingFrom: expectedSeq, missingTo },
      message: format(vi.audit.check.missing, { ...values, from: expectedSeq, to: missingTo }),
    };
  }
  const text = {
    edited: vi.audit.check.edited,
    relinked: vi.audit.check.relinked,
    not_chained: vi.audit.check.notChained,
  };
  return { ok: false, checked, broken: detail, message: format(text[reason], values) };
}
