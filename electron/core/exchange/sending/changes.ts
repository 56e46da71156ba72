import { hash } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId } from '../../db/records';
import { statement } from '../../db/statements';
import { upwardEntities, upwardEntityNames, type UpwardEntity } from '../entities';
import { CanonicalLine } from '../format/bundle';
import { canonicalJson } from '../format/canonical';

/**
 * What goes up in the next bundle (issue 20 §2): each upward table read once, each row's content
 * hashed and compared with what was last sent of it to the recipient (exchange_row_state).
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
  /** Set while reading the table: a row not seen is gone (a tombstone). */
  seen: boolean;
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
  /** Each entity's lines (RowLine, format/lines.ts) as canonical JSON text; empty in a preview. */
  lines: Map<UpwardEntity, CanonicalLine[]>;
  counts: Record<string, EntityCounts>;
  updates: StateUpdate[];
}

const TOMBSTONE_HASH = '';

function loadState(db: Database, partnerId: string): Map<string, Map<string, SentState>> {
  const byEntity = new Map<string, Map<string, SentState>>();
  // Arrays, not row objects: the state holds a line for every row ever sent.
  const rows = statement(
    db,
    'SELECT entity, gid, xversion, row_hash, deleted, sent_seq FROM exchange_row_state WHERE partner_id = ?',
  )
    .raw()
    .iterate(partnerId) as IterableIterator<[string, string, number, string, number, number]>;
  for (const [entity, gid, xversion, rowHash, deleted, sentSeq] of rows) {
    let map = byEntity.get(entity);
    if (!map) byEntity.set(entity, (map = new Map()));
    map.set(gid, { xversion, rowHash, deleted: deleted === 1, sentSeq, seen: false });
  }
  return byEntity;
}

/**
 * How one table is read. The change check runs over every row of every table on each bundle, so
 * SQLite builds each row's JSON (json_object, keys in sorted order) and this side only hashes it:
 * any change of any column changes it. For a table of INTEGER and TEXT columns that text is the
 * row's canonical JSON byte for byte (SQLite escapes strings as JSON.stringify does; checked in
 * changes.test.ts), so the same text goes into the line. A table with REAL columns (SQLite writes
 * 2.0 where JSON.stringify writes 2) is hashed the same way, and the rows that go are read again
 * and written by canonicalJson's rules here. A new column (a migration) changes every row's hash:
 * every row is sent once more with its next version, which is what the receiver should have anyway.
 */
interface TableShape {
  /** `SELECT id, <row JSON>`: the hash input, and the line's data when `exact`. */
  textSql: string;
  exact: boolean;
  allSql: string;
  byIdSql: string;
  sorted: string[];
  prefixes: string[];
}

const shapes = new WeakMap<Database, Map<string, TableShape>>();

function shapeOf(db: Database, table: string): TableShape {
  let byTable = shapes.get(db);
  if (!byTable) shapes.set(db, (byTable = new Map()));
  let shape = byTable.get(table);
  if (!shape) {
    const columns = db.pragma(`table_info(${table})`) as Array<{ name: string; type: string }>;
    const types = new Map(columns.map((c) => [c.name, c.type.toUpperCase()]));
    const sorted = columns.map((c) => c.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const exact = columns.every((c) => types.get(c.name) === 'INTEGER' || types.get(c.name) === 'TEXT');
    const members = sorted.map((name) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const type = types.get(name);
      // A BLOB (or ANY) column is hashed as its SQL literal: json_object refuses blobs.
      const value = type === 'INTEGER' || type === 'TEXT' || type === 'REAL' ? quoted : `quote(${quoted})`;
      return `'${name.replaceAll("'", "''")}', ${value}`;
    });
    shape = {
      textSql: `SELECT id, json_object(${members.join(', ')}) FROM ${table}`,
      exact,
      allSql: `SELECT * FROM ${table}`,
      byIdSql: `SELECT * FROM ${table} WHERE id = ?`,
      sorted,
      prefixes: sorted.map((c, i) => `${i === 0 ? '{' : ','}${JSON.stringify(c)}:`),
    };
    byTable.set(table, shape);
  }
  return shape;
}

