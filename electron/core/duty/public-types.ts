/** The duty feature's types the renderer may import (re-exported by api/contract.ts). */
export type {
  DutyCandidate,
  DutyDayWarning,
  DutyFigures,
  DutyIncident,
  DutyRole,
  DutyShift,
  DutyShiftList,
  Patrol,
} from './schema';
export type { CopyShiftsResult } from './copy';
