import type { Database } from 'better-sqlite3-multiple-ciphers';
import { countAndPage, pageWindow } from '../db/paging';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { personSearchFilter } from '../people';
import type { HandedOverConscript } from './schema';

/* Reads of the conscription records a reservist may be made from (SQL only; the conscription feature owns the rows). */

export interface ConscriptSource {
  id: string;
  personId: string;
  state: string;
  handedOverOn: string | null;
  receivingUnit: string;
}

export function findConscriptionRecord(db: Database, id: string): ConscriptSource | null {
  const row = statement(
    db,
    `SELECT id, person_id, state, handed_over_on, receiving_unit FROM conscription_records WHERE id = ?`,
  ).get(id) as
    { id: string; person_id: string; state: string; handed_over_on: string | null; receiving_unit: string } | undefined;
  if (!row) return null;
  return {
    id: row.id,
    personId: row.person_id,
    state: row.state,
    handedOverOn: row.handed_over_on,
    receivingUnit: row.receiving_unit,
  };
}

/** Handed-over conscripts not yet on the reserve list, newest campaign first, then in Vietnamese name order. */
export function handedOverCandidates(
  db: Database,
  q: { search: string; page: number; pageSize: number },
): { rows: HandedOverConscript[]; total: number } {
  const where = whereClause([
    [`c.state = 'handed_over'`],
    ['NOT EXISTS (SELECT 1 FROM reservists x WHERE x.person_id = c.person_id)'],
    ['p.archived_at IS NULL'],
    personSearchFilter(q.search),
  ]);
  const from = `conscription_records c JOIN people p ON p.id = c.person_id
    JOIN conscription_campaigns k ON k.id = c.campaign_id`;
  const { rows, total } = countAndPage<Record<string, unknown>>(db, {
    countFrom: from,
    select: `SELECT c.id, c.person_id, c.handed_over_on, c.receiving_unit, k.year, p.family_name, p.middle_name,
       p.given_name, p.birth_date
     FROM ${from}`,
    where,
    orderBy: 'k.year DESC, p.sort_given, p.sort_middle, p.sort_family, c.id',
    ...pageWindow(q),
  });
  return {
    total,
    rows: rows.map((r) => ({
      recordId: r.id as string,
      personId: r.person_id as string,
      fullName: [r.family_name, r.middle_name, r.given_name].filter(Boolean).join(' '),
      birthDate: r.birth_date as string,
      campaignYear: r.year as number,
      handedOverOn: r.handed_over_on as string | null,
      receivingUnit: r.receiving_unit as string,
    })),
  };
}
