import { byId, defineMethod } from '../kernel/method';
import {
  idInput,
  itemListInput,
  kindCreateInput,
  kindListInput,
  kindUpdateInput,
  movementCreateInput,
  movementListInput,
  stockInput,
  stocktakeCreateInput,
  stocktakeListInput,
} from './schema';
import * as service from './service';
import * as stocktakes from './stocktakes-service';

/** The militia weapons and equipment book's API methods (spread into api/contract.ts). */
export const equipmentApi = {
  'equipment.kinds.list': defineMethod(kindListInput, service.listKinds),
  'equipment.kind.create': defineMethod(kindCreateInput, service.createKind),
  'equipment.kind.update': defineMethod(kindUpdateInput, service.updateKind),
  /** Each kind's book as of a date: owned, issued, in store. */
  'equipment.stock': defineMethod(stockInput, service.stock),
  'equipment.items.list': defineMethod(itemListInput, service.listItems),
  /** One serial piece with every movement it went through. */
  'equipment.item.history': defineMethod(idInput, byId(service.itemHistory)),
  'equipment.movements.list': defineMethod(movementListInput, service.listMovements),
  'equipment.movement.get': defineMethod(idInput, byId(service.getMovement)),
  'equipment.movement.create': defineMethod(movementCreateInput, service.createMovement),
  'equipment.stocktakes.list': defineMethod(stocktakeListInput, stocktakes.listStocktakes),
  'equipment.stocktake.get': defineMethod(idInput, byId(stocktakes.getStocktake)),
  'equipment.stocktake.create': defineMethod(stocktakeCreateInput, stocktakes.createStocktake),
};
