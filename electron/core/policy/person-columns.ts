import type { FilterClause } from '../db/where';

/*
 * The person part every policy list shows (SQL only): name and birth date from the register (alias
 * p) and the year of his latest handover in a conscription campaign, read from the conscription
 * feature's tables as the reserves feature reads them.
 */

export const PERSON_COLUMNS = `p.family_name, p.middle_name, p.given_name, p.birth_date,
  (SELECT MAX(k.year) FROM conscription_records c JOIN conscription_campaigns k ON k.id = c.campaign_id
    WHERE c.person_id = p.id AND c.state = 'handed_over') AS handover_year`;

/** The register's name order (given name, middle, family) used to break ties of the same date. */
export const PERSON_ORDER = 'p.sort_given, p.sort_middle, p.sort_family';

export interface PersonColumns {
  family_name: string | null;
  middle_name: string | null;
  given_name: string | null;
  birth_date: string | null;
  handover_year: number | null;
}

export function personOf(r: PersonColumns): { fullName: string; birthDate: string; handoverYear: number | null } {
  return {
    fullName: [r.family_name, r.middle_name, r.given_name].filter(Boolean).join(' '),
    birthDate: r.birth_date ?? '',
    handoverYear: r.handover_year,
  };
}

/** `column` falls in the calendar year (bound values). */
export function yearFilter(column: string, year: number | undefined): FilterClause | null {
  if (year === undefined) return null;
  return [`${column} BETWEEN @yearFrom AND @yearTo`, { yearFrom: `${year}-01-01`, yearTo: `${year}-12-31` }];
}
