import { writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist, type ErrorCode } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { format, vi } from '../messages/vi';
import { listUnits } from '../militia';
import { formatDisplayDate, localIsoDate } from '../shared/dates';
import * as movementsRepo from './movements-repository';
import type {
  EquipmentItemHistory,
  EquipmentItemPage,
  EquipmentKind,
  EquipmentMovement,
  EquipmentMovementPage,
  EquipmentStockPage,
} from './public-types';
import * as repo from './repository';
import { replayItem, replayStock, type Violation } from './rules';
import type {
  ItemListInput,
  ItemState,
  KindCreateInput,
  KindUpdateInput,
  MovementCreateInput,
  MovementListInput,
  StockInput,
} from './schema';

const DATE_VALUES = new Set(['date', 'since']);

/** A refusal with its message filled ({basis} = the texts the book follows; dates as dd/mm/yyyy) on `field`. */
export function refuse(code: ErrorCode, values: Record<string, string | number>, field?: string): never {
  const shown = Object.fromEntries(
    Object.entries({ basis: vi.equipment.basis, ...values }).map(([k, v]) => [
      k,
      DATE_VALUES.has(k) ? formatDisplayDate(String(v)) : v,
    ]),
  );
  const message = format(vi.errors[code], shown);
  throw ApiError.of(code, shown, field ? { [field]: message } : undefined);
}

export function notInFuture(ctx: ApiContext, date: string, field: string): void {
  if (date > localIsoDate(ctx.now())) refuse('RULE_EQUIPMENT_FUTURE_DATE', { date }, field);
}

export function audit(ctx: ApiContext, entity: string, id: string, before: unknown, after: unknown): void {
  const action = before === null ? 'create' : 'update';
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity, entityId: id, action, before, after });
}

export const listKinds = (ctx: ApiContext, input: { includeRetired: boolean }) =>
  repo.listKinds(ctx.db, input.includeRetired);

export function createKind(ctx: ApiContext, input: KindCreateInput): EquipmentKind {
  return inTransaction(ctx, () => {
    if (repo.kindNameTaken(ctx.db, input.name, null))
      refuse('CONFLICT_EQUIPMENT_KIND_NAME', { name: input.name }, 'name');
    const id = repo.insertKind(ctx.db, input, timestamp(ctx.now()));
    const after = mustExist(repo.findKind(ctx.db, id));
    audit(ctx, 'equipment_kind', id, null, after);
    return after;
  });
}

export function updateKind(ctx: ApiContext, input: KindUpdateInput): EquipmentKind {
  return inTransaction(ctx, () => {
    const before = mustExist(repo.findKind(ctx.db, input.id));
    if (repo.kindNameTaken(ctx.db, input.name, input.id))
      refuse('CONFLICT_EQUIPMENT_KIND_NAME', { name: input.name }, 'name');
    mustBeCurrent(repo.updateKind(ctx.db, input, timestamp(ctx.now())));
    const after = mustExist(repo.findKind(ctx.db, input.id));
    audit(ctx, 'equipment_kind', input.id, before, after);
    return after;
  });
}

export function stock(ctx: ApiContext, input: StockInput): EquipmentStockPage {
  return { ...repo.stockPage(ctx.db, input), page: input.page, pageSize: input.pageSize };
}

export function listItems(ctx: ApiContext, input: ItemListInput): EquipmentItemPage {
  return { pageSize: input.pageSize, ...repo.listItems(ctx.db, input) };
}

export function itemHistory(ctx: ApiContext, id: string): EquipmentItemHistory {
  const item = mustExist(repo.findItem(ctx.db, id));
  return { item, movements: movementsRepo.movementsOfItem(ctx.db, id) };
}

export function listMovements(ctx: ApiContext, input: MovementListInput): EquipmentMovementPage {
  return { pageSize: input.pageSize, ...movementsRepo.listMovements(ctx.db, input) };
}

export const getMovement = (ctx: ApiContext, id: string): EquipmentMovement =>
  mustExist(movementsRepo.findMovement(ctx.db, id));

/** An issue or a return names one holder: a militia unit, or a person serving in the militia on the day (issue). */
function checkHolder(ctx: ApiContext, input: MovementCreateInput): MovementCreateInput {
  if (input.kind !== 'issue' && input.kind !== 'return') return { ...input, unitId: null, personId: null };
  if ((input.unitId === null) === (input.personId === null)) refuse('RULE_EQUIPMENT_HOLDER_REQUIRED', {}, 'unitId');
  if (input.unitId !== null && !listUnits(ctx.db, input.movedOn, true).some((u) => u.id === input.unitId))
    throw ApiError.of('NOT_FOUND');
  // A member who has left still returns what he holds; only an issue needs him serving.
  if (
    input.personId !== null &&
    input.kind === 'issue' &&
    !repo.servedInMilitiaOn(ctx.db, input.personId, input.movedOn)
  )
    refuse('RULE_EQUIPMENT_HOLDER_NOT_MEMBER', { date: input.movedOn }, 'personId');
  return input;
}

