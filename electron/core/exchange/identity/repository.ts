import type { Database } from 'better-sqlite3-multiple-ciphers';
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
  return statement(db, 'SELECT * FROM exchange_partner_keys WHERE partner_id = ? ORDER BY created_at').all(
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
