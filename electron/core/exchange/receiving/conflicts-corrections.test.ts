import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestCore, refusal, type TestCore } from '../../db/test-helpers';
import type { BundleFileName } from '../entities';
import { readBundle, verifyBundleSignature } from '../format/bundle';
import type { CorrectionLine, DecisionLine, RowLine } from '../format/lines';
import { BOARD, communeRows, enrolSender, makeCommune, setUpBoard, upBundle, type Commune } from './test-scene';

let board: TestCore;
let boardKey: { publicKeyHex: string };
let communes: Commune[] = [];

beforeEach(() => {
  board = createTestCore();
  boardKey = setUpBoard(board);
});
afterEach(() => {
  board.dispose();
  for (const c of communes) c.core.dispose();
  communes = [];
});

async function commune(code: string, name: string) {
  const c = await makeCommune(code, name, { people: 2, quota: 1, examined: 1, official: 0, militia: 0 });
  communes.push(c);
  enrolSender(board, c.code, c.name, c.key.publicKeyHex);
  return c;
}

type Down = { fileName: string; base64: string; seq: number; corrections: number; decisions: number; ack: number };
const down = (origin: string) => call<Down>(board, 'exchange.down.create', { origin });
const open = (d: Down) => readBundle(Buffer.from(d.base64, 'base64'));
const answer = (kind: 'correction' | 'decision', refId: string, a: 'accepted' | 'rejected' | 'noted', reason = '') => ({
  kind,
  refId,
  answer: a,
  reason,
  answeredBy: 'Trợ lý Quân lực',
  answeredAt: '2026-11-28T02:00:00.000Z',
});

