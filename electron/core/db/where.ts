/** One condition of a list's filter: SQL with named parameters (@name) and their values. */
export type FilterClause = readonly [sql: string, params?: Record<string, unknown>];

/**
 * The WHERE clause of a list from its optional filters: a filter not given is false/undefined/''
 * and drops out; every value is bound as a named parameter, never written into the SQL.
 *   whereClause([input.status && ['e.status = @status', { status: input.status }], …])
 */
export function whereClause(filters: ReadonlyArray<FilterClause | false | '' | null | undefined>): {
  sql: string;
  params: Record<string, unknown>;
} {
  const given = filters.filter((f): f is FilterClause => Array.isArray(f));
  return {
    sql: given.length ? `WHERE ${given.map(([sql]) => sql).join(' AND ')}` : '',
    params: Object.assign({}, ...given.map(([, params]) => params ?? {})),
  };
}

/** A LIKE pattern that finds `text` anywhere, its own % and _ taken literally (with ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
