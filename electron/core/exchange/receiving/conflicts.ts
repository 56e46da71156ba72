import type { z } from 'zod';
import { timestamp } from '../../db/records';
import type { ApiContext } from '../../kernel/context';
import { ApiError, mustExist } from '../../kernel/errors';
import { auditReceiving } from './audit';
import type { XConflictsTable } from './db-types';
import { inReceivingTransaction, receivingDb, type ReceivingQuery } from './engine';
import type { conflictDecideInput, conflictListInput } from './schema';
import { enrolledSenders } from './views';

/** The conflict queue (issue 20 §3): one citizen ID held by records of two or more origins. */

interface Party {
  origin: string;
  gid: string;
}

function view(c: XConflictsTable) {
  return {
    id: c.id,
    citizenId: c.citizen_id,
    records: JSON.parse(c.records_json) as Party[],
    status: c.status,
    outcome: c.outcome,
    keeperOrigin: c.keeper_origin,
    note: c.note,
    decidedBy: c.decided_by,
    decidedAt: c.decided_at,
    createdAt: c.created_at,
    version: c.version,
  };
}

export async function listConflicts(ctx: ApiContext, input: z.output<typeof conflictListInput>) {
  let query = receivingDb(ctx.db).selectFrom('x_conflicts').selectAll();
  if (input.status) query = query.where('status', '=', input.status);
  const rows = await query.orderBy('created_at').orderBy('citizen_id').execute();
  return rows.map(view);
}

async function conflictRow(q: ReceivingQuery, id: string): Promise<XConflictsTable> {
  return mustExist(await q.selectFrom('x_conflicts').selectAll().where('id', '=', id).executeTakeFirst());
}

/** The stored rows (x_rows) of one origin's entity whose projection points at the person. */
async function recordsOf(q: ReceivingQuery, origin: string, personGid: string) {
  const linked = [
    ['conscription_records', 'x_conscription'],
    ['militia_memberships', 'x_militia'],
    ['reservists', 'x_reservists'],
  ] as const;
  const out: Array<{ entity: string; gid: string; data: unknown }> = [];
  for (const [entity, table] of linked) {
    const gids = (
      await q
        .selectFrom(table)
        .select('gid')
        .where('origin_code', '=', origin)
        .where('person_gid', '=', personGid)
        .execute()
    ).map((r) => r.gid);
    if (gids.length === 0) continue;
    const rows = await q
      .selectFrom('x_rows')
      .select(['gid', 'data'])
      .where('origin_code', '=', origin)
      .where('entity', '=', entity)
      .where('gid', 'in', gids)
      .execute();
    for (const r of rows) out.push({ entity, gid: r.gid, data: r.data === null ? null : JSON.parse(r.data) });
  }
  return out;
}

/** Both (all) versions side by side: each origin's person row as sent and its main records. */
export async function getConflict(ctx: ApiContext, id: string) {
  const q = receivingDb(ctx.db);
  const conflict = view(await conflictRow(q, id));
  const names = new Map((await enrolledSenders(q)).map((s) => [s.code, s.name]));
  const versions = [];
  for (const party of conflict.records) {
    const person = await q
      .selectFrom('x_rows')
      .select(['data', 'deleted', 'row_version'])
      .where('origin_code', '=', party.origin)
      .where('entity', '=', 'people')
      .where('gid', '=', party.gid)
      .executeTakeFirst();
    versions.push({
      origin: party.origin,
      originName: names.get(party.origin) ?? party.origin,
      gid: party.gid,
      deleted: person?.deleted === 1,
      person: person?.data ? (JSON.parse(person.data) as Record<string, unknown>) : null,
      records: await recordsOf(q, party.origin, party.gid),
    });
  }
  return { ...conflict, versions };
}

/** The officer's decision: the same citizen (kept by one origin) or different people. Audited. */
export async function decideConflict(ctx: ApiContext, input: z.output<typeof conflictDecideInput>) {
  const at = timestamp(ctx.now());
  return inReceivingTransaction(ctx.db, async (trx) => {
    const before = await conflictRow(trx, input.id);
    if (before.status !== 'open') throw ApiError.of('EXCHANGE_CONFLICT_NOT_OPEN');
    const origins = new Set((JSON.parse(before.records_json) as Party[]).map((p) => p.origin));
    const keeper = input.outcome === 'belongs_to' ? (input.keeperOrigin ?? null) : null;
    if (input.outcome === 'belongs_to' && (!keeper || !origins.has(keeper))) {
      throw ApiError.fields(
        { keeperOrigin: ApiError.of('EXCHANGE_CONFLICT_KEEPER').message },
        'EXCHANGE_CONFLICT_KEEPER',
      );
    }
    const result = await trx
      .updateTable('x_conflicts')
      .set({
        status: 'decided',
        outcome: input.outcome,
        keeper_origin: keeper,
        note: input.note,
        decided_by: ctx.actor,
        decided_at: at,
        updated_at: at,
        version: input.version + 1,
      })
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw ApiError.of('CONFLICT_VERSION');
    const after = await conflictRow(trx, input.id);
    auditReceiving(ctx, 'exchange_conflict', input.id, 'update', view(before), view(after));
    return view(after);
  });
}
