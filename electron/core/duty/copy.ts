import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { addDays, daysBetween, type IsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import { dateOf, daySpan, timeOf } from './local-time';
import type { DutyRole } from './schema';
import { createShift } from './service';
import * as repo from './shifts-repository';

export interface CopyShiftsResult {
  created: number;
  /** Shifts not copied because their person already had a shift then (or was archived). */
  skipped: number;
}

/**
 * Copies the shifts starting in [sourceFrom, sourceFrom + days) to the same
 * times `targetFrom − sourceFrom` days later ("copy last week"). Each copy goes
 * through the same rules as a typed shift; one that clashes is skipped, not
 * forced, and counted so the clerk can fill the gap by hand.
 */
export function copyShifts(
  ctx: ApiContext,
  input: { sourceFrom: IsoDate; targetFrom: IsoDate; days: number },
): CopyShiftsResult {
  const offset = daysBetween(input.sourceFrom, input.targetFrom);
  const lastSourceDay = addDays(input.sourceFrom, input.days - 1);
  // Copying onto the source itself (or any part of it) would only clash with itself.
  if (Math.abs(offset) < input.days) throw ApiError.fields({ targetFrom: ApiError.of('DUTY_COPY_OVERLAPS').message });
  return inTransaction(ctx, () => {
    const { start, end } = daySpan(input.sourceFrom, lastSourceDay);
    const source = repo.listShifts(ctx.db, start, end).filter((s) => s.startsAt >= start);
    let created = 0;
    let skipped = 0;
    const move = (at: string) => `${addDays(dateOf(at), offset)}T${timeOf(at)}`;
    for (const s of source) {
      try {
        const role: DutyRole = s.role;
        createShift(ctx, {
          personId: s.personId,
          startsAt: move(s.startsAt),
          endsAt: move(s.endsAt),
          role,
          notes: s.notes,
        });
        created += 1;
      } catch (error) {
        if (!(error instanceof ApiError) || !['RULE_DUTY_OVERLAP', 'DUTY_PERSON_ARCHIVED'].includes(error.code))
          throw error;
        skipped += 1;
      }
    }
    return { created, skipped };
  });
}
