/** The reserves feature's types the renderer may import (re-exported by api/contract.ts). */
export type {
  AssignmentResult,
  HandedOverConscript,
  ReserveSlot,
  ReservesSummary,
  ReserveUnit,
  Reservist,
  ReservistAssignment,
  ReservistPage,
  RuleWarning as ReserveRuleWarning,
  Specialty,
} from './schema';
export type { Rank, ReserveUnitKind, ReservistCategory } from './rules';
