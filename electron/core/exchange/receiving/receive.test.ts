import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestCore, refusal, type TestCore } from '../../db/test-helpers';
import type { BundleFileName } from '../entities';
import { generateOfficeKeyPair } from '../format/keys';
import { receiveBundle } from './receive';
import {
  BOARD,
  communeRows,
  enrolSender,
  makeCommune,
  receivingCounts,
  setUpBoard,
  upBundle,
  type Commune,
} from './test-scene';

let board: TestCore;
let communes: Commune[] = [];

beforeEach(() => {
  board = createTestCore();
  setUpBoard(board);
});
afterEach(() => {
  board.dispose();
  for (const c of communes) c.core.dispose();
  communes = [];
});

async function commune(code: string, name: string, scene: Parameters<typeof makeCommune>[2]) {
  const c = await makeCommune(code, name, scene);
  communes.push(c);
  enrolSender(board, c.code, c.name, c.key.publicKeyHex);
  return c;
}

const small = { people: 3, quota: 2, examined: 2, official: 1, militia: 2, population: 4000 };

type Received = { alreadyReceived: boolean; counts: Record<string, number>; conflictsOpened: number; answers: number };
const receive = (input: unknown) => call<Received>(board, 'exchange.receive', input);

/** What a commune's own database says, counted there. */
function ownCount(c: Commune, sql: string): number {
  return (c.core.db.prepare(sql).get() as { n: number }).n;
}

