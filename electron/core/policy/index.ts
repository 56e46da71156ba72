/**
 * What other features may use of policy/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { policyFigures } from './figures';
export type { PolicyFigures } from './public-types';
