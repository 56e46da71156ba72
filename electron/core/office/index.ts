/**
 * What other features may use of office/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { findProfile } from './repository';
export { officeProfileInput, signerRoles } from './schema';
export type { OfficeProfile, Signer } from './schema';
export { getOfficeProfile, saveOfficeProfile } from './service';