/** The piece a line of a serial kind names: a new one for a receipt, an existing one otherwise. */
function pieceOf(ctx: ApiContext, input: MovementCreateInput, kind: EquipmentKind, index: number, at: string): string {
  const line = input.lines[index]!;
  const field = `lines.${index}`;
  if (input.kind === 'receive') {
    if (line.serial === '') refuse('RULE_EQUIPMENT_SERIAL_REQUIRED', { kind: kind.name }, `${field}.serial`);
    if (repo.findItemBySerial(ctx.db, kind.id, line.serial) !== null)
      refuse('CONFLICT_EQUIPMENT_SERIAL', { kind: kind.name, serial: line.serial }, `${field}.serial`);
    const itemId = repo.insertItem(
      ctx.db,
      { kindId: kind.id, serial: line.serial, receivedOn: input.movedOn, source: input.source },
      at,
    );
    audit(ctx, 'equipment_item', itemId, null, repo.findItem(ctx.db, itemId));
    return itemId;
  }
  const id = line.itemId ?? (line.serial !== '' ? repo.findItemBySerial(ctx.db, kind.id, line.serial) : null);
  if (id === null) refuse('RULE_EQUIPMENT_SERIAL_REQUIRED', { kind: kind.name }, `${field}.serial`);
  const item = mustExist(repo.findItem(ctx.db, id));
  if (item.kindId !== kind.id) throw ApiError.of('NOT_FOUND');
  return id;
}

/** A piece's state changed by a maintenance or a write-off, with its own audit row (before and after). */
function setItemStateAudited(ctx: ApiContext, itemId: string, state: ItemState, at: string): void {
  const before = repo.findItem(ctx.db, itemId);
  repo.setItemState(ctx.db, itemId, state, at);
  audit(ctx, 'equipment_item', itemId, before, repo.findItem(ctx.db, itemId));
}

/**
 * One movement with its lines, in one transaction: each serial piece's and each counted kind's
 * whole history is replayed after the write (rules.ts), and any refusal rolls the movement back.
 */
export function createMovement(ctx: ApiContext, raw: MovementCreateInput): EquipmentMovement {
  return inTransaction(ctx, () => {
    notInFuture(ctx, raw.movedOn, 'movedOn');
    const input = checkHolder(ctx, raw);
    const at = timestamp(ctx.now());
    const { lines, ...fields } = input;
    const id = movementsRepo.insertMovement(ctx.db, fields, at);
    const touched: { itemId: string | null; kind: EquipmentKind; index: number }[] = [];
    lines.forEach((line, index) => {
      const kind = mustExist(repo.findKind(ctx.db, line.kindId));
      if (input.kind === 'receive' && kind.retired) refuse('RULE_EQUIPMENT_KIND_RETIRED', { kind: kind.name });
      if (!kind.serialTracked && (line.itemId !== null || line.serial !== ''))
        refuse('RULE_EQUIPMENT_COUNTED_KIND', { kind: kind.name }, `lines.${index}.serial`);
      const itemId = kind.serialTracked ? pieceOf(ctx, input, kind, index, at) : null;
      const state = input.kind === 'maintenance' ? line.state : null;
      movementsRepo.insertLine(
        ctx.db,
        id,
        index,
        { kindId: kind.id, itemId, quantity: itemId ? 1 : line.quantity, state },
        at,
      );
      const newState = input.kind === 'write_off' ? 'written_off' : state;
      if (itemId && newState) setItemStateAudited(ctx, itemId, newState, at);
      touched.push({ itemId, kind, index });
    });
    for (const { itemId, kind, index } of touched) {
      const violation: Violation | null = itemId
        ? replayItem(mustExist(repo.findItem(ctx.db, itemId)).receivedOn, movementsRepo.itemEvents(ctx.db, itemId))
        : replayStock(movementsRepo.stockEvents(ctx.db, kind.id));
      if (violation) {
        const serial = itemId ? mustExist(repo.findItem(ctx.db, itemId)).serial : '';
        refuse(
          violation.code as ErrorCode,
          { ...violation.values, kind: kind.name, unit: kind.unit, serial },
          `lines.${index}.${itemId ? 'serial' : 'quantity'}`,
        );
      }
    }
    const after = mustExist(movementsRepo.findMovement(ctx.db, id));
    audit(ctx, 'equipment_movement', id, null, after);
    return after;
  });
}
