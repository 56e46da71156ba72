import type { z } from 'zod';
import { writeAudit } from '../db/audit';
import { newId, timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { localIsoDate, type IsoDate } from '../shared/dates';
import type { RuleResult } from '../shared/rule-result';
import type { ReviewMeeting, ReviewMeetingOfReport } from './meeting-public-types';
import * as repo from './meeting-repository';
import { checkMeetingHeld, checkMeetingInPeriod } from './meeting-rules';
import type { MeetingValues, meetingSaveInput } from './meeting-schema';
import type { ReviewPeriod } from './period';
import { mustFind, periodOf } from './service';

function refuse(field: string, rule: Extract<RuleResult, { ok: false }>): never {
  throw ApiError.fields({ [field]: rule.message }, rule.code, rule.message);
}

/** The meeting of the report's period (recorded before or after the report was written). */
export function getMeeting(ctx: ApiContext, input: { reportId: string }): ReviewMeetingOfReport {
  const period = periodOf(mustFind(ctx, input.reportId));
  const meeting = repo.findMeetingOfPeriod(ctx.db, period);
  return { meeting, documentDate: documentDateOf(period, meeting) };
}

/** The report's document date when none is chosen: the meeting's day, else the period's last day. */
export function documentDateOf(period: ReviewPeriod, meeting: ReviewMeeting | null): IsoDate {
  return meeting?.heldOn ?? period.to;
}

/** The same, read from the records (the documents pipeline's default for 'review.report'). */
export function reportDocumentDate(ctx: ApiContext, reportId: string): IsoDate {
  return getMeeting(ctx, { reportId }).documentDate;
}

export function saveMeeting(ctx: ApiContext, input: z.output<typeof meetingSaveInput>): ReviewMeetingOfReport {
  const { reportId, version, ...values } = input;
  const period = periodOf(mustFind(ctx, reportId));
  const meeting = saveMeetingOfPeriod(ctx, period, version, values);
  return { meeting, documentDate: documentDateOf(period, meeting) };
}

/**
 * Records a period's meeting (no `version`) or updates it at `version`, audited in the same
 * transaction. A period has one meeting: a second "new" one is a conflict (someone recorded it
 * meanwhile), as is an update of a version that moved on. The demo records one this way before
 * any report of the period exists.
 */
export function saveMeetingOfPeriod(
  ctx: ApiContext,
  period: ReviewPeriod,
  version: number | undefined,
  values: MeetingValues,
): ReviewMeeting {
  for (const rule of [
    checkMeetingInPeriod(values.heldOn, period),
    checkMeetingHeld(values.heldOn, localIsoDate(ctx.now())),
  ])
    if (!rule.ok) refuse('heldOn', rule);
  return inTransaction(ctx, () => {
    const before = repo.findMeetingOfPeriod(ctx.db, period);
    const at = timestamp(ctx.now());
    let id: string;
    if (version === undefined) {
      if (before) throw ApiError.of('CONFLICT_VERSION');
      id = newId();
      repo.insertMeeting(ctx.db, id, period, values, at);
    } else {
      if (!before) throw ApiError.of('NOT_FOUND');
      id = before.id;
      mustBeCurrent(repo.updateMeeting(ctx.db, id, version, values, at));
    }
    const after = repo.findMeetingOfPeriod(ctx.db, period)!;
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'review_meeting',
      entityId: id,
      action: before ? 'update' : 'create',
      before,
      after,
    });
    return after;
  });
}
