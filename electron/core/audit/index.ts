/**
 * What other features may use of audit/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { announceRestoredEnd, writeAuditAnchor } from './anchor';
export { advanceAnchorQuietly } from './verify';
