import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../../db/statements';

/** The exchange_bundles rows the sending side reads and writes (migration 0033). */

export interface BundleRow {
  id: string;
  direction: 'out' | 'in';
  flow: 'up' | 'down';
  partner_id: string;
  seq: number;
  manifest_hash: string;
  prev_hash: string | null;
  file_hash: string;
  ack: number;
  full: number;
  period_from: string | null;
  period_to: string;
  counts_json: string;
  file_name: string;
  register_entry_id: string | null;
  actor: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The last upward bundle written to the partner (the chain's previous link), or null. */
export function lastSent(db: Database, partnerId: string): BundleRow | null {
  return (
    (statement(
      db,
      `SELECT * FROM exchange_bundles WHERE direction = 'out' AND flow = 'up' AND partner_id = ?
       ORDER BY seq DESC LIMIT 1`,
    ).get(partnerId) as BundleRow | undefined) ?? null
  );
}

/**
 * What the partner's downward bundles say: the highest of our upward seqs it acknowledged (`ack`),
 * and the highest of its own seqs we accepted (`received`, our acknowledgement back).
 */
export function downwardState(db: Database, partnerId: string): { ack: number; received: number } {
  const row = statement(
    db,
    `SELECT coalesce(max(ack), 0) AS ack, coalesce(max(seq), 0) AS received FROM exchange_bundles
     WHERE direction = 'in' AND flow = 'down' AND partner_id = ?`,
  ).get(partnerId) as { ack: number; received: number };
  return row;
}

export function bundleAtSeq(db: Database, partnerId: string, seq: number): BundleRow | null {
  return (
    (statement(
      db,
      `SELECT * FROM exchange_bundles WHERE direction = 'in' AND flow = 'down' AND partner_id = ? AND seq = ?`,
    ).get(partnerId, seq) as BundleRow | undefined) ?? null
  );
}

export function lastReceived(db: Database, partnerId: string): BundleRow | null {
  return (
    (statement(
      db,
      `SELECT * FROM exchange_bundles WHERE direction = 'in' AND flow = 'down' AND partner_id = ?
       ORDER BY seq DESC LIMIT 1`,
    ).get(partnerId) as BundleRow | undefined) ?? null
  );
}

export function insertBundle(db: Database, row: Omit<BundleRow, 'updated_at' | 'version'>): void {
  statement(
    db,
    `INSERT INTO exchange_bundles (id, direction, flow, partner_id, seq, manifest_hash, prev_hash, file_hash, ack,
       full, period_from, period_to, counts_json, file_name, register_entry_id, actor, created_at, updated_at, version)
     VALUES (@id, @direction, @flow, @partner_id, @seq, @manifest_hash, @prev_hash, @file_hash, @ack, @full,
       @period_from, @period_to, @counts_json, @file_name, @register_entry_id, @actor, @created_at, @created_at, 1)`,
  ).run(row);
}

export function insertBundleFile(db: Database, id: string, bundleId: string, bytes: Uint8Array, at: string): void {
  statement(
    db,
    `INSERT INTO exchange_bundle_files (id, bundle_id, bytes, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 1)`,
  ).run(id, bundleId, Buffer.from(bytes), at, at);
}

/** Every upward bundle this office wrote, newest first, with the recipient's code and name. */
export function sentBundles(db: Database): Array<BundleRow & { office_code: string; office_name: string }> {
  return statement(
    db,
    `SELECT b.*, p.office_code, p.office_name FROM exchange_bundles b JOIN exchange_partners p ON p.id = b.partner_id
     WHERE b.direction = 'out' AND b.flow = 'up' ORDER BY b.created_at DESC, b.seq DESC`,
  ).all() as Array<BundleRow & { office_code: string; office_name: string }>;
}

/** The bytes of a bundle this office wrote, with its file name; null for another bundle. */
export function writtenFile(db: Database, bundleId: string): { file_name: string; bytes: Buffer } | null {
  return (
    (statement(
      db,
      `SELECT b.file_name, f.bytes FROM exchange_bundles b JOIN exchange_bundle_files f ON f.bundle_id = b.id
       WHERE b.id = ? AND b.direction = 'out'`,
    ).get(bundleId) as { file_name: string; bytes: Buffer } | undefined) ?? null
  );
}

/** The database's schema version: what a bundle's manifest declares and a received one is checked against. */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}
