import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent } from '../kernel/errors';
import { timestamp } from '../db/records';
import { findLocality } from '../localities';
import { daysInMonth, toIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
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
import { audit, periodDays } from './service';

// Incidents logged during duty and patrols: records without rules beyond their fields.

export function listIncidents(ctx: ApiContext, period: DutyPeriod): DutyIncident[] {
  const { from, to } = periodDays(period);
  const { start, end } = daySpan(from, to);
  return repo.listIncidents(ctx.db, start, end);
}

function getIncident(ctx: ApiContext, id: string): DutyIncident {
  const found = repo.findIncident(ctx.db, id);
  if (!found) throw ApiError.of('NOT_FOUND');
  return found;
}

export function createIncident(ctx: ApiContext, input: IncidentFields): DutyIncident {
  return inTransaction(ctx, () => {
    const id = repo.insertIncident(ctx.db, input, timestamp(ctx.now()));
    const after = getIncident(ctx, id);
    audit(ctx, 'duty_incident', id, 'create', null, after);
    return after;
  });
}

export function updateIncident(ctx: ApiContext, input: IncidentUpdateInput): DutyIncident {
  return inTransaction(ctx, () => {
    const { id, version, ...fields } = input;
    const before = getIncident(ctx, id);
    mustBeCurrent(repo.updateIncident(ctx.db, id, version, fields, timestamp(ctx.now())));
    const after = getIncident(ctx, id);
    audit(ctx, 'duty_incident', id, 'update', before, after);
    return after;
  });
}

export function deleteIncident(ctx: ApiContext, id: string, version: number): { id: string } {
  return inTransaction(ctx, () => {
    const before = getIncident(ctx, id);
    mustBeCurrent(repo.deleteIncident(ctx.db, id, version));
    audit(ctx, 'duty_incident', id, 'delete', before, null);
    return { id };
  });
}

export function listPatrols(ctx: ApiContext, input: { year: number; month?: number | undefined }): Patrol[] {
  const from = toIsoDate(input.year, input.month ?? 1, 1);
  const lastMonth = input.month ?? 12;
  const to = toIsoDate(input.year, lastMonth, daysInMonth(input.year, lastMonth));
  return repo.listPatrols(ctx.db, from, to);
}

function getPatrol(ctx: ApiContext, id: string): Patrol {
  const found = repo.findPatrol(ctx.db, id);
  if (!found) throw ApiError.of('NOT_FOUND');
  return found;
}

function checkPatrol(ctx: ApiContext, f: PatrolFields): void {
  if (f.localityId && !findLocality(ctx.db, f.localityId, f.onDate)) {
    throw ApiError.fields({ localityId: ApiError.of('NOT_FOUND').message });
  }
}

export function createPatrol(ctx: ApiContext, input: PatrolFields): Patrol {
  return inTransaction(ctx, () => {
    checkPatrol(ctx, input);
    const id = repo.insertPatrol(ctx.db, input, timestamp(ctx.now()));
    const after = getPatrol(ctx, id);
    audit(ctx, 'patrol', id, 'create', null, after);
    return after;
  });
}

export function updatePatrol(ctx: ApiContext, input: PatrolUpdateInput): Patrol {
  return inTransaction(ctx, () => {
    const { id, version, ...fields } = input;
    const before = getPatrol(ctx, id);
    checkPatrol(ctx, fields);
    mustBeCurrent(repo.updatePatrol(ctx.db, id, version, fields, timestamp(ctx.now())));
    const after = getPatrol(ctx, id);
    audit(ctx, 'patrol', id, 'update', before, after);
    return after;
  });
}

export function deletePatrol(ctx: ApiContext, id: string, version: number): { id: string } {
  return inTransaction(ctx, () => {
    const before = getPatrol(ctx, id);
    mustBeCurrent(repo.deletePatrol(ctx.db, id, version));
    audit(ctx, 'patrol', id, 'delete', before, null);
    return { id };
  });
}
