/**
 * What other features may use of staff/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { staffListInput } from './schema';
export type { StaffMember } from './schema';
export { listStaff } from './service';
