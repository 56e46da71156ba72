/**
 * What other features may use of militia/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { SPECIALIST_COMPONENTS, militiaComponents, militiaPositions } from './constants';
export type { MilitiaComponent, MilitiaPosition } from './constants';
export { activeMembershipOf } from './members-repository';
export { membershipOn } from './membership-on';
export type { MembershipOnDay } from './membership-on';
export { createMember, listMembers } from './members-service';
export type { MilitiaMember, MilitiaUnit } from './public-types';
export { checkMilitiaAge } from './rules';
export { memberListInput } from './schema';
export { militiaSummary } from './summary';
export { listUnits, subtreeIds } from './units-repository';
export { importedMilitiaMembers } from './imported-rows';
