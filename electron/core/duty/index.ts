/**
 * What other features may use of duty/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { dutyCoverage, dutyFigures } from './figures';
export type { DutyCoverage } from './schema';
