import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { findLocality } from '../localities';
import { daysInMonth, toIsoDate } from '../shared/dates';
import { daySpan } from './local-time';
import * as repo from './log-repository';
import type {
  DutyIncident,
  DutyPeriod,
  IncidentFields,
  IncidentUpdateInput,
  Patrol,
  PatrolFields,
  PatrolUpdateInput,
} from './schema';
import { dutyRecordService } from './record-service';
import { periodDays } from './service';

// Incidents logged during duty and patrols: records without rules beyond their fields.

export function listIncidents(ctx: ApiContext, period: DutyPeriod): DutyIncident[] {
  const { from, to } = periodDays(period);
  const { start, end } = daySpan(from, to);
  return repo.listIncidents(ctx.db, start, end);
}

const incidents = dutyRecordService<IncidentFields, DutyIncident>({
  entity: 'duty_incident',
  find: repo.findIncident,
  insert: repo.insertIncident,
  update: repo.updateIncident,
  remove: repo.deleteIncident,
});

export const createIncident: (ctx: ApiContext, input: IncidentFields) => DutyIncident = incidents.create;
export const updateIncident: (ctx: ApiContext, input: IncidentUpdateInput) => DutyIncident = incidents.update;
export const deleteIncident = incidents.remove;

export function listPatrols(ctx: ApiContext, input: { year: number; month?: number | undefined }): Patrol[] {
  const from = toIsoDate(input.year, input.month ?? 1, 1);
  const lastMonth = input.month ?? 12;
  const to = toIsoDate(input.year, lastMonth, daysInMonth(input.year, lastMonth));
  return repo.listPatrols(ctx.db, from, to);
}

function checkPatrol(ctx: ApiContext, f: PatrolFields): void {
  if (f.localityId && !findLocality(ctx.db, f.localityId, f.onDate)) {
    throw ApiError.fields({ localityId: ApiError.of('NOT_FOUND').message });
  }
}

const patrols = dutyRecordService<PatrolFields, Patrol>({
  entity: 'patrol',
  find: repo.findPatrol,
  insert: repo.insertPatrol,
  update: repo.updatePatrol,
  remove: repo.deletePatrol,
  check: checkPatrol,
});

export const createPatrol: (ctx: ApiContext, input: PatrolFields) => Patrol = patrols.create;
export const updatePatrol: (ctx: ApiContext, input: PatrolUpdateInput) => Patrol = patrols.update;
export const deletePatrol = patrols.remove;
