import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import type { EquipmentStocktake, EquipmentStocktakePage } from './public-types';
import * as repo from './repository';
import { audit, notInFuture, refuse } from './service';
import * as stocktakes from './stocktakes-repository';
import type { StocktakeCreateInput, StocktakeListInput } from './schema';

export function listStocktakes(ctx: ApiContext, input: StocktakeListInput): EquipmentStocktakePage {
  return { pageSize: input.pageSize, ...stocktakes.listStocktakes(ctx.db, input) };
}

export const getStocktake = (ctx: ApiContext, id: string): EquipmentStocktake =>
  mustExist(stocktakes.findStocktake(ctx.db, id));

/**
 * A stocktake (kiểm kê) and all its lines, or nothing: each line keeps the count and the book
 * quantity (owned: received − written off up to the day) computed now, so a later correction of
 * the book does not rewrite what the stocktake found. A count below zero, or a kind counted twice,
 * refuses the whole stocktake.
 */
export function createStocktake(ctx: ApiContext, input: StocktakeCreateInput): EquipmentStocktake {
  return inTransaction(ctx, () => {
    notInFuture(ctx, input.takenOn, 'takenOn');
    const at = timestamp(ctx.now());
    const id = stocktakes.insertStocktake(ctx.db, { takenOn: input.takenOn, note: input.note }, at);
    const seen = new Set<string>();
    input.lines.forEach((line, index) => {
      const kind = mustExist(repo.findKind(ctx.db, line.kindId));
      if (line.counted < 0) refuse('RULE_EQUIPMENT_NEGATIVE_COUNT', { kind: kind.name }, `lines.${index}.counted`);
      if (seen.has(kind.id)) refuse('RULE_EQUIPMENT_DUPLICATE_LINE', { kind: kind.name }, `lines.${index}.kindId`);
      seen.add(kind.id);
      const book = repo.ownedOf(ctx.db, kind.id, input.takenOn);
      stocktakes.insertStocktakeLine(ctx.db, id, index, { kindId: kind.id, counted: line.counted, book }, at);
    });
    const after = mustExist(stocktakes.findStocktake(ctx.db, id));
    audit(ctx, 'equipment_stocktake', id, null, after);
    return after;
  });
}
