import type { Role } from '../../../vocabulary/accounts';

/** The three roles of issue 7 (codes and labels: the shared vocabulary's). */
export { roles, type Role } from '../../../vocabulary/accounts';

/** Higher may do everything lower may. */
const RANK: Record<Role, number> = { viewer: 1, officer: 2, admin: 3 };

/** Whether `role` (null = nobody logged in) is at least `needed`. */
export function roleAllows(role: Role | null, needed: Role): boolean {
  return role !== null && RANK[role] >= RANK[needed];
}
