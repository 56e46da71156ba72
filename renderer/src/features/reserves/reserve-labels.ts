import type { Rank, ReserveUnit, Reservist, Specialty } from '../../../../electron/core/api/contract';
import { RESERVE_UNIT_KINDS } from '../../../../vocabulary/reserves';
import { format, vi } from '../../messages/vi';
import { indented } from '../../shared/indent';

const t = vi.reserves;

export { OFFICER_RANKS, PROFESSIONAL_RANKS, SOLDIER_RANKS } from '../../../../vocabulary/reserves';

export const rankOptions = (ranks: readonly Rank[]) => ranks.map((r) => ({ value: r, label: t.ranks[r] }));

export const categoryOptions = (['soldier', 'professional', 'officer'] as const).map((c) => ({
  value: c,
  label: t.categories[c],
}));
export const gradeOptions = ([1, 2] as const).map((g) => ({ value: g, label: t.grades[g] }));
export const unitKindOptions = RESERVE_UNIT_KINDS.map((k) => ({ value: k, label: t.unitKinds[k] }));

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

const collator = new Intl.Collator('vi', { numeric: true });

/** Reserve units as options in tree order, sub-units indented under their unit. */
export function unitTreeOptions(units: readonly ReserveUnit[]) {
  const ids = new Set(units.map((u) => u.id));
  const parentOf = (u: ReserveUnit) => (u.parentId !== null && ids.has(u.parentId) ? u.parentId : null);
  const walk = (parentId: string | null, depth: number): { value: string; label: string }[] =>
    units
      .filter((u) => parentOf(u) === parentId)
      .sort((a, b) => collator.compare(a.name, b.name))
      .flatMap((u) => [{ value: u.id, label: indented(u.name, depth) }, ...walk(u.id, depth + 1)]);
  return walk(null, 0);
}
