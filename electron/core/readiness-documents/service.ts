import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { inTransaction } from '../kernel/transaction';
import { findLocality, TOP_LEVEL_KINDS } from '../localities';
import { vi } from '../messages/vi';
import { localIsoDate, type IsoDate } from '../shared/dates';
import type { RuleResult } from '../shared/rule-result';
import { documentsAsOf } from './documents';
import type { ReadinessDocumentKind, ReadinessHolder, ReadinessOverviewPage, ReadinessReview } from './public-types';
import * as repo from './repository';
import { checkDocumentOfHolder, checkReviewAfterStart, checkReviewNotFuture, checkReviewOrder } from './rules';
import type {
  HolderCreateInput,
  HolderUpdateInput,
  KindCreateInput,
  KindUpdateInput,
  OverviewInput,
  ReviewBatchInput,
  ReviewCreateInput,
} from './schema';

export function refuse(field: string, rule: Extract<RuleResult, { ok: false }>): never {
  throw ApiError.fields({ [field]: rule.message }, rule.code, rule.message);
}

function audit(ctx: ApiContext, entity: string, id: string, action: AuditAction, before: unknown, after: unknown) {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity, entityId: id, action, before, after });
}

const today = (ctx: ApiContext) => localIsoDate(ctx.now());

/**
 * The first day a kind or holder counts: the one given (null: since always), not after today; left
 * out, `otherwise` (today for a new one, its own for an edited one).
 */
function activeFromOf(ctx: ApiContext, given: IsoDate | null | undefined, otherwise: IsoDate | null): IsoDate | null {
  if (given === undefined) return otherwise;
  if (given !== null && given > today(ctx)) {
    const message = vi.errors.RULE_READINESS_ACTIVE_FROM_FUTURE;
    throw ApiError.fields({ activeFrom: message }, 'RULE_READINESS_ACTIVE_FROM_FUTURE', message);
  }
  return given;
}

// Kinds of document: the office's own list of what a set holds.

export function listKinds(ctx: ApiContext, includeRetired: boolean): ReadinessDocumentKind[] {
  return repo.listKinds(ctx.db, includeRetired ? null : today(ctx));
}

function checkKindName(ctx: ApiContext, name: string, exceptId: string | null): void {
  if (repo.kindNameTaken(ctx.db, name, exceptId)) {
    const message = vi.errors.CONFLICT_READINESS_KIND_NAME;
    throw ApiError.fields({ name: message }, 'CONFLICT_READINESS_KIND_NAME', message);
  }
}

export function createKind(ctx: ApiContext, input: KindCreateInput): ReadinessDocumentKind {
  return inTransaction(ctx, () => {
    checkKindName(ctx, input.name, null);
    const activeFrom = activeFromOf(ctx, input.activeFrom, today(ctx)) ?? today(ctx);
    const id = repo.insertKind(ctx.db, { ...input, activeFrom }, timestamp(ctx.now()));
    const after = mustExist(repo.findKind(ctx.db, id));
    audit(ctx, 'readiness_document_kind', id, 'create', null, after);
    return after;
  });
}

export function updateKind(ctx: ApiContext, input: KindUpdateInput): ReadinessDocumentKind {
  return inTransaction(ctx, () => {
    const before = mustExist(repo.findKind(ctx.db, input.id));
    checkKindName(ctx, input.name, input.id);
    const { id, version, ...fields } = input;
    const activeFrom = activeFromOf(ctx, input.activeFrom, before.activeFrom);
    mustBeCurrent(repo.updateKind(ctx.db, { id, version, at: timestamp(ctx.now()) }, { ...fields, activeFrom }));
    const after = mustExist(repo.findKind(ctx.db, id));
    audit(ctx, 'readiness_document_kind', id, 'update', before, after);
    return after;
  });
}

// Holders: the office, its wards/communes' military commands, militia units.

export function listHolders(ctx: ApiContext, includeRetired: boolean): ReadinessHolder[] {
  return repo.listHolders(ctx.db, includeRetired ? null : today(ctx));
}

/** A ward/commune holder stands for a top-level locality; a unit holder for a militia unit; the office for neither. */
function checkHolderRef(ctx: ApiContext, input: HolderCreateInput): void {
  const ok =
    input.kind === 'office'
      ? input.refId === null
      : input.refId !== null &&
        (input.kind === 'locality'
          ? TOP_LEVEL_KINDS.includes(findLocality(ctx.db, input.refId, today(ctx))?.kind ?? 'village')
          : repo.militiaUnitExists(ctx.db, input.refId));
  if (!ok) {
    const message = vi.errors.RULE_READINESS_HOLDER_REF;
    throw ApiError.fields({ refId: message }, 'RULE_READINESS_HOLDER_REF', message);
  }
}

