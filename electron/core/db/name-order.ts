/**
 * Below this many matching rows, sorting the matches is cheaper than walking the
 * name-order index past every row the filters reject (a unit of 60 in 20,000
 * members: ~60 sorted rows instead of ~20,000 looked at). Above it the filters
 * keep most rows, and the index gives the first page at once.
 */
export const SORT_MATCHES_BELOW = 5000;

/**
 * ORDER BY for a list in Vietnamese name order on a table carrying the person's
 * sort keys. With few matches the first key gets a no-op `+`, which stops SQLite
 * from using the name index for the order, so it picks the filter's index instead.
 */
export function nameOrderBy(alias: string, matches: number): string {
  const first = matches < SORT_MATCHES_BELOW ? `+${alias}.sort_given` : `${alias}.sort_given`;
  return `${first}, ${alias}.sort_middle, ${alias}.sort_family, ${alias}.id`;
}
