/**
 * What other features may use of equipment/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { equipmentFigures, type EquipmentFigures } from './figures';
export { listKinds, createMovement } from './service';
export { createStocktake } from './stocktakes-service';
export type { EquipmentKind, EquipmentStockRow, EquipmentStocktake } from './public-types';
