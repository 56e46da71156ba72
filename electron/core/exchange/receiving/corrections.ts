import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { timestamp } from '../../db/records';
import type { ApiContext } from '../../kernel/context';
import { ApiError, mustExist } from '../../kernel/errors';
import { canonicalJson } from '../format/canonical';
import { auditReceiving } from './audit';
import type { XCorrectionsTable } from './db-types';
import { inReceivingTransaction, receivingDb } from './engine';
import type { correctionCreateInput, correctionListInput, correctionWithdrawInput } from './schema';

/**
 * Corrections back down (issue 20 §3): the receiver never edits a sender's record; it asks the
 * record's origin to change one field, with the value it saw, the value it proposes and why.
 */

function view(c: XCorrectionsTable) {
  return {
    id: c.id,
    origin: c.target_origin,
    entity: c.entity,
    gid: c.gid,
    field: c.field,
    oldValue: JSON.parse(c.old_value) as unknown,
    newValue: JSON.parse(c.new_value) as unknown,
    reason: c.reason,
    author: c.author,
    status: c.status,
    answerReason: c.answer_reason,
    answeredBy: c.answered_by,
    answeredAt: c.answered_at,
    sentInSeq: c.sent_in_seq,
    createdAt: c.created_at,
    version: c.version,
  };
}
export type CorrectionView = ReturnType<typeof view>;

export async function createCorrection(ctx: ApiContext, input: z.output<typeof correctionCreateInput>) {
  const at = timestamp(ctx.now());
  return inReceivingTransaction(ctx.db, async (trx) => {
    const row = await trx
      .selectFrom('x_rows')
      .select(['deleted', 'data'])
      .where('origin_code', '=', input.origin)
      .where('entity', '=', input.entity)
      .where('gid', '=', input.gid)
      .executeTakeFirst();
    if (!row) throw ApiError.of('EXCHANGE_RECORD_NOT_FOUND', { origin: input.origin });
    if (row.deleted === 1 || row.data === null)
      throw ApiError.of('EXCHANGE_CORRECTION_DELETED', { origin: input.origin });
    const data = JSON.parse(row.data) as Record<string, unknown>;
    if (!Object.hasOwn(data, input.field)) {
      throw ApiError.fields(
        { field: ApiError.of('EXCHANGE_CORRECTION_FIELD', { field: input.field }).message },
        'EXCHANGE_CORRECTION_FIELD',
      );
    }
    const oldValue = data[input.field] ?? null;
    if (canonicalJson(oldValue) === canonicalJson(input.newValue)) {
      throw ApiError.fields({ newValue: ApiError.of('EXCHANGE_CORRECTION_SAME').message }, 'EXCHANGE_CORRECTION_SAME');
    }
    const id = randomUUID();
    await trx
      .insertInto('x_corrections')
      .values({
        id,
        target_origin: input.origin,
        entity: input.entity,
        gid: input.gid,
        field: input.field,
        old_value: canonicalJson(oldValue),
        new_value: canonicalJson(input.newValue),
        reason: input.reason,
        author: ctx.actor,
        status: 'draft',
        answer_reason: '',
        answered_by: null,
        answered_at: null,
        sent_in_seq: null,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
    const created = view(
      mustExist(await trx.selectFrom('x_corrections').selectAll().where('id', '=', id).executeTakeFirst()),
    );
    auditReceiving(ctx, 'exchange_correction', id, 'create', null, created);
    return created;
  });
}

export async function listCorrections(ctx: ApiContext, input: z.output<typeof correctionListInput>) {
  let query = receivingDb(ctx.db).selectFrom('x_corrections').selectAll();
  if (input.origin) query = query.where('target_origin', '=', input.origin);
  if (input.status) query = query.where('status', '=', input.status);
  return (await query.orderBy('created_at').orderBy('id').execute()).map(view);
}

/** A draft not yet sent can be taken back; it is deleted (audited), never sent. */
export async function withdrawCorrection(ctx: ApiContext, input: z.output<typeof correctionWithdrawInput>) {
  return inReceivingTransaction(ctx.db, async (trx) => {
    const row = mustExist(
      await trx.selectFrom('x_corrections').selectAll().where('id', '=', input.id).executeTakeFirst(),
    );
    if (row.status !== 'draft') throw ApiError.of('EXCHANGE_CORRECTION_NOT_DRAFT');
    const result = await trx
      .deleteFrom('x_corrections')
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1) throw ApiError.of('CONFLICT_VERSION');
    auditReceiving(ctx, 'exchange_correction', input.id, 'delete', view(row), null);
    return { id: input.id };
  });
}
