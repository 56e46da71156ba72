import { updateAtVersion } from '../db/records';
import { statement } from '../db/statements';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { IsoDate } from '../shared/dates';
import type { OfficeKind } from '../../../vocabulary/office';
import type { OfficeProfile, PeopleCommittee, Signer } from './schema';

/** The office's first period keeps the id the single profile row always had (its audit trail goes on). */
export const OFFICE_PROFILE_ID = '00000000-0000-4000-8000-000000000001';

interface Row {
  id: string;
  valid_from: string | null;
  kind: OfficeKind;
  name: string;
  parent_body: string;
  place_name: string;
  symbol: string;
  signers_json: string;
  people_committee_json: string | null;
  updated_at: string;
  version: number;
}

/** A period as stored: every field a document prints, in the shape the office's screens and documents read. */
export interface PeriodValues {
  kind: OfficeKind;
  name: string;
  parentBody: string;
  placeName: string;
  symbol: string;
  signers: Signer[];
  peopleCommittee: PeopleCommittee | null;
}

function fromRow(row: Row): OfficeProfile {
  return {
    id: row.id,
    validFrom: row.valid_from,
    kind: row.kind,
    name: row.name,
    parentBody: row.parent_body,
    placeName: row.place_name,
    symbol: row.symbol,
    signers: JSON.parse(row.signers_json) as Signer[],
    peopleCommittee: row.people_committee_json ? (JSON.parse(row.people_committee_json) as PeopleCommittee) : null,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

// The first period's NULL start sorts before every date.
const START = `ifnull(valid_from, '')`;

/**
 * The profile in force on `on` (the period that started last on or before it); without a date, the
 * newest period (what the office is now or is about to become). null before the first run.
 */
export function findProfile(db: Database, on?: IsoDate): OfficeProfile | null {
  const row = (
    on === undefined
      ? statement(db, `SELECT * FROM office_profiles ORDER BY ${START} DESC LIMIT 1`).get()
      : statement(db, `SELECT * FROM office_profiles WHERE ${START} <= ? ORDER BY ${START} DESC LIMIT 1`).get(on)
  ) as Row | undefined;
  return row ? fromRow(row) : null;
}

export function findPeriod(db: Database, id: string): OfficeProfile | null {
  const row = statement(db, `SELECT * FROM office_profiles WHERE id = ?`).get(id) as Row | undefined;
  return row ? fromRow(row) : null;
}

/** Every period, oldest first. */
export function listPeriods(db: Database): OfficeProfile[] {
  return (statement(db, `SELECT * FROM office_profiles ORDER BY ${START}`).all() as Row[]).map(fromRow);
}

/** The period as bound parameters: the signers and the committee are stored as JSON. */
const params = (values: PeriodValues) => ({
  kind: values.kind,
  name: values.name,
  parentBody: values.parentBody,
  placeName: values.placeName,
  symbol: values.symbol,
  signers: JSON.stringify(values.signers),
  peopleCommittee: values.peopleCommittee ? JSON.stringify(values.peopleCommittee) : null,
});

export function insertPeriod(
  db: Database,
  id: string,
  validFrom: IsoDate | null,
  values: PeriodValues,
  at: string,
): void {
  statement(
    db,
    `INSERT INTO office_profiles (id, valid_from, kind, name, parent_body, place_name, symbol, signers_json,
       people_committee_json, created_at, updated_at, version)
     VALUES (@id, @validFrom, @kind, @name, @parentBody, @placeName, @symbol, @signers, @peopleCommittee, @at, @at, 1)`,
  ).run({ ...params(values), id, validFrom, at });
}

/** Returns false when the stored version is not `version` (someone saved in between). */
export function updatePeriod(db: Database, id: string, values: PeriodValues, version: number, at: string): boolean {
  return updateAtVersion(
    db,
    'office_profiles',
    `kind = @kind, name = @name, parent_body = @parentBody, place_name = @placeName, symbol = @symbol,
     signers_json = @signers, people_committee_json = @peopleCommittee`,
    { id, version, at },
    params(values),
  );
}
