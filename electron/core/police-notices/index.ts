/**
 * What other features may use of police-notices/: its face. Everything else in the folder is its
 * own (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export type { PoliceNotice, PoliceNoticeRow } from './public-types';
export { policeNoticeFigures, type PoliceNoticeFigures } from './figures';