/** canonicalJson(row) for a row of plain columns, without sorting its keys each time. */
function rowText(shape: TableShape, row: Record<string, unknown>): string {
  let text = '';
  for (let i = 0; i < shape.sorted.length; i += 1) {
    const value = row[shape.sorted[i]!];
    if (value === undefined || (value !== null && typeof value !== 'string' && typeof value !== 'number')) {
      return canonicalJson(row);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) return canonicalJson(row);
    text += shape.prefixes[i]! + JSON.stringify(value);
  }
  return `${text}}`;
}

function rowHash(json: string): string {
  // The one-shot hash: a hasher object per row costs more than the hashing of a row.
  return hash('sha256', json, 'base64');
}

/**
 * The rows to send to `partnerId` given the recipient's acknowledgement `ack` (the highest seq of
 * ours it has confirmed). Reads only; `saveSentState` records the plan once the bundle is written.
 * `withLines: false` (a preview) counts without reading the rows that would go.
 */
export function planChanges(
  db: Database,
  partnerId: string,
  options: { ack: number; full: boolean; origin: string; withLines: boolean },
): ChangePlan {
  const state = loadState(db, partnerId);
  const lines = new Map<UpwardEntity, CanonicalLine[]>();
  const counts: Record<string, EntityCounts> = {};
  const updates: StateUpdate[] = [];
  const { ack, full } = options;
  const origin = JSON.stringify(options.origin);
  const lineText = (gid: string, version: number, data: string | null) =>
    `{"data":${data ?? 'null'},"deleted":${data === null},"gid":${JSON.stringify(gid)},"origin":${origin},"version":${version}}`;
  for (const entity of upwardEntityNames) {
    // The table's name comes from the constant map, never from input.
    const shape = shapeOf(db, upwardEntities[entity]);
    const sent = state.get(entity) ?? new Map<string, SentState>();
    const count: EntityCounts = { new: 0, changed: 0, deleted: 0, resent: 0 };
    const going = new Map<string, number>();
    const out: CanonicalLine[] = [];
    let rows = 0;
    for (const [id, json] of statement(db, shape.textSql).raw().iterate() as IterableIterator<[unknown, string]>) {
      rows += 1;
      const gid = String(id);
      const hashed = rowHash(json);
      const before = sent.get(gid);
      if (before) before.seen = true;
      let xversion: number;
      if (!before) {
        xversion = 1;
        count.new += 1;
      } else if (before.deleted || before.rowHash !== hashed) {
        xversion = before.xversion + 1;
        count.changed += 1;
      } else if (before.sentSeq > ack || full) {
        xversion = before.xversion;
        count.resent += 1;
      } else continue;
      going.set(gid, xversion);
      if (options.withLines && shape.exact) out.push(new CanonicalLine(lineText(gid, xversion, json)));
      updates.push({ entity, gid, xversion, rowHash: hashed, deleted: false });
    }
    if (options.withLines && !shape.exact && going.size > 0) {
      // Most of the table: one more pass; a few rows: each by its id.
      const picked =
        going.size > rows / 8
          ? (statement(db, shape.allSql).iterate() as IterableIterator<Record<string, unknown>>)
          : [...going.keys()].map((gid) => statement(db, shape.byIdSql).get(gid) as Record<string, unknown>);
      for (const row of picked) {
        const gid = String(row.id);
        const version = going.get(gid);
        if (version !== undefined) out.push(new CanonicalLine(lineText(gid, version, rowText(shape, row))));
      }
    }
    for (const [gid, before] of sent) {
      if (before.seen) continue;
      if (before.deleted && before.sentSeq <= ack) continue;
      const xversion = before.deleted ? before.xversion : before.xversion + 1;
      count.deleted += 1;
      if (options.withLines) out.push(new CanonicalLine(lineText(gid, xversion, null)));
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
