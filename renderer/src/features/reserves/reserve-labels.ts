import type { Rank, Reservist, Specialty } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';

const t = vi.reserves;

export const SOLDIER_RANKS: readonly Rank[] = ['private_2', 'private_1', 'corporal', 'sergeant', 'senior_sergeant'];
export const OFFICER_RANKS: readonly Rank[] = [
  'second_lieutenant',
  'lieutenant',
  'senior_lieutenant',
  'captain',
  'major',
  'lieutenant_colonel',
  'senior_lieutenant_colonel',
  'colonel',
];

export const rankOptions = (ranks: readonly Rank[]) => ranks.map((r) => ({ value: r, label: t.ranks[r] }));

export const categoryOptions = (['soldier', 'officer'] as const).map((c) => ({ value: c, label: t.categories[c] }));
export const gradeOptions = ([1, 2] as const).map((g) => ({ value: g, label: t.grades[g] }));
export const unitKindOptions = (['combat', 'support'] as const).map((k) => ({ value: k, label: t.unitKinds[k] }));

export const specialtyLabel = (s: { code: string; name: string }) => `${s.code} – ${s.name}`;

/** Active codes, plus the one already held (even if since retired), for a picker. */
export function specialtyOptions(list: readonly Specialty[], keepId?: string | null) {
  return list.filter((s) => !s.retiredOn || s.id === keepId).map((s) => ({ value: s.id, label: specialtyLabel(s) }));
}

export function reservistSpecialty(r: Reservist): string {
  return r.specialtyCode ? `${r.specialtyCode} – ${r.specialtyName}` : vi.common.none;
}

export const percentText = (value: number | null) =>
  value === null ? vi.common.none : format(t.summary.percent, { value: value.toLocaleString('vi-VN') });
