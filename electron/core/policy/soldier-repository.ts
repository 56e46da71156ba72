import type { Database } from 'better-sqlite3-multiple-ciphers';
import { statement } from '../db/statements';
import { whereClause } from '../db/where';
import { personSearchFilter } from '../people';
import { PERSON_COLUMNS, personOf, type PersonColumns } from './person-columns';
import type { PolicySoldierOption } from './public-types';
import type { SoldierSearchInput } from './schema';

/**
 * The people the soldier picker offers (SQL only): the register's living records, those handed over
 * in a campaign first (latest year first), so a family support or a return is usually one pick.
 */
export function searchSoldiers(db: Database, q: SoldierSearchInput): PolicySoldierOption[] {
  const where = whereClause([['p.archived_at IS NULL'], personSearchFilter(q.search)]);
  const rows = statement(
    db,
    `SELECT * FROM (SELECT p.id, ${PERSON_COLUMNS}, p.sort_given, p.sort_middle, p.sort_family
       FROM people p ${where.sql})
     ORDER BY handover_year IS NULL, handover_year DESC, sort_given, sort_middle, sort_family, id LIMIT @limit`,
  ).all({ ...where.params, limit: q.pageSize }) as (PersonColumns & { id: string })[];
  return rows.map((r) => ({ personId: r.id, ...personOf(r) }));
}
