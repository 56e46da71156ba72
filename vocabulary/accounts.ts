/** The three roles of an account: quản trị (admin), cán bộ (officer), chỉ xem (viewer). */
import { keysOf } from './keys';

export const roleLabels = { admin: 'Quản trị', officer: 'Cán bộ', viewer: 'Chỉ xem' } as const;
export type Role = keyof typeof roleLabels;
export const roles = keysOf(roleLabels);