describe('receiving upward bundles', () => {
  it('merges three communes: every row once per origin, and the views equal the sums of their own figures', async () => {
    const a = await commune('26734', 'Phường Đức Xuân', {
      people: 4,
      quota: 3,
      examined: 3,
      official: 2,
      militia: 3,
      population: 5000,
    });
    const b = await commune('26737', 'Phường Bắc Kạn', { people: 3, quota: 2, examined: 1, official: 1, militia: 1 });
    const c = await commune('26740', 'Xã Nông Thượng', {
      people: 2,
      quota: 1,
      examined: 2,
      official: 0,
      militia: 2,
      population: 3000,
    });
    for (const x of [a, b, c]) {
      const result = await receive(upBundle(x, communeRows(x)).input);
      const own = [...communeRows(x).values()].reduce((n, lines) => n + lines.length, 0);
      expect(result).toMatchObject({ alreadyReceived: false, counts: { inserted: own, updated: 0, unchanged: 0 } });
    }
    for (const x of [a, b, c]) {
      const stored = board.db
        .prepare(`SELECT entity, COUNT(*) AS n FROM x_rows WHERE origin_code = ? GROUP BY entity`)
        .all(x.code) as Array<{
        entity: string;
        n: number;
      }>;
      for (const [entity, lines] of communeRows(x)) {
        expect(stored.find((s) => s.entity === entity)?.n ?? 0, `${x.code} ${entity}`).toBe(lines.length);
      }
    }

    const people = await call<{
      total: number;
      rows: Array<{ origin: string; originName: string; localityName: string }>;
    }>(board, 'exchange.received.people.list', { page: 1, pageSize: 50 });
    const ownPeople = await Promise.all(
      [a, b, c].map((x) => call<{ total: number }>(x.core, 'people.list', { page: 1, pageSize: 1 })),
    );
    expect(people.total).toBe(ownPeople.reduce((n, p) => n + p.total, 0));
    expect(people.rows.find((r) => r.origin === b.code)).toMatchObject({ originName: b.name, localityName: b.name });
    const onlyB = await call<{ total: number }>(board, 'exchange.received.people.list', {
      origin: b.code,
      search: 'nguyen van',
      page: 1,
      pageSize: 10,
    });
    expect(onlyB.total).toBe(ownPeople[1]!.total);

    const campaign = await call<{
      senders: Array<Record<string, number> & { code: string }>;
      totals: Record<string, number>;
    }>(board, 'exchange.overview.campaign', { year: 2026 });
    let quota = 0;
    let official = 0;
    let examined = 0;
    for (const x of [a, b, c]) {
      const campaignId = (x.core.db.prepare(`SELECT id FROM conscription_campaigns`).get() as { id: string }).id;
      const dash = await call<{ totals: { quotaArmy: number; quotaPolice: number; officialList: number } }>(
        x.core,
        'conscription.campaign.dashboard',
        { campaignId },
      );
      const ownExamined = ownCount(x, `SELECT COUNT(*) AS n FROM conscription_records WHERE health_class IS NOT NULL`);
      const row = campaign.senders.find((s) => s.code === x.code)!;
      expect(row).toMatchObject({
        quota: dash.totals.quotaArmy + dash.totals.quotaPolice,
        official: dash.totals.officialList,
        examined: ownExamined,
        registered: ownCount(x, `SELECT COUNT(*) AS n FROM conscription_records`),
      });
      quota += dash.totals.quotaArmy + dash.totals.quotaPolice;
      official += dash.totals.officialList;
      examined += ownExamined;
    }
    expect(campaign.totals).toMatchObject({ quota, official, examined });

    const militia = await call<{
      senders: Array<{ code: string; strength: number; share: number | null }>;
      totals: { strength: number };
    }>(board, 'exchange.overview.militia', { year: 2026 });
    const ownMilitia = [a, b, c].map((x) =>
      ownCount(x, `SELECT COUNT(*) AS n FROM militia_memberships WHERE ended_on IS NULL`),
    );
    expect(militia.senders.map((s) => s.strength)).toEqual(ownMilitia);
    expect(militia.totals.strength).toBe(ownMilitia.reduce((s, n) => s + n, 0));
    expect(militia.senders[0]!.share).toBeCloseTo((3 * 100) / 5000);
    expect(militia.senders[1]!.share).toBeNull();

    const status = await call<Array<{ code: string; lastSeq: number; rows: Record<string, number> }>>(
      board,
      'exchange.senders.status',
    );
    expect(status.map((s) => [s.code, s.lastSeq, s.rows.people])).toEqual([
      [a.code, 1, 4],
      [b.code, 1, 3],
      [c.code, 1, 2],
    ]);
    const inbox = await call<unknown[]>(board, 'exchange.inbox.list');
    expect(inbox).toHaveLength(3);
  });

  it('sums the half-year figures over senders with each sender’s value', async () => {
    const a = await commune('26734', 'Phường Đức Xuân', { ...small, people: 0 });
    const b = await commune('26737', 'Phường Bắc Kạn', { ...small, people: 0 });
    const figures = (x: number) =>
      new Map<BundleFileName, unknown[]>([
        [
          'review_figures',
          [
            { period: '2026-H2', key: 'conscription.handedOver', value: x },
            { period: '2026-H2', key: 'training.courses', value: 2 },
          ],
        ],
      ]);
    await receive(upBundle(a, figures(76)).input);
    await receive(upBundle(b, figures(24)).input);
    const view = await call<{ figures: Array<{ key: string; total: number; bySender: Record<string, number> }> }>(
      board,
      'exchange.overview.halfYear',
      { period: '2026-H2' },
    );
    expect(view.figures).toEqual([
      { key: 'conscription.handedOver', total: 100, bySender: { [a.code]: 76, [b.code]: 24 } },
      { key: 'training.courses', total: 4, bySender: { [a.code]: 2, [b.code]: 2 } },
    ]);
  });

  it('refuses damaged, unknown, revoked, replayed, gapped, newer, misaddressed, truncated and foreign bundles with nothing written', async () => {
    const a = await commune('26734', 'Phường Đức Xuân', small);
    const first = upBundle(a, communeRows(a));
    await receive(first.input);
    const before = receivingCounts(board);
    const next = { seq: 2, prevHash: first.manifestHash };

    const entries = unzipSync(upBundle(a, communeRows(a), next).bytes);
    const flipped = { ...entries, 'data/people.ndjson': Uint8Array.from(entries['data/people.ndjson']!) };
    flipped['data/people.ndjson']![5]! ^= 1;
    const refusals: Array<[string, unknown]> = [
      ['EXCHANGE_FILE_DAMAGED', { fileName: 'x.zip', base64: Buffer.from(zipSync(flipped)).toString('base64') }],
      ['EXCHANGE_UNKNOWN_KEY', upBundle(a, communeRows(a), { ...next, key: generateOfficeKeyPair() }).input],
      ['EXCHANGE_REPLAY', upBundle(a, communeRows(a, 2), { seq: 1 }).input],
      ['EXCHANGE_GAP', upBundle(a, communeRows(a), { seq: 4, prevHash: first.manifestHash }).input],
      ['EXCHANGE_SCHEMA_NEWER', upBundle(a, communeRows(a), { ...next, schemaVersion: 999 }).input],
      [
        'EXCHANGE_WRONG_RECIPIENT',
        upBundle(a, communeRows(a), { ...next, recipient: { code: '26-KV2', name: 'Ban CHPTKV 2' } }).input,
      ],
      [
        'EXCHANGE_NOT_A_BUNDLE',
        { fileName: 'x.zip', base64: Buffer.from(first.bytes.subarray(0, first.bytes.length - 40)).toString('base64') },
      ],
    ];
    const foreign = communeRows(a, 2);
    foreign.get('people')![0] = { ...foreign.get('people')![0]!, origin: '26737' };
    refusals.push(['EXCHANGE_FOREIGN_ORIGIN', upBundle(a, foreign, next).input]);
    for (const [code, input] of refusals) {
      const error = await refusal(board, 'exchange.receive', input);
      expect(error.code, code).toBe(code);
      expect(receivingCounts(board), code).toEqual(before);
    }
    const gap = await refusal(board, 'exchange.receive', refusals[3]![1]);
    expect(gap.message).toContain('2, 3');

    // A revoked key: the sender's only key withdrawn.
    board.db
      .prepare(`UPDATE exchange_partner_keys SET revoked_at = ?, revoke_reason = 'mất máy'`)
      .run('2026-11-20T00:00:00.000Z');
    expect((await refusal(board, 'exchange.receive', upBundle(a, communeRows(a, 2), next).input)).code).toBe(
      'EXCHANGE_KEY_REVOKED',
    );
    expect(receivingCounts(board)).toEqual(before);
    void strToU8;
  });

  it('takes the same bundle twice as already received, and bundles only in order', async () => {
    const a = await commune('26734', 'Phường Đức Xuân', small);
    const one = upBundle(a, communeRows(a));
    const two = upBundle(a, communeRows(a, 2), { seq: 2, prevHash: one.manifestHash });
    expect((await refusal(board, 'exchange.receive', two.input)).code).toBe('EXCHANGE_GAP');
    expect(receivingCounts(board).x_rows).toBe(0);
    await receive(one.input);
    const after = receivingCounts(board);
    expect(await receive(one.input)).toMatchObject({ alreadyReceived: true, counts: { inserted: 0, updated: 0 } });
    expect(receivingCounts(board)).toEqual(after);
    expect(await receive(two.input)).toMatchObject({
      alreadyReceived: false,
      counts: { inserted: 0, updated: after.x_rows },
    });
  });

  it('replaces a row by a higher version only, and a tombstone takes it out of the views', async () => {
    const a = await commune('26734', 'Phường Đức Xuân', small);
    const rows = communeRows(a);
    const one = upBundle(a, rows);
    await receive(one.input);
    const person = rows.get('people')![0]!;
    const renamed = { ...person, version: 2, data: { ...person.data!, given_name: 'Bình' } };
    const stale = { ...person, version: 1, data: { ...person.data!, given_name: 'Cũ' } };
    const two = upBundle(a, new Map([['people', [renamed]]]), { seq: 2, prevHash: one.manifestHash });
    expect(await receive(two.input)).toMatchObject({ counts: { updated: 1 } });
    const three = upBundle(a, new Map([['people', [stale]]]), { seq: 3, prevHash: two.manifestHash });
    expect(await receive(three.input)).toMatchObject({ counts: { unchanged: 1, updated: 0 } });
    const record = await call<{ data: { given_name: string }; rowVersion: number }>(board, 'exchange.received.record', {
      origin: a.code,
      entity: 'people',
      gid: person.gid,
    });
    expect(record).toMatchObject({ rowVersion: 2, data: { given_name: 'Bình' } });

    const membership = rows.get('militia_memberships')![0]!;
    const tombstones = new Map<BundleFileName, unknown[]>([
      ['people', [{ ...person, version: 3, deleted: true, data: null }]],
      ['militia_memberships', [{ ...membership, version: 2, deleted: true, data: null }]],
    ]);
    const four = upBundle(a, tombstones, { seq: 4, prevHash: three.manifestHash });
    expect(await receive(four.input)).toMatchObject({ counts: { deleted: 2 } });
    const list = await call<{ total: number }>(board, 'exchange.received.people.list', { page: 1, pageSize: 10 });
    expect(list.total).toBe(small.people - 1);
    const militia = await call<{ totals: { strength: number } }>(board, 'exchange.overview.militia', { year: 2026 });
    expect(militia.totals.strength).toBe(small.militia - 1);
    expect(
      await call(board, 'exchange.received.record', { origin: a.code, entity: 'people', gid: person.gid }),
    ).toMatchObject({
      deleted: true,
      data: null,
    });
  });

  it('does not yield to the event loop inside the merge transaction (no other request can run in it)', async () => {
    const a = await commune('26734', 'Phường Đức Xuân', small);
    const input = upBundle(a, communeRows(a)).input;
    let ranImmediate = false;
    let ranBeforeCommit: boolean | null = null;
    setImmediate(() => (ranImmediate = true));
    await receiveBundle(board.context, input, {
      beforeCommit: () => {
        ranBeforeCommit = ranImmediate;
        expect(board.db.inTransaction).toBe(true);
      },
    });
    expect(ranBeforeCommit).toBe(false);
    expect(board.db.inTransaction).toBe(false);

    // The check can fail: a transaction that awaited real I/O would have let the callback run.
    const b = await commune('26737', 'Phường Bắc Kạn', small);
    let ran = false;
    setImmediate(() => (ran = true));
    let seen: boolean | null = null;
    await receiveBundle(board.context, upBundle(b, communeRows(b)).input, {
      beforeCommit: async () => {
        await new Promise((resolve) => setImmediate(resolve));
        seen = ran;
      },
    });
    expect(seen).toBe(true);
  });

  it('refuses to start a merge inside another transaction', async () => {
    const a = await commune('26734', 'Phường Đức Xuân', small);
    const input = upBundle(a, communeRows(a)).input;
    board.db.exec('BEGIN');
    await expect(receiveBundle(board.context, input)).rejects.toMatchObject({ code: 'EXCHANGE_BUSY' });
    board.db.exec('ROLLBACK');
    expect(BOARD.code).toBe('26-KV1');
  });
});
