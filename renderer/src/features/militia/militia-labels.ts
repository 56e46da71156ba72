import type {
  MilitiaAgeBand,
  MilitiaComponent,
  MilitiaEndReason,
  MilitiaForce,
  MilitiaLevel,
  MilitiaPosition,
  MilitiaUnitGroup,
  MilitiaUnitNode,
} from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { optionsOf } from '../../shared/options';
import { indented } from '../../shared/indent';

const t = vi.militia;

export const levelOptions = optionsOf<MilitiaLevel>(t.levels);
export const forceOptions = optionsOf<MilitiaForce>(t.forces);
export const componentOptions = optionsOf<MilitiaComponent>(t.components);
export const positionOptions = optionsOf<MilitiaPosition>(t.positions);
export const endReasonOptions = optionsOf<MilitiaEndReason>(t.endReasons);
export const ageBandOptions = optionsOf<MilitiaAgeBand>(t.ageBands);

/** Every unit of the tree, depth first, with its depth (for pickers and lookups). */
export function flattenUnits(groups: readonly MilitiaUnitGroup[]): Array<MilitiaUnitNode & { depth: number }> {
  const out: Array<MilitiaUnitNode & { depth: number }> = [];
  const walk = (nodes: readonly MilitiaUnitNode[], depth: number) => {
    for (const node of nodes) {
      out.push({ ...node, depth });
      walk(node.children, depth + 1);
    }
  };
  for (const group of groups) walk(group.units, 0);
  return out;
}

/** The unit tree as grouped options, one group per ward/commune or agency, sub-units indented. */
export function unitTreeOptions(groups: readonly MilitiaUnitGroup[]) {
  return groups.map((group) => ({
    label: group.name,
    title: group.name,
    options: flattenUnits([group]).map((u) => ({ value: u.id, label: indented(u.name, u.depth) })),
  }));
}

/** Options for a unit picker: "Phường Đức Xuân › Trung đội cơ động › Tiểu đội 1". */
export function unitOptions(groups: readonly MilitiaUnitGroup[]) {
  const options: Array<{ value: string; label: string }> = [];
  const walk = (nodes: readonly MilitiaUnitNode[], path: string) => {
    for (const node of nodes) {
      const label = `${path} › ${node.name}`;
      options.push({ value: node.id, label });
      walk(node.children, label);
    }
  };
  for (const group of groups) walk(group.units, group.name);
  return options;
}
