import type { ApiContext } from '../../kernel/context';
import { writeAudit } from '../../db/audit';
import { timestamp, updateAtVersion } from '../../db/records';
import { statement } from '../../db/statements';
import { ApiError, mustBeCurrent, mustExist } from '../../kernel/errors';
import { inTransaction } from '../../kernel/transaction';
import { vi } from '../../messages/vi';
import { upwardEntities, type UpwardEntity } from '../entities';
import { canonicalJson } from '../format/canonical';
import type { CorrectionLine, DecisionLine } from '../format/lines';
import { currentIdentity } from '../identity/repository';
import { applyCorrection, fieldLabel, isCorrectable } from './correctable';
import { findMessage, listMessages, type MessageRow } from './messages';
import type { IncomingAnswerInput } from './schema';

/** The corrections and decisions received from the recipient, and this office's answers (issue 20 §3). */

export interface IncomingPerson {
  id: string;
  name: string;
  citizenId: string | null;
}

export interface IncomingMessage {
  id: string;
  kind: 'correction' | 'decision';
  refId: string;
  bundleSeq: number;
  receivedAt: string;
  status: MessageRow['status'];
  version: number;
  /** The person the message concerns, when the record is a person or points at one. */
  person: IncomingPerson | null;
  correction: {
    entity: string;
    gid: string;
    field: string;
    fieldLabel: string;
    oldValue: unknown;
    newValue: unknown;
    /** The record's value now (undefined when the record is gone). */
    currentValue: unknown;
    recordFound: boolean;
    /** Accepting applies the new value; otherwise the officer corrects by hand and notes it. */
    correctable: boolean;
    reason: string;
    author: string;
    writtenAt: string;
  } | null;
  decision: Omit<DecisionLine, 'id'> | null;
  answer: { reason: string; by: string; at: string; carriedInSeq: number | null } | null;
}

type Row = Record<string, unknown>;

function recordOf(ctx: ApiContext, entity: UpwardEntity, gid: string): Row | null {
  // The table's name comes from the constant map, never from the bundle.
  return (statement(ctx.db, `SELECT * FROM ${upwardEntities[entity]} WHERE id = ?`).get(gid) as Row) ?? null;
}

function personOf(ctx: ApiContext, row: Row | null): IncomingPerson | null {
  if (!row) return null;
  const name = [row.family_name, row.middle_name, row.given_name].filter((s) => typeof s === 'string' && s).join(' ');
  return { id: String(row.id), name, citizenId: (row.citizen_id as string | null) ?? null };
}

function personOfRecord(ctx: ApiContext, entity: UpwardEntity, row: Row | null): IncomingPerson | null {
  if (!row) return null;
  if (entity === 'people') return personOf(ctx, row);
  return typeof row.person_id === 'string' ? personOf(ctx, recordOf(ctx, 'people', row.person_id)) : null;
}

function viewOf(ctx: ApiContext, row: MessageRow, ownCode: string | null): IncomingMessage {
  const base = {
    id: row.id,
    kind: row.kind,
    refId: row.ref_id,
    bundleSeq: row.bundle_seq,
    receivedAt: row.created_at,
    status: row.status,
    version: row.version,
    answer:
      row.status === 'open'
        ? null
        : {
            reason: row.answer_reason ?? '',
            by: row.answered_by ?? '',
            at: row.answered_at ?? '',
            carriedInSeq: row.answered_in_seq,
          },
  };
  if (row.kind === 'correction') {
    const c = JSON.parse(row.payload_json) as CorrectionLine;
    const entity = c.entity as UpwardEntity;
    const record = recordOf(ctx, entity, c.gid);
    return {
      ...base,
      person: personOfRecord(ctx, entity, record),
      correction: {
        entity,
        gid: c.gid,
        field: c.field,
        fieldLabel: fieldLabel(c.field),
        oldValue: c.oldValue ?? null,
        newValue: c.newValue ?? null,
        currentValue: record ? (record[c.field] ?? null) : undefined,
        recordFound: record !== null,
        correctable: record !== null && isCorrectable(entity, c.field),
        reason: c.reason,
        author: c.author,
        writtenAt: c.writtenAt,
      },
      decision: null,
    };
  }
  const { id: _id, ...decision } = JSON.parse(row.payload_json) as DecisionLine;
  const own = decision.records.find((r) => r.origin === ownCode);
  return {
    ...base,
    person: own ? personOf(ctx, recordOf(ctx, 'people', own.gid)) : null,
    correction: null,
    decision,
  };
}

