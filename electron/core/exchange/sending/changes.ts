import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId } from '../../db/records';
import { statement } from '../../db/statements';
import { upwardEntities, upwardEntityNames, type UpwardEntity } from '../entities';
import { canonicalJson, sha256Hex } from '../format/canonical';
import type { RowLine } from '../format/lines';

/**
 * What goes up in the next bundle (issue 20 §2): each upward table read once, each row's canonical
 * JSON hashed and compared with what was last sent of it to the recipient (exchange_row_state).
 *
 *  - new row, or content changed (or back after a tombstone): sent with xversion + 1;
 *  - unchanged but last sent in a bundle the recipient has not acknowledged: sent again with the
 *    same xversion (the receiver keeps the highest version, so a second copy changes nothing);
 *  - gone from the table: a tombstone (deleted, data null, xversion + 1), again until acknowledged;
 *  - `full`: every row, unchanged ones too, and the tombstones not yet acknowledged.
 */

export interface EntityCounts {
  new: number;
  changed: number;
  deleted: number;
  resent: number;
}

interface SentState {
  xversion: number;
  rowHash: string;
  deleted: boolean;
  sentSeq: number;
}

/** One row's new state, written when the bundle is created. */
interface StateUpdate {
  entity: UpwardEntity;
  gid: string;
  xversion: number;
  rowHash: string;
  deleted: boolean;
}

export interface ChangePlan {
  lines: Map<UpwardEntity, RowLine[]>;
  counts: Record<string, EntityCounts>;
  updates: StateUpdate[];
}

const TOMBSTONE_HASH = '';

function loadState(db: Database, partnerId: string): Map<string, Map<string, SentState>> {
  const byEntity = new Map<string, Map<string, SentState>>();
  const rows = statement(
    db,
    'SELECT entity, gid, xversion, row_hash, deleted, sent_seq FROM exchange_row_state WHERE partner_id = ?',
  ).iterate(partnerId) as IterableIterator<{
    entity: string;
    gid: string;
    xversion: number;
    row_hash: string;
    deleted: number;
    sent_seq: number;
  }>;
  for (const r of rows) {
    let map = byEntity.get(r.entity);
    if (!map) byEntity.set(r.entity, (map = new Map()));
    map.set(r.gid, { xversion: r.xversion, rowHash: r.row_hash, deleted: r.deleted === 1, sentSeq: r.sent_seq });
  }
  return byEntity;
}

/**
 * The rows to send to `partnerId` given the recipient's acknowledgement `ack` (the highest seq of
 * ours it has confirmed). Reads only; `saveSentState` records the plan once the bundle is written.
 */
export function planChanges(
  db: Database,
  partnerId: string,
  options: { ack: number; full: boolean; origin: string },
): ChangePlan {
  const state = loadState(db, partnerId);
  const lines = new Map<UpwardEntity, RowLine[]>();
  const counts: Record<string, EntityCounts> = {};
  const updates: StateUpdate[] = [];
  const { ack, full, origin } = options;
  for (const entity of upwardEntityNames) {
    const table = upwardEntities[entity];
    const sent = state.get(entity) ?? new Map<string, SentState>();
    const out: RowLine[] = [];
    const count: EntityCounts = { new: 0, changed: 0, deleted: 0, resent: 0 };
    const seen = new Set<string>();
    // The table's name comes from the constant map above, never from input.
    for (const row of statement(db, `SELECT * FROM ${table}`).iterate() as IterableIterator<Record<string, unknown>>) {
      const gid = String(row.id);
      seen.add(gid);
      const rowHash = sha256Hex(canonicalJson(row));
      const before = sent.get(gid);
      let xversion: number;
      if (!before) {
        xversion = 1;
        count.new += 1;
      } else if (before.deleted || before.rowHash !== rowHash) {
        xversion = before.xversion + 1;
        count.changed += 1;
      } else if (before.sentSeq > ack || full) {
        xversion = before.xversion;
        count.resent += 1;
      } else continue;
      out.push({ gid, origin, version: xversion, deleted: false, data: row });
      updates.push({ entity, gid, xversion, rowHash, deleted: false });
    }
    for (const [gid, before] of sent) {
      if (seen.has(gid)) continue;
      if (before.deleted && before.sentSeq <= ack) continue;
      const xversion = before.deleted ? before.xversion : before.xversion + 1;
      count.deleted += 1;
      out.push({ gid, origin, version: xversion, deleted: true, data: null });
      updates.push({ entity, gid, xversion, rowHash: TOMBSTONE_HASH, deleted: true });
    }
    lines.set(entity, out);
    counts[entity] = count;
  }
  return { lines, counts, updates };
}

/** Records what the bundle `seq` carried; inside the bundle's transaction. */
export function saveSentState(db: Database, partnerId: string, plan: ChangePlan, seq: number, at: string): void {
  const upsert = statement(
    db,
    `INSERT INTO exchange_row_state (id, partner_id, entity, gid, xversion, row_hash, deleted, sent_seq,
       created_at, updated_at, version)
     VALUES (@id, @partnerId, @entity, @gid, @xversion, @rowHash, @deleted, @seq, @at, @at, 1)
     ON CONFLICT (partner_id, entity, gid) DO UPDATE SET xversion = excluded.xversion,
       row_hash = excluded.row_hash, deleted = excluded.deleted, sent_seq = excluded.sent_seq,
       updated_at = excluded.updated_at, version = version + 1`,
  );
  for (const u of plan.updates) {
    upsert.run({
      id: newId(),
      partnerId,
      entity: u.entity,
      gid: u.gid,
      xversion: u.xversion,
      rowHash: u.rowHash,
      deleted: u.deleted ? 1 : 0,
      seq,
      at,
    });
  }
}

/** The total of lines a plan sends, for the summary. */
export function totalLines(plan: ChangePlan): number {
  let n = 0;
  for (const lines of plan.lines.values()) n += lines.length;
  return n;
}
