import { updateAtVersion } from '../db/records';
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

/** The profile as bound parameters: the signers are stored as JSON. */
const params = (input: OfficeProfileInput) => ({ ...input, signers: JSON.stringify(input.signers) });

export function insertProfile(db: Database, input: OfficeProfileInput, at: string): void {
  statement(
    db,
    `INSERT INTO office_profiles (id, name, parent_body, place_name, symbol, signers_json, created_at, updated_at, version)
     VALUES (@id, @name, @parentBody, @placeName, @symbol, @signers, @at, @at, 1)`,
  ).run({ ...params(input), id: OFFICE_PROFILE_ID, at });
}

/** Returns false when the stored version is not `version` (someone saved in between). */
export function updateProfile(db: Database, input: OfficeProfileInput, version: number, at: string): boolean {
  return updateAtVersion(
    db,
    'office_profiles',
    'name = @name, parent_body = @parentBody, place_name = @placeName, symbol = @symbol, signers_json = @signers',
    { id: OFFICE_PROFILE_ID, version, at },
    params(input),
  );
}
