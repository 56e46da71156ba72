import { defineMethod } from '../kernel/method';
import { listDutyCandidates } from './candidates';
import { copyShifts } from './copy';
import { dutyFigures } from './figures';
import * as log from './log-service';
import {
  dutyCandidatesInput,
  dutyDeleteInput,
  dutyFiguresInput,
  dutyPeriodInput,
  incidentCreateInput,
  incidentUpdateInput,
  patrolCreateInput,
  patrolListInput,
  patrolUpdateInput,
  shiftCopyInput,
  shiftCreateInput,
  shiftUpdateInput,
} from './schema';
import * as service from './service';

/** The duty feature's API methods (spread into api/contract.ts). */
export const dutyApi = {
  /** Shifts overlapping a month ({ year, month }) or a day ({ day }), with the days lacking a commander. */
  'duty.shift.list': defineMethod(dutyPeriodInput, service.listShifts),
  'duty.shift.create': defineMethod(shiftCreateInput, service.createShift),
  'duty.shift.update': defineMethod(shiftUpdateInput, service.updateShift),
  'duty.shift.delete': defineMethod(dutyDeleteInput, (ctx, input) => service.deleteShift(ctx, input.id, input.version)),
  /** Copies a run of days' shifts to the same times later (or earlier); clashing copies are skipped and counted. */
  'duty.shift.copy': defineMethod(shiftCopyInput, copyShifts),
  /** Staff and militia members to pick from (the API accepts any person of the register). */
  'duty.candidates': defineMethod(dutyCandidatesInput, (ctx) => listDutyCandidates(ctx)),
  'duty.incident.list': defineMethod(dutyPeriodInput, log.listIncidents),
  'duty.incident.create': defineMethod(incidentCreateInput, log.createIncident),
  'duty.incident.update': defineMethod(incidentUpdateInput, log.updateIncident),
  'duty.incident.delete': defineMethod(dutyDeleteInput, (ctx, input) =>
    log.deleteIncident(ctx, input.id, input.version),
  ),
  'duty.patrol.list': defineMethod(patrolListInput, log.listPatrols),
  'duty.patrol.create': defineMethod(patrolCreateInput, log.createPatrol),
  'duty.patrol.update': defineMethod(patrolUpdateInput, log.updatePatrol),
  'duty.patrol.delete': defineMethod(dutyDeleteInput, (ctx, input) => log.deletePatrol(ctx, input.id, input.version)),
  'duty.figures': defineMethod(dutyFiguresInput, dutyFigures),
};