export function createHolder(ctx: ApiContext, input: HolderCreateInput): ReadinessHolder {
  return inTransaction(ctx, () => {
    checkHolderRef(ctx, input);
    if (repo.holderExists(ctx.db, input)) {
      const message = vi.errors.CONFLICT_READINESS_HOLDER;
      throw ApiError.fields({ refId: message }, 'CONFLICT_READINESS_HOLDER', message);
    }
    const activeFrom = activeFromOf(ctx, input.activeFrom, today(ctx)) ?? today(ctx);
    const id = repo.insertHolder(ctx.db, { ...input, activeFrom }, timestamp(ctx.now()));
    const after = mustExist(repo.findHolder(ctx.db, id));
    audit(ctx, 'readiness_holder', id, 'create', null, after);
    return after;
  });
}

export function updateHolder(ctx: ApiContext, input: HolderUpdateInput): ReadinessHolder {
  return inTransaction(ctx, () => {
    const before = mustExist(repo.findHolder(ctx.db, input.id));
    const activeFrom = activeFromOf(ctx, input.activeFrom, before.activeFrom);
    mustBeCurrent(repo.updateHolder(ctx.db, { ...input, activeFrom }, timestamp(ctx.now())));
    const after = mustExist(repo.findHolder(ctx.db, input.id));
    audit(ctx, 'readiness_holder', input.id, 'update', before, after);
    return after;
  });
}

// The documents: each holder's required set with its states on a day.

export function overview(ctx: ApiContext, input: OverviewInput): ReadinessOverviewPage {
  const asOf = input.asOf ?? today(ctx);
  const { rows, total } = repo.pageHolders(ctx.db, asOf, input.pageSize, (input.page - 1) * input.pageSize);
  return { rows: documentsAsOf(ctx, rows, asOf), total, page: input.page, pageSize: input.pageSize, asOf };
}

/** The holder and kind of a document, both current, the kind in the holder's set (else refused on `field`). */
export function documentOf(ctx: ApiContext, holderId: string, kindId: string, field = 'kindId') {
  const holder = mustExist(repo.findHolder(ctx.db, holderId));
  const kind = mustExist(repo.findKind(ctx.db, kindId));
  if (holder.retiredOn !== null || kind.retiredOn !== null) {
    const message = vi.errors.RULE_READINESS_RETIRED;
    throw ApiError.fields({ [field]: message }, 'RULE_READINESS_RETIRED', message);
  }
  const rule = checkDocumentOfHolder(kind, holder);
  if (!rule.ok) refuse(field, rule);
  return { holder, kind };
}

export function listReviews(ctx: ApiContext, holderId: string, kindId: string): ReadinessReview[] {
  mustExist(repo.findHolder(ctx.db, holderId));
  mustExist(repo.findKind(ctx.db, kindId));
  return repo.listReviews(ctx.db, holderId, kindId);
}

/** Appends one review (inside the caller's transaction), refused on `prefix` + field. */
function appendReview(ctx: ApiContext, input: ReviewCreateInput, prefix = ''): ReadinessReview {
  const { holder, kind } = documentOf(ctx, input.holderId, input.kindId, `${prefix}kindId`);
  const started = checkReviewAfterStart(input.reviewedOn, { holder: holder.activeFrom, kind: kind.activeFrom });
  if (!started.ok) refuse(`${prefix}reviewedOn`, started);
  const future = checkReviewNotFuture(input.reviewedOn, today(ctx));
  if (!future.ok) refuse(`${prefix}reviewedOn`, future);
  const order = checkReviewOrder(input.reviewedOn, repo.lastReviewedOn(ctx.db, input.holderId, input.kindId));
  if (!order.ok) refuse(`${prefix}reviewedOn`, order);
  const id = repo.insertReview(ctx.db, input, timestamp(ctx.now()));
  const after = mustExist(repo.findReview(ctx.db, id));
  audit(ctx, 'readiness_document_review', id, 'create', null, after);
  return after;
}

/** A review is appended to the document's history; its result is the document's state from its date on. */
export function createReview(ctx: ApiContext, input: ReviewCreateInput): ReadinessReview {
  return inTransaction(ctx, () => appendReview(ctx, input));
}

/** Several documents of one holder reviewed together: all are recorded, or none (a refused item names items.<n>). */
export function createReviews(ctx: ApiContext, input: ReviewBatchInput): ReadinessReview[] {
  return inTransaction(ctx, () =>
    input.items.map((item, index) =>
      appendReview(
        ctx,
        { holderId: input.holderId, reviewedOn: input.reviewedOn, reviewer: input.reviewer, ...item },
        `items.${index}.`,
      ),
    ),
  );
}
