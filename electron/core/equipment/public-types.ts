/** The equipment feature's types the renderer may import (re-exported by api/contract.ts). */
import type { ListPage } from '../shared/list-page';
import type { ItemState, MovementKind } from './schema';

export type { ItemState as EquipmentItemState, MovementKind as EquipmentMovementKind } from './schema';

export interface EquipmentKind {
  id: string;
  name: string;
  unit: string;
  serialTracked: boolean;
  retired: boolean;
  version: number;
}

/** A kind's book as of a date: owned (received − written off), issued out, and in store. */
export interface EquipmentStockRow extends EquipmentKind {
  owned: number;
  issued: number;
  inStore: number;
}

/** Who holds an issued piece or quantity: a militia unit or a person. */
export interface EquipmentHolder {
  unitId: string | null;
  personId: string | null;
  name: string;
}

export interface EquipmentItemRow {
  id: string;
  kindId: string;
  kindName: string;
  serial: string;
  state: ItemState;
  receivedOn: string;
  source: string;
  note: string;
  /** The holder it is issued to now and since when; null when in store (or written off). */
  issuedTo: (EquipmentHolder & { since: string }) | null;
  version: number;
}

export interface EquipmentMovementLine {
  kindId: string;
  kindName: string;
  unit: string;
  itemId: string | null;
  serial: string | null;
  quantity: number;
  state: 'good' | 'needs_repair' | null;
}

export interface EquipmentMovement {
  id: string;
  kind: MovementKind;
  movedOn: string;
  holder: EquipmentHolder | null;
  source: string;
  reference: string;
  result: string;
  note: string;
  lines: EquipmentMovementLine[];
  createdAt: string;
}

export interface EquipmentItemHistory {
  item: EquipmentItemRow;
  movements: EquipmentMovement[];
}

export interface EquipmentStocktakeLine {
  kindId: string;
  kindName: string;
  unit: string;
  counted: number;
  /** The book quantity (owned) as of the stocktake's date, computed when it was recorded. */
  book: number;
  /** counted − book: below zero a shortfall, above a surplus. */
  difference: number;
}

export interface EquipmentStocktake {
  id: string;
  takenOn: string;
  note: string;
  lines: EquipmentStocktakeLine[];
  /** Lines whose count differs from the book. */
  discrepancies: number;
  createdAt: string;
}

export type EquipmentStockPage = ListPage<EquipmentStockRow>;
export type EquipmentItemPage = ListPage<EquipmentItemRow>;
export type EquipmentMovementPage = ListPage<EquipmentMovement>;
export type EquipmentStocktakePage = ListPage<EquipmentStocktake>;
