/**
 * What other features may use of localities/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export {
  findLocality,
  listLocalities,
  localityExists,
  localityAndParentNames,
  localityNameOf,
  localityNameOn,
  localityWithChildren,
  withinLocality,
} from './repository';
export { TOP_LEVEL_KINDS } from './schema';
export type { Locality } from './schema';
