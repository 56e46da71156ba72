import type { z } from 'zod';
import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { foldVietnamese } from '../../shared/vietnamese-text';
import { receivingDb, type ReceivingQuery } from './engine';
import type { receivedPeopleListInput, receivedRecordInput } from './schema';

/** Read-only views of what the senders sent, each row labelled by its origin (issue 20 §3). */

export interface SenderRef {
  code: string;
  name: string;
}

/** The enrolled senders (role 'sender', not removed), by code. */
export async function enrolledSenders(q: ReceivingQuery): Promise<SenderRef[]> {
  const rows = await q
    .selectFrom('exchange_partners')
    .select(['office_code as code', 'office_name as name'])
    .where('role', '=', 'sender')
    .where('removed_at', 'is', null)
    .orderBy('office_code')
    .execute();
  return rows;
}

export async function sendersStatus(ctx: ApiContext) {
  const q = receivingDb(ctx.db);
  const senders = await q
    .selectFrom('exchange_partners')
    .select(['id', 'office_code', 'office_name'])
    .where('role', '=', 'sender')
    .where('removed_at', 'is', null)
    .orderBy('office_code')
    .execute();
  const last = await q
    .selectFrom('exchange_bundles')
    .select(['partner_id', 'seq', 'created_at'])
    .where('direction', '=', 'in')
    .where('flow', '=', 'up')
    .execute();
  const rows = await q
    .selectFrom('x_rows')
    .select(['origin_code', 'entity', (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted', '=', 0)
    .groupBy(['origin_code', 'entity'])
    .execute();
  const conflicts = await q
    .selectFrom('x_conflict_parties as p')
    .innerJoin('x_conflicts as c', 'c.id', 'p.conflict_id')
    .select(['p.origin_code', (eb) => eb.fn.count<number>('c.id').distinct().as('n')])
    .where('c.status', '=', 'open')
    .groupBy('p.origin_code')
    .execute();
  const corrections = await q
    .selectFrom('x_corrections')
    .select(['target_origin', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['draft', 'sent'])
    .groupBy('target_origin')
    .execute();
  return senders.map((s) => {
    const mine = last.filter((b) => b.partner_id === s.id).sort((a, b) => b.seq - a.seq)[0];
    return {
      code: s.office_code,
      name: s.office_name,
      lastSeq: mine?.seq ?? 0,
      lastReceivedAt: mine?.created_at ?? null,
      rows: Object.fromEntries(rows.filter((r) => r.origin_code === s.office_code).map((r) => [r.entity, Number(r.n)])),
      openConflicts: Number(conflicts.find((c) => c.origin_code === s.office_code)?.n ?? 0),
      correctionsWaiting: Number(corrections.find((c) => c.target_origin === s.office_code)?.n ?? 0),
    };
  });
}

export async function receivedPeopleList(ctx: ApiContext, input: z.output<typeof receivedPeopleListInput>) {
  const q = receivingDb(ctx.db);
  let base = q
    .selectFrom('x_people as p')
    .leftJoin('x_locality_names as n', (join) =>
      join
        .onRef('n.origin_code', '=', 'p.origin_code')
        .onRef('n.locality_gid', '=', 'p.locality_gid')
        .on('n.valid_to', 'is', null),
    );
  if (input.origin) base = base.where('p.origin_code', '=', input.origin);
  const folded = input.search ? foldVietnamese(input.search).trim() : '';
  if (folded) base = base.where('p.search_text', 'like', `%${folded.replace(/[%_\\]/g, '')}%`);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'p.origin_code as origin',
      'p.gid',
      'p.full_name as fullName',
      'p.citizen_id as citizenId',
      'p.birth_date as birthDate',
      'p.sex',
      'n.name as localityName',
    ])
    .orderBy('p.sort_key')
    .orderBy('p.origin_code')
    .orderBy('p.gid')
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .execute();
  const names = new Map((await enrolledSenders(q)).map((s) => [s.code, s.name]));
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({ ...r, originName: names.get(r.origin) ?? r.origin })),
  };
}

export async function receivedRecord(ctx: ApiContext, input: z.output<typeof receivedRecordInput>) {
  const row = await receivingDb(ctx.db)
    .selectFrom('x_rows')
    .select(['origin_code', 'entity', 'gid', 'row_version', 'deleted', 'data', 'bundle_seq'])
    .where('origin_code', '=', input.origin)
    .where('entity', '=', input.entity)
    .where('gid', '=', input.gid)
    .executeTakeFirst();
  if (!row) throw ApiError.of('EXCHANGE_RECORD_NOT_FOUND', { origin: input.origin });
  return {
    origin: row.origin_code,
    entity: row.entity,
    gid: row.gid,
    rowVersion: row.row_version,
    deleted: row.deleted === 1,
    bundleSeq: row.bundle_seq,
    data: row.data === null ? null : (JSON.parse(row.data) as Record<string, unknown>),
  };
}

export async function inboxList(ctx: ApiContext) {
  const rows = await receivingDb(ctx.db)
    .selectFrom('exchange_bundles as b')
    .innerJoin('exchange_partners as p', 'p.id', 'b.partner_id')
    .select([
      'b.id',
      'b.seq',
      'b.ack',
      'b.full',
      'b.period_from',
      'b.period_to',
      'b.counts_json',
      'b.file_name',
      'b.actor',
      'b.created_at',
      'p.office_code',
      'p.office_name',
    ])
    .where('b.direction', '=', 'in')
    .where('b.flow', '=', 'up')
    .orderBy('b.created_at', 'desc')
    .orderBy('p.office_code')
    .orderBy('b.seq', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sender: { code: r.office_code, name: r.office_name },
    seq: r.seq,
    ack: r.ack,
    full: r.full === 1,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    counts: JSON.parse(r.counts_json) as Record<string, number>,
    fileName: r.file_name,
    receivedBy: r.actor,
    receivedAt: r.created_at,
  }));
}
