import type { Database } from 'better-sqlite3-multiple-ciphers';
import { newId, updateAtVersion } from '../../db/records';
import { statement } from '../../db/statements';

/**
 * The exchange identity and partners as stored (migration 0033). The services around them
 * (setup, enrolment, revocation) build on these reads; the bundle services use them to sign and to
 * check who sent what.
 */

export interface IdentityRow {
  id: string;
  office_code: string;
  office_name: string;
  office_kind: string;
  public_key: string;
  private_key: string;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface PartnerRow {
  id: string;
  role: 'sender' | 'recipient';
  office_code: string;
  office_name: string;
  office_kind: string;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface PartnerKeyRow {
  id: string;
  partner_id: string;
  public_key: string;
  fingerprint: string;
  revoked_at: string | null;
  revoke_reason: string | null;
  revoked_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** This office's current identity and key, or null before exchange is set up. */
export function currentIdentity(db: Database): IdentityRow | null {
  return (
    (statement(db, 'SELECT * FROM exchange_identity WHERE retired_at IS NULL').get() as IdentityRow | undefined) ?? null
  );
}

export function partnerByCode(db: Database, role: PartnerRow['role'], officeCode: string): PartnerRow | null {
  return (
    (statement(db, 'SELECT * FROM exchange_partners WHERE role = ? AND office_code = ?').get(role, officeCode) as
      PartnerRow | undefined) ?? null
  );
}

export function partnerById(db: Database, id: string): PartnerRow | null {
  return (statement(db, 'SELECT * FROM exchange_partners WHERE id = ?').get(id) as PartnerRow | undefined) ?? null;
}

/** The partner's keys, revoked ones included (a revoked key's signature is refused by name). */
export function partnerKeys(db: Database, partnerId: string): PartnerKeyRow[] {
  return statement(db, 'SELECT * FROM exchange_partner_keys WHERE partner_id = ? ORDER BY created_at, rowid').all(
    partnerId,
  ) as PartnerKeyRow[];
}

/** Where this office reports (the one recipient not removed), or null when none is set. */
export function currentRecipient(db: Database): PartnerRow | null {
  return (
    (statement(db, "SELECT * FROM exchange_partners WHERE role = 'recipient' AND removed_at IS NULL").get() as
      PartnerRow | undefined) ?? null
  );
}

// Writes of the identity service (identity/service.ts, identity/partners.ts).

export function retiredIdentities(db: Database): IdentityRow[] {
  return statement(
    db,
    'SELECT * FROM exchange_identity WHERE retired_at IS NOT NULL ORDER BY retired_at DESC',
  ).all() as IdentityRow[];
}

export function insertIdentity(
  db: Database,
  values: { officeCode: string; officeName: string; officeKind: string; publicKey: string; privateKey: string },
  at: string,
): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO exchange_identity (id, office_code, office_name, office_kind, public_key, private_key, retired_at,
       created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)`,
  ).run(id, values.officeCode, values.officeName, values.officeKind, values.publicKey, values.privateKey, at, at);
  return id;
}

export function updateIdentity(
  db: Database,
  row: { id: string; version: number; at: string },
  values: { officeCode: string; officeName: string; officeKind: string },
): boolean {
  return updateAtVersion(
    db,
    'exchange_identity',
    'office_code = @officeCode, office_name = @officeName, office_kind = @officeKind',
    row,
    values,
  );
}

export function retireIdentity(db: Database, row: { id: string; version: number; at: string }): boolean {
  return updateAtVersion(db, 'exchange_identity', 'retired_at = @at', row);
}

/** Whether any bundle was ever written or accepted: from then on other offices know this one by its code. */
export function anyBundle(db: Database): boolean {
  return statement(db, 'SELECT 1 FROM exchange_bundles LIMIT 1').get() !== undefined;
}

export function listPartners(db: Database, includeRemoved: boolean): PartnerRow[] {
  return statement(
    db,
    `SELECT * FROM exchange_partners WHERE @includeRemoved = 1 OR removed_at IS NULL
       ORDER BY role DESC, office_code`,
  ).all({ includeRemoved: includeRemoved ? 1 : 0 }) as PartnerRow[];
}

export function insertPartner(
  db: Database,
  values: { role: PartnerRow['role']; officeCode: string; officeName: string; officeKind: string },
  at: string,
): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO exchange_partners (id, role, office_code, office_name, office_kind, removed_at, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 1)`,
  ).run(id, values.role, values.officeCode, values.officeName, values.officeKind, at, at);
  return id;
}

/** Brings a removed partner back (the same role and code were added again), with its name and kind as now typed. */
export function reinstatePartner(
  db: Database,
  row: { id: string; version: number; at: string },
  values: { officeName: string; officeKind: string },
): boolean {
  return updateAtVersion(
    db,
    'exchange_partners',
    'removed_at = NULL, office_name = @officeName, office_kind = @officeKind',
    row,
    values,
  );
}

export function removePartner(db: Database, row: { id: string; version: number; at: string }): boolean {
  return updateAtVersion(db, 'exchange_partners', 'removed_at = @at', row);
}

export function partnerKeyById(db: Database, id: string): PartnerKeyRow | null {
  return (
    (statement(db, 'SELECT * FROM exchange_partner_keys WHERE id = ?').get(id) as PartnerKeyRow | undefined) ?? null
  );
}

export function insertPartnerKey(
  db: Database,
  values: { partnerId: string; publicKey: string; fingerprint: string },
  at: string,
): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO exchange_partner_keys (id, partner_id, public_key, fingerprint, revoked_at, revoke_reason, revoked_by,
       created_at, updated_at, version)
     VALUES (?, ?, ?, ?, NULL, NULL, NULL, ?, ?, 1)`,
  ).run(id, values.partnerId, values.publicKey, values.fingerprint, at, at);
  return id;
}

export function revokePartnerKey(
  db: Database,
  row: { id: string; version: number; at: string },
  values: { reason: string; actor: string },
): boolean {
  return updateAtVersion(
    db,
    'exchange_partner_keys',
    'revoked_at = @at, revoke_reason = @reason, revoked_by = @actor',
    row,
    values,
  );
}

/** The partner (not removed) that holds this public key, if any: one office's key is never another's. */
export function partnerHoldingKey(db: Database, publicKey: string): PartnerRow | null {
  return (
    (statement(
      db,
      `SELECT p.* FROM exchange_partner_keys k JOIN exchange_partners p ON p.id = k.partner_id
        WHERE k.public_key = ? AND p.removed_at IS NULL LIMIT 1`,
    ).get(publicKey) as PartnerRow | undefined) ?? null
  );
}
