/**
 * What other features may use of office/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { findProfile } from './repository';
export { officeProfileInput, signerRoles } from './schema';
export type { OfficeProfile, PeopleCommittee, Signer } from './schema';
export { getOfficeProfile, saveOfficeProfile } from './service';
export { issuerFor, type Issuer } from './issuing-authority';
