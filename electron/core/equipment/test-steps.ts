/** Office steps for the equipment tests: the seeded kinds by name, movements and stocktakes as the clerk enters them. */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { EquipmentKind, EquipmentMovement, EquipmentStocktake } from './public-types';

export async function kindsByName(core: Core): Promise<Record<string, EquipmentKind>> {
  const kinds = await call<EquipmentKind[]>(core, 'equipment.kinds.list', {});
  return Object.fromEntries(kinds.map((k) => [k.name, k]));
}

export type Line = { kindId: string; serial?: string; quantity?: number; itemId?: string; state?: string };

export const move = (core: Core, kind: string, movedOn: string, lines: Line[], extra: Record<string, unknown> = {}) =>
  call<EquipmentMovement>(core, 'equipment.movement.create', { kind, movedOn, lines, ...extra });

export const moveInput = (kind: string, movedOn: string, lines: Line[], extra: Record<string, unknown> = {}) => ({
  kind,
  movedOn,
  lines,
  ...extra,
});

export const stocktake = (core: Core, takenOn: string, lines: { kindId: string; counted: number }[]) =>
  call<EquipmentStocktake>(core, 'equipment.stocktake.create', { takenOn, lines });