/** `exchange.incoming.list`: newest first, optionally of one status. */
export function listIncoming(ctx: ApiContext, input: { status?: MessageRow['status'] }): IncomingMessage[] {
  const ownCode = currentIdentity(ctx.db)?.office_code ?? null;
  return listMessages(ctx.db, input.status ?? null).map((row) => viewOf(ctx, row, ownCode));
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return vi.exchange.empty;
  return typeof value === 'string' ? value : canonicalJson(value);
}

/** Accepting a correction: the record found, the field correctable, its value still the one the receiver saw. */
function acceptCorrection(ctx: ApiContext, c: CorrectionLine): void {
  const entity = c.entity as UpwardEntity;
  const record = recordOf(ctx, entity, c.gid);
  if (!record) throw ApiError.of('EXCHANGE_RECORD_GONE');
  if (!isCorrectable(entity, c.field))
    throw ApiError.of('EXCHANGE_CORRECTION_NOT_APPLICABLE', { field: fieldLabel(c.field) });
  const current = record[c.field] ?? null;
  if (canonicalJson(current) !== canonicalJson(c.oldValue ?? null)) {
    throw ApiError.of('EXCHANGE_CORRECTION_STALE', {
      field: fieldLabel(c.field),
      current: valueText(current),
      old: valueText(c.oldValue),
    });
  }
  applyCorrection(ctx, entity, c.gid, c.field, c.newValue ?? null);
}

/**
 * `exchange.incoming.answer`: accepted (a correction only; applied to the record in the same
 * transaction), rejected (with a reason) or noted. The answer goes up in the next bundles until the
 * recipient acknowledges one of them. An answered message is not answered again.
 */
export function answerIncoming(ctx: ApiContext, input: IncomingAnswerInput): IncomingMessage {
  return inTransaction(ctx, () => {
    const row = mustExist(findMessage(ctx.db, input.id));
    if (row.status !== 'open') {
      throw ApiError.of('EXCHANGE_MESSAGE_ANSWERED', { answer: vi.exchange.answers[row.status] });
    }
    if (input.answer === 'rejected' && input.reason === '') {
      throw ApiError.fields({ reason: vi.exchange.answerReasonRequired });
    }
    if (row.kind === 'decision' && input.answer === 'accepted') throw ApiError.of('EXCHANGE_ANSWER_NOT_FOR_KIND');
    if (row.kind === 'correction' && input.answer === 'accepted') {
      acceptCorrection(ctx, JSON.parse(row.payload_json) as CorrectionLine);
    }
    const at = timestamp(ctx.now());
    mustBeCurrent(
      updateAtVersion(
        ctx.db,
        'exchange_received_messages',
        `status = @status, answer_reason = @reason, answered_by = @by, answered_at = @at, answered_in_seq = NULL`,
        { id: row.id, version: input.version, at },
        { status: input.answer, reason: input.reason, by: ctx.actor },
      ),
    );
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'exchange_message',
      entityId: row.id,
      action: 'update',
      before: { status: 'open' },
      after: { kind: row.kind, refId: row.ref_id, status: input.answer, answerReason: input.reason },
    });
    return viewOf(ctx, mustExist(findMessage(ctx.db, row.id)), currentIdentity(ctx.db)?.office_code ?? null);
  });
}
