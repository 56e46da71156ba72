import type { Locality, LocalityKind } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';

export const TOP_LEVEL_KINDS: readonly LocalityKind[] = ['ward', 'commune', 'town'];

export const kindOptions = (Object.keys(vi.localities.kinds) as LocalityKind[]).map((kind) => ({
  value: kind,
  label: vi.localities.kinds[kind],
}));

/** Wards/communes first, each followed by its villages, for tables and pickers. */
export function orderAsTree(localities: readonly Locality[]): Array<Locality & { depth: number }> {
  const tops = localities.filter((l) => l.parentId === null || !localities.some((p) => p.id === l.parentId));
  return tops.flatMap((top) => [
    { ...top, depth: 0 },
    ...localities.filter((l) => l.parentId === top.id).map((child) => ({ ...child, depth: 1 })),
  ]);
}

/** Options for a locality picker: "Phường Đức Xuân", "Phường Đức Xuân › Tổ 1". */
export function localityOptions(localities: readonly Locality[]) {
  const byId = new Map(localities.map((l) => [l.id, l]));
  return orderAsTree(localities).map((l) => ({
    value: l.id,
    label: l.parentId && byId.has(l.parentId) ? `${byId.get(l.parentId)!.name} › ${l.name}` : l.name,
  }));
}

/** The wards/communes in use today: where a village, a residential group or a militia unit can go. */
export const liveTops = (localities: readonly Locality[]) =>
  localities.filter((l) => TOP_LEVEL_KINDS.includes(l.kind) && !l.retiredOn);

/** A village or residential group belongs to a ward/commune; a ward/commune to nothing. */
export const needsParent = (kind: LocalityKind | undefined) => kind !== undefined && !TOP_LEVEL_KINDS.includes(kind);
