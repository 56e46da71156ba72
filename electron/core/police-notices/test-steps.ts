/**
 * Office steps for the core's tests: a commune police notice as the clerk types it in, the quarter
 * and received date given, one line per citizen.
 */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { PoliceNotice } from './public-types';

export type LineValues = Record<string, unknown>;

/** A line for a person of the register: moved away on `eventOn` unless told. */
export const personLine = (personId: string, eventOn: string, values: LineValues = {}): LineValues => ({
  personId,
  kind: 'moved_away',
  eventOn,
  ...values,
});

/** `policeNotices.create` for a quarter, from the commune police, with `lines`. */
export function receiveNotice(
  core: Core,
  values: { year: number; quarter: number; receivedOn: string; lines?: LineValues[] } & Record<string, unknown>,
): Promise<PoliceNotice> {
  return call<PoliceNotice>(core, 'policeNotices.create', {
    sender: 'Công an phường Đức Xuân',
    lines: [],
    ...values,
  });
}
