import { localIsoDate } from '../shared/dates';
import { byId, defineMethod } from '../kernel/method';
import {
  assignmentCreateInput,
  assignmentEndInput,
  conscriptCandidatesInput,
  fromConscriptInput,
  idInput,
  idVersionInput,
  reservistCreateInput,
  reservistListInput,
  reservistRemoveInput,
  reservistUpdateInput,
  slotCreateInput,
  slotUpdateInput,
  specialtyCreateInput,
  specialtyListInput,
  specialtyUpdateInput,
  summaryInput,
  unitCreateInput,
  unitListInput,
  unitRetireInput,
  unitUpdateInput,
} from './schema';
import * as reservists from './service';
import * as specialties from './specialty-service';
import { reservesSummary } from './summary';
import * as units from './unit-service';

/** The reserves feature's API methods (spread into api/contract.ts). */
export const reservesApi = {
  'reserves.specialty.list': defineMethod(specialtyListInput, specialties.listSpecialties),
  'reserves.specialty.create': defineMethod(specialtyCreateInput, specialties.createSpecialty),
  'reserves.specialty.update': defineMethod(specialtyUpdateInput, specialties.updateSpecialty),
  'reserves.specialty.retire': defineMethod(idVersionInput, (ctx, input) =>
    specialties.setSpecialtyRetired(ctx, input, true),
  ),
  'reserves.specialty.restore': defineMethod(idVersionInput, (ctx, input) =>
    specialties.setSpecialtyRetired(ctx, input, false),
  ),

  'reserves.reservist.list': defineMethod(reservistListInput, reservists.listReservists),
  'reserves.reservist.get': defineMethod(idInput, byId(reservists.getReservist)),
  'reserves.reservist.create': defineMethod(reservistCreateInput, reservists.createReservist),
  'reserves.reservist.update': defineMethod(reservistUpdateInput, reservists.updateReservist),
  'reserves.reservist.remove': defineMethod(reservistRemoveInput, reservists.removeReservist),
  'reserves.reservist.restore': defineMethod(idVersionInput, reservists.restoreReservist),
  'reserves.reservist.fromConscript': defineMethod(fromConscriptInput, reservists.reservistFromConscript),
  /** Handed-over conscripts not yet reservists, for the "from conscript" picker. */
  'reserves.reservist.conscriptCandidates': defineMethod(conscriptCandidatesInput, reservists.conscriptCandidates),

  'reserves.unit.list': defineMethod(unitListInput, units.listUnits),
  'reserves.unit.create': defineMethod(unitCreateInput, units.createUnit),
  'reserves.unit.update': defineMethod(unitUpdateInput, units.updateUnit),
  'reserves.unit.retire': defineMethod(unitRetireInput, (ctx, input) => units.setUnitRetired(ctx, input, true)),
  'reserves.unit.restore': defineMethod(idVersionInput, (ctx, input) => units.setUnitRetired(ctx, input, false)),
  'reserves.slot.create': defineMethod(slotCreateInput, units.createSlot),
  'reserves.slot.update': defineMethod(slotUpdateInput, units.updateSlot),
  'reserves.slot.delete': defineMethod(idVersionInput, units.deleteSlot),
  'reserves.assignment.create': defineMethod(assignmentCreateInput, units.createAssignment),
  'reserves.assignment.end': defineMethod(assignmentEndInput, units.endAssignment),

  'reserves.summary': defineMethod(summaryInput, (ctx, input) =>
    reservesSummary(ctx, { asOf: input.asOf ?? localIsoDate(ctx.now()) }),
  ),
};
