/**
 * What other features may use of export/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { XLSX_MIME } from './export-list';
