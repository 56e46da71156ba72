/**
 * What other features may use of political-education/: its face. Everything else in the folder is
 * its own (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { createSession, politicalEducationFigures } from './service';
export type { PoliticalEducationFigures, PoliticalSession } from './public-types';
