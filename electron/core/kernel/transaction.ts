import type { ApiContext } from './context';

/**
 * Runs a use case in one transaction (a savepoint when already inside one),
 * so its rows and its audit entries commit or roll back together.
 */
export function inTransaction<T>(ctx: ApiContext, work: () => T): T {
  return ctx.db.transaction(work)();
}
