/**
 * What other features may use of people/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { findPerson, insertPerson, listPeople } from './repository';
export type { PersonPreference } from './repository';
export { checkBirthDate, checkPhone, idKindOf, normalizePhone } from './rules';
export type { IdKind } from './rules';
export type { Sex } from './rules';
export { personCreateInput, personFilters, personIdInput, withBirthYearRange } from './schema';
export type { Person, PersonCreateInput, PersonPage } from './schema';
export { personOfJoinedRow } from './joined-row';
export { personSearchFilter } from './search-index';
export { getPerson, updatePerson } from './service';
export { importedPeople } from './imported-rows';
