import { statement } from '../db/statements';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { OfficeProfile, OfficeProfileInput } from './schema';

/** The office has exactly one profile row, under this fixed id. */
export const OFFICE_PROFILE_ID = '00000000-0000-4000-8000-000000000001';

interface Row {
  name: string;
  parent_body: string;
  place_name: string;
  symbol: string;
  signers_json: string;
  updated_at: string;
  version: number;
}

export function findProfile(db: Database): OfficeProfile | null {
  const row = statement(db, `SELECT * FROM office_profiles WHERE id = ?`).get(OFFICE_PROFILE_ID) as Row | undefined;
  if (!row) return null;
  return {
    name: row.name,
    parentBody: row.parent_body,
    placeName: row.place_name,
    symbol: row.symbol,
    signers: JSON.parse(row.signers_json) as OfficeProfile['signers'],
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function insertProfile(db: Database, input: OfficeProfileInput, at: string): void {
  statement(
    db,
    `INSERT INTO office_profiles (id, name, parent_body, place_name, symbol, signers_json, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  ).run(
    OFFICE_PROFILE_ID,
    input.name,
    input.parentBody,
    input.placeName,
    input.symbol,
    JSON.stringify(input.signers),
    at,
    at,
  );
}

/** Returns false when the stored version is not `version` (someone saved in between). */
export function updateProfile(db: Database, input: OfficeProfileInput, version: number, at: string): boolean {
  const result = statement(
    db,
    `UPDATE office_profiles SET name = ?, parent_body = ?, place_name = ?, symbol = ?, signers_json = ?,
         updated_at = ?, version = version + 1
       WHERE id = ? AND version = ?`,
  ).run(
    input.name,
    input.parentBody,
    input.placeName,
    input.symbol,
    JSON.stringify(input.signers),
    at,
    OFFICE_PROFILE_ID,
    version,
  );
  return result.changes === 1;
}
