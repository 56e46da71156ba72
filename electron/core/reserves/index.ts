/**
 * What other features may use of reserves/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { findReservist, reservistIdOfPerson } from './repository';
export { RANKS, checkRankForCategory, checkServiceAge, isOfficerRank } from './rules';
export type { Rank, ReservistCategory } from './rules';
export { reservistCreateInput, reservistListInput } from './schema';
export type { ReserveSlot, ReservesSummary, ReserveUnit, Reservist, ReservistFields, Specialty } from './schema';
export { createReservist, listReservists } from './service';
export { listSpecialties } from './specialty-repository';
export { reservesSummary } from './summary';
export { importedReservists } from './imported-rows';