describe('conflicts between origins', () => {
  it('queues one citizen ID held by two communes once, and the decision goes down to both and is acknowledged', async () => {
    const a = await commune('26734', 'Phường Đức Xuân');
    const b = await commune('26737', 'Phường Bắc Kạn');
    const rowsA = communeRows(a);
    const rowsB = communeRows(b);
    // The same citizen moved from A to B: B's second person carries A's first person's citizen ID.
    const moved = rowsA.get('people')![0]!;
    const peopleB = rowsB.get('people')!;
    peopleB[1] = { ...peopleB[1]!, data: { ...peopleB[1]!.data!, citizen_id: moved.data!.citizen_id } };
    const oneA = upBundle(a, rowsA);
    const oneB = upBundle(b, rowsB);
    expect(await call(board, 'exchange.receive', oneA.input)).toMatchObject({ conflictsOpened: 0 });
    expect(await call(board, 'exchange.receive', oneB.input)).toMatchObject({ conflictsOpened: 1 });
    // Both again, with higher versions: still one conflict.
    const twoA = upBundle(a, communeRows(a, 2), { seq: 2, prevHash: oneA.manifestHash });
    expect(await call(board, 'exchange.receive', twoA.input)).toMatchObject({ conflictsOpened: 0 });
    const conflicts = await call<Array<{ id: string; citizenId: string; status: string; version: number }>>(
      board,
      'exchange.conflicts.list',
      {},
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ citizenId: moved.data!.citizen_id, status: 'open' });
    const detail = await call<{
      versions: Array<{ origin: string; person: { given_name: string }; records: Array<{ entity: string }> }>;
    }>(board, 'exchange.conflicts.get', { id: conflicts[0]!.id });
    expect(detail.versions.map((v) => v.origin)).toEqual([a.code, b.code]);
    expect(detail.versions[0]!.records.map((r) => r.entity)).toContain('conscription_records');
    // Nothing was merged or deleted.
    expect(
      (await call<{ total: number }>(board, 'exchange.received.people.list', { page: 1, pageSize: 10 })).total,
    ).toBe(4);

    const wrongKeeper = await refusal(board, 'exchange.conflicts.decide', {
      id: conflicts[0]!.id,
      outcome: 'belongs_to',
      keeperOrigin: '26740',
      note: '',
      version: conflicts[0]!.version,
    });
    expect(wrongKeeper.code).toBe('EXCHANGE_CONFLICT_KEEPER');
    const decided = await call<{ status: string; keeperOrigin: string }>(board, 'exchange.conflicts.decide', {
      id: conflicts[0]!.id,
      outcome: 'belongs_to',
      keeperOrigin: b.code,
      note: 'Công dân đã chuyển đến phường Bắc Kạn',
      version: conflicts[0]!.version,
    });
    expect(decided).toMatchObject({ status: 'decided', keeperOrigin: b.code });
    const audited = board.db
      .prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'exchange_conflict'`)
      .get() as { n: number };
    expect(audited.n).toBe(1);

    for (const [x, ack] of [
      [a, 2],
      [b, 1],
    ] as const) {
      const bundle = await down(x.code);
      expect(bundle).toMatchObject({
        decisions: 1,
        corrections: 0,
        ack,
        seq: 1,
        fileName: `qsdp-${BOARD.code}-gui-${x.code}-so-1.zip`,
      });
      const content = open(bundle);
      expect(verifyBundleSignature(content, boardKey.publicKeyHex)).toBe(true);
      expect(content.manifest).toMatchObject({ direction: 'down', recipient: { code: x.code }, ack });
      const [line] = content.files.get('decisions') as DecisionLine[];
      expect(line).toMatchObject({ id: conflicts[0]!.id, outcome: 'belongs_to', keeperOrigin: b.code });
    }
    expect((await call<Array<{ status: string }>>(board, 'exchange.conflicts.list', {}))[0]!.status).toBe('sent');

    // A noted it; B has not yet: the conflict waits for B, and B's next downward bundle carries it again.
    const noted = new Map<BundleFileName, unknown[]>([['answers', [answer('decision', conflicts[0]!.id, 'noted')]]]);
    expect(
      await call(board, 'exchange.receive', upBundle(a, noted, { seq: 3, prevHash: twoA.manifestHash, ack: 1 }).input),
    ).toMatchObject({ answers: 1 });
    expect((await down(a.code)).decisions).toBe(0);
    expect((await down(b.code)).decisions).toBe(1);
    await call(board, 'exchange.receive', upBundle(b, noted, { seq: 2, prevHash: oneB.manifestHash, ack: 2 }).input);
    expect((await call<Array<{ status: string }>>(board, 'exchange.conflicts.list', {}))[0]!.status).toBe(
      'acknowledged',
    );
  });
});

describe('corrections', () => {
  it('is written from the stored value, travels down, and an accepted answer closes it', async () => {
    const a = await commune('26734', 'Phường Đức Xuân');
    const rows = communeRows(a);
    const one = upBundle(a, rows);
    await call(board, 'exchange.receive', one.input);
    const person = rows.get('people')![0] as RowLine;

    expect(
      (
        await refusal(board, 'exchange.corrections.create', {
          origin: a.code,
          entity: 'people',
          gid: person.gid,
          field: 'nickname',
          newValue: 'x',
          reason: 'r',
        })
      ).code,
    ).toBe('EXCHANGE_CORRECTION_FIELD');
    const created = await call<{ id: string; oldValue: unknown; status: string; version: number }>(
      board,
      'exchange.corrections.create',
      {
        origin: a.code,
        entity: 'people',
        gid: person.gid,
        field: 'birth_date',
        newValue: '2005-04-15',
        reason: 'Sai ngày sinh so với CCCD',
      },
    );
    expect(created).toMatchObject({ oldValue: person.data!.birth_date, status: 'draft' });
    // A draft can be withdrawn; write it again.
    await call(board, 'exchange.corrections.withdraw', { id: created.id, version: created.version });
    expect(await call(board, 'exchange.corrections.list', {})).toEqual([]);
    const again = await call<{ id: string }>(board, 'exchange.corrections.create', {
      origin: a.code,
      entity: 'people',
      gid: person.gid,
      field: 'birth_date',
      newValue: '2005-04-15',
      reason: 'Sai ngày sinh so với CCCD',
    });

    const bundle = await down(a.code);
    expect(bundle).toMatchObject({ corrections: 1, decisions: 0, ack: 1 });
    const [line] = open(bundle).files.get('corrections') as CorrectionLine[];
    expect(line).toMatchObject({
      id: again.id,
      field: 'birth_date',
      oldValue: person.data!.birth_date,
      newValue: '2005-04-15',
    });
    const sent = await call<Array<{ status: string; sentInSeq: number }>>(board, 'exchange.corrections.list', {
      origin: a.code,
    });
    expect(sent[0]).toMatchObject({ status: 'sent', sentInSeq: 1 });
    expect((await refusal(board, 'exchange.corrections.withdraw', { id: again.id, version: 2 })).code).toBe(
      'EXCHANGE_CORRECTION_NOT_DRAFT',
    );
    // Not answered yet: the next downward bundle carries it again (chained to the first).
    const second = await down(a.code);
    expect(second).toMatchObject({ seq: 2, corrections: 1 });
    expect(open(second).manifest.prevHash).toBe(open(bundle).manifestHash);

    const answers = new Map<BundleFileName, unknown[]>([
      ['answers', [answer('correction', again.id, 'accepted', 'Đã sửa theo CCCD')]],
    ]);
    const status = await call<Array<{ correctionsWaiting: number }>>(board, 'exchange.senders.status');
    expect(status[0]!.correctionsWaiting).toBe(1);
    expect(
      await call(board, 'exchange.receive', upBundle(a, answers, { seq: 2, prevHash: one.manifestHash, ack: 2 }).input),
    ).toMatchObject({
      answers: 1,
    });
    const closed = await call<Array<{ status: string; answerReason: string }>>(board, 'exchange.corrections.list', {
      origin: a.code,
    });
    expect(closed[0]).toMatchObject({ status: 'accepted', answerReason: 'Đã sửa theo CCCD' });
    expect((await down(a.code)).corrections).toBe(0);
    expect(
      (
        await refusal(board, 'exchange.corrections.create', {
          origin: a.code,
          entity: 'people',
          gid: 'nope',
          field: 'sex',
          newValue: 'F',
          reason: 'r',
        })
      ).code,
    ).toBe('EXCHANGE_RECORD_NOT_FOUND');
  });
});
