import type { Database } from 'better-sqlite3-multiple-ciphers';
import { countMovements } from './movements-repository';
import type { EquipmentStocktake, EquipmentStockRow } from './public-types';
import { ownedAsOf } from './repository';
import { stocktakesIn } from './stocktakes-repository';

export interface EquipmentFigures {
  /** Kinds with something owned on `to` (serial pieces not written off, counted stock), in the kinds' order. */
  onHand: EquipmentStockRow[];
  /** Issue movements dated in [from, to]. */
  issues: number;
  /** Maintenance sessions dated in [from, to]. */
  maintenance: number;
  /** Stocktakes dated in [from, to], with their discrepancies. */
  stocktakes: EquipmentStocktake[];
}

/** The review's figures of the weapons book over [from, to] (inclusive). */
export function equipmentFigures(db: Database, range: { from: string; to: string }): EquipmentFigures {
  return {
    onHand: ownedAsOf(db, range.to),
    issues: countMovements(db, 'issue', range.from, range.to),
    maintenance: countMovements(db, 'maintenance', range.from, range.to),
    stocktakes: stocktakesIn(db, range.from, range.to),
  };
}
