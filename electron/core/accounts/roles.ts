/** The three roles of issue 7: quản trị (admin), cán bộ (officer), chỉ xem (viewer). */
export const roles = ['admin', 'officer', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** Higher may do everything lower may. */
const RANK: Record<Role, number> = { viewer: 1, officer: 2, admin: 3 };

/** Whether `role` (null = nobody logged in) is at least `needed`. */
export function roleAllows(role: Role | null, needed: Role): boolean {
  return role !== null && RANK[role] >= RANK[needed];
}
