import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { vi } from '../messages/vi';
import { findPerson } from '../people';
import { localIsoDate } from '../shared/dates';
import type { RuleResult } from '../shared/rule-result';
import { flagsOf } from './line-flags';
import type { PoliceNotice, PoliceNoticePage, PoliceQuarterStatus } from './public-types';
import * as repo from './repository';
import { checkDutyInForce, checkLineDate, checkNoticeQuarter, checkReceivedOn, quarterStatus } from './rules';
import type { NoticeCreateInput, NoticeListInput, NoticeUpdateInput } from './schema';

function refuse(field: string, rule: Extract<RuleResult, { ok: false }>): never {
  throw ApiError.fields({ [field]: rule.message }, rule.code, rule.message);
}

export function getNotice(ctx: ApiContext, id: string): PoliceNotice {
  const notice = mustExist(repo.findNotice(ctx.db, id));
  const lines = repo.listLines(ctx.db, id).map((line) => ({ ...line, flags: flagsOf(ctx, line) }));
  const duty = checkDutyInForce(notice.receivedOn);
  return { ...notice, lines, warnings: duty.ok ? [] : [duty.message] };
}

export function listNotices(ctx: ApiContext, input: NoticeListInput): PoliceNoticePage {
  return { ...repo.listNotices(ctx.db, input), pageSize: input.pageSize };
}

/** Each quarter of `year`: received, missing (ended, due, none received), upcoming, or before the duty. */
export function quarterOverview(ctx: ApiContext, year: number): PoliceQuarterStatus[] {
  const counts = repo.countByQuarter(ctx.db, year);
  const today = localIsoDate(ctx.now());
  return ([1, 2, 3, 4] as const).map((quarter) => {
    const noticeCount = counts.get(quarter) ?? 0;
    return { quarter, noticeCount, status: quarterStatus(year, quarter, noticeCount, today) };
  });
}

/** The notice's own rules: received date and quarter. */
function checkNotice(ctx: ApiContext, input: NoticeCreateInput): void {
  const received = checkReceivedOn(input.receivedOn, localIsoDate(ctx.now()));
  if (!received.ok) refuse('receivedOn', received);
  const quarter = checkNoticeQuarter(input.year, input.quarter, input.receivedOn);
  if (!quarter.ok) refuse('quarter', quarter);
}

/**
 * The notice's lines become exactly `input.lines`, each checked as it is written; a refused line
 * (named lines.<n>.<field>) rolls back the caller's transaction, the notice and the lines before it.
 */
function writeLines(ctx: ApiContext, noticeId: string, input: NoticeCreateInput): void {
  repo.deleteLines(ctx.db, noticeId);
  const at = timestamp(ctx.now());
  input.lines.forEach((line, index) => {
    if (line.personId !== null && !findPerson(ctx.db, line.personId, input.receivedOn)) {
      throw ApiError.fields(
        { [`lines.${index}.personId`]: vi.errors.RULE_POLICE_LINE_PERSON },
        'RULE_POLICE_LINE_PERSON',
        vi.errors.RULE_POLICE_LINE_PERSON,
      );
    }
    const date = checkLineDate(line.eventOn, input.receivedOn);
    if (!date.ok) refuse(`lines.${index}.eventOn`, date);
    repo.insertLine(ctx.db, noticeId, index, line, at);
  });
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: PoliceNotice | null, after: PoliceNotice) {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity: 'police_notice', entityId: id, action, before, after });
}

/** A notice and its lines are written together, or not at all. */
export function createNotice(ctx: ApiContext, input: NoticeCreateInput): PoliceNotice {
  return inTransaction(ctx, () => {
    checkNotice(ctx, input);
    const { lines: _lines, ...fields } = input;
    const id = repo.insertNotice(ctx.db, fields, timestamp(ctx.now()));
    writeLines(ctx, id, input);
    const after = getNotice(ctx, id);
    audit(ctx, id, 'create', null, after);
    return after;
  });
}

export function updateNotice(ctx: ApiContext, input: NoticeUpdateInput): PoliceNotice {
  return inTransaction(ctx, () => {
    const { id, version, lines: _lines, ...fields } = input;
    const before = getNotice(ctx, id);
    checkNotice(ctx, input);
    mustBeCurrent(repo.updateNotice(ctx.db, id, version, fields, timestamp(ctx.now())));
    writeLines(ctx, id, input);
    const after = getNotice(ctx, id);
    audit(ctx, id, 'update', before, after);
    return after;
  });
}
