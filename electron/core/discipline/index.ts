/**
 * What other features may use of discipline/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { createBreach, disciplineFigures } from './service';
export type { DisciplineBreach, DisciplineFigures } from './public-types';
