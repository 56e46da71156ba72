import { describe, expect, it } from 'vitest';
import { labelsOf } from '../../audit/labels';
import { auditFor } from '../../db/audit';
import { call, refusal, TEST_NOW, useTestCore, type TestCore } from '../../db/test-helpers';
import type { Person } from '../../people/schema';
import { createPerson } from '../../people/test-steps';
import { readBundle } from '../format/bundle';
import { generateOfficeKeyPair } from '../format/keys';
import type { AnswerLine } from '../format/lines';
import type { IncomingMessage } from './answers';
import type { SentBundle } from './build';
import { correction, downBundle, setUpSender, WARD } from './test-office';

let core: TestCore;
useTestCore((c) => (core = c));

const TABLES = ['exchange_bundles', 'exchange_received_messages', 'audit_log', 'people'];
function rowCounts() {
  return TABLES.map((t) => (core.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
}

const decision = (id: string, personId: string) => ({
  id,
  citizenId: '006206000001',
  records: [
    { origin: WARD.code, gid: personId },
    { origin: '26737', gid: '5f0c8a4e-0000-4000-8000-000000000001' },
  ],
  outcome: 'belongs_to',
  keeperOrigin: '26737',
  note: 'Công dân đã chuyển đến phường Sông Cầu',
  decidedBy: 'Thiếu tá Hoàng Văn Em',
  decidedAt: TEST_NOW.toISOString(),
});

async function person() {
  return createPerson(core, 'Nguyễn Văn An', { birthDate: '2006-03-14', sex: 'M', citizenId: '006206000001' });
}

async function incoming(status?: string) {
  return call<IncomingMessage[]>(core, 'exchange.incoming.list', status ? { status } : {});
}

describe('exchange: corrections and decisions received from the board', () => {
  it('stores them open; the same bundle twice changes nothing; another key is refused with nothing written', async () => {
    const office = setUpSender(core);
    const p = await person();
    const down = downBundle(office.boardKey, {
      seq: 1,
      prevHash: null,
      ack: 0,
      corrections: [correction('c-1', p.id, 'given_name', 'An', 'Ân')],
      decisions: [decision('d-1', p.id)],
    });
    const receipt = await call(core, 'exchange.down.receive', { fileName: 'tra-ve-1.zip', base64: down.base64 });
    expect(receipt).toEqual({ corrections: 1, decisions: 1, ack: 0 });
    const list = await incoming('open');
    expect(list).toHaveLength(2);
    const fix = list.find((m) => m.kind === 'correction')!;
    expect(fix.person).toEqual({ id: p.id, name: 'Nguyễn Văn An', citizenId: '006206000001' });
    expect(fix.correction).toMatchObject({
      field: 'given_name',
      fieldLabel: 'Tên',
      oldValue: 'An',
      newValue: 'Ân',
      currentValue: 'An',
      correctable: true,
      author: 'Đại úy Trần Văn Bình',
    });
    const dec = list.find((m) => m.kind === 'decision')!;
    expect(dec.person?.name).toBe('Nguyễn Văn An');
    expect(dec.decision).toMatchObject({ outcome: 'belongs_to', keeperOrigin: '26737' });

    const before = rowCounts();
    expect(await call(core, 'exchange.down.receive', { fileName: 'tra-ve-1.zip', base64: down.base64 })).toEqual({
      alreadyReceived: true,
    });
    expect(rowCounts()).toEqual(before);

    const forged = downBundle(generateOfficeKeyPair(), { seq: 2, prevHash: down.manifestHash, ack: 0 });
    const error = await refusal(core, 'exchange.down.receive', { fileName: 'x.zip', base64: forged.base64 });
    expect(error.code).toBe('EXCHANGE_UNKNOWN_KEY');
    expect(rowCounts()).toEqual(before);

    // A bad line refuses the whole bundle.
    const bad = downBundle(office.boardKey, {
      seq: 2,
      prevHash: down.manifestHash,
      ack: 0,
      corrections: [correction('c-2', p.id, 'given_name', 'An', 'Ân'), { id: 'c-3' }],
    });
    const badError = await refusal(core, 'exchange.down.receive', { fileName: 'x.zip', base64: bad.base64 });
    expect(badError.code).toBe('EXCHANGE_LINE_INVALID');
    expect(badError.message).toContain('dòng 2');
    expect(rowCounts()).toEqual(before);
  });

  it('accepting a correction changes the record (audited) and the next upward bundle carries the answer', async () => {
    const office = setUpSender(core);
    const p = await person();
    const down = downBundle(office.boardKey, {
      seq: 1,
      prevHash: null,
      ack: 0,
      corrections: [
        correction('c-1', p.id, 'given_name', 'An', 'Ân'),
        correction('c-2', p.id, 'notes', '', 'Đã chuyển hộ khẩu'),
      ],
      decisions: [decision('d-1', p.id)],
    });
    await call(core, 'exchange.down.receive', { fileName: 'tra-ve-1.zip', base64: down.base64 });
    const list = await incoming();
    const byRef = (ref: string) => list.find((m) => m.refId === ref)!;

    const rejected = await refusal(core, 'exchange.incoming.answer', {
      id: byRef('c-1').id,
      answer: 'rejected',
      reason: '  ',
      version: 1,
    });
    expect(rejected.fieldErrors).toEqual({ reason: 'Từ chối phải ghi rõ lý do.' });

    const accepted = await call<IncomingMessage>(core, 'exchange.incoming.answer', {
      id: byRef('c-1').id,
      answer: 'accepted',
      reason: '',
      version: 1,
    });
    expect(accepted.status).toBe('accepted');
    const after = await call<Person>(core, 'people.get', { id: p.id });
    expect(after.givenName).toBe('Ân');
    const trail = auditFor(core.db, 'person', p.id);
    expect(trail.at(-1)).toMatchObject({ action: 'update', actor: 'tester' });
    expect(JSON.parse(trail.at(-1)!.after_json!)).toMatchObject({ givenName: 'Ân' });

    // A field outside the map is corrected by hand: accepting is refused, noting is not.
    const notApplicable = await refusal(core, 'exchange.incoming.answer', {
      id: byRef('c-2').id,
      answer: 'accepted',
      reason: '',
      version: 1,
    });
    expect(notApplicable.code).toBe('EXCHANGE_CORRECTION_NOT_APPLICABLE');
    await call(core, 'exchange.incoming.answer', { id: byRef('c-2').id, answer: 'noted', reason: '', version: 1 });
    await call(core, 'exchange.incoming.answer', {
      id: byRef('d-1').id,
      answer: 'noted',
      reason: 'Đã xóa tên khỏi danh sách',
      version: 1,
    });
    expect(await incoming('open')).toEqual([]);

    const sent = await call<SentBundle>(core, 'exchange.send.create', {});
    const bundle = readBundle(Buffer.from(sent.base64, 'base64'));
    const answers = bundle.files.get('answers') as AnswerLine[];
    expect(answers.map((a) => [a.kind, a.refId, a.answer]).sort()).toEqual([
      ['correction', 'c-1', 'accepted'],
      ['correction', 'c-2', 'noted'],
      ['decision', 'd-1', 'noted'],
    ]);
    expect(bundle.manifest.ack).toBe(1);
    const person1 = (bundle.files.get('people') as Array<{ gid: string; data: { given_name: string } }>)[0]!;
    expect(person1.data.given_name).toBe('Ân');

    // Until the board acknowledges that bundle, the answers go again; after, they do not.
    const again = readBundle(Buffer.from((await call<SentBundle>(core, 'exchange.send.create', {})).base64, 'base64'));
    expect(again.files.get('answers')).toHaveLength(3);
    const ack = downBundle(office.boardKey, { seq: 2, prevHash: down.manifestHash, ack: 2 });
    await call(core, 'exchange.down.receive', { fileName: 'tra-ve-2.zip', base64: ack.base64 });
    const last = readBundle(Buffer.from((await call<SentBundle>(core, 'exchange.send.create', {})).base64, 'base64'));
    expect(last.files.get('answers')).toEqual([]);

    // The trail names every field the exchange wrote.
    const trail2 = core.db
      .prepare(`SELECT entity, after_json FROM audit_log WHERE entity LIKE 'exchange_%'`)
      .all() as Array<{ entity: string; after_json: string }>;
    expect(new Set(trail2.map((r) => r.entity))).toEqual(new Set(['exchange_bundle', 'exchange_message']));
    const unnamed = trail2.flatMap((r) =>
      Object.keys(JSON.parse(r.after_json) as object).filter((k) => !labelsOf(r.entity).field(k)),
    );
    expect(unnamed).toEqual([]);
  });

  it('refuses to accept a correction whose old value is no longer the record’s, saying the current value', async () => {
    const office = setUpSender(core);
    const p = await person();
    const down = downBundle(office.boardKey, {
      seq: 1,
      prevHash: null,
      ack: 0,
      corrections: [correction('c-1', p.id, 'given_name', 'Anh', 'Ánh')],
    });
    await call(core, 'exchange.down.receive', { fileName: 'tra-ve-1.zip', base64: down.base64 });
    const [message] = await incoming();
    const before = rowCounts();
    const error = await refusal(core, 'exchange.incoming.answer', {
      id: message!.id,
      answer: 'accepted',
      reason: '',
      version: 1,
    });
    expect(error.code).toBe('EXCHANGE_CORRECTION_STALE');
    expect(error.message).toContain('"An"');
    expect(rowCounts()).toEqual(before);
    expect((await call<Person>(core, 'people.get', { id: p.id })).givenName).toBe('An');
    const rejected = await call<IncomingMessage>(core, 'exchange.incoming.answer', {
      id: message!.id,
      answer: 'rejected',
      reason: 'Tên đúng là An theo căn cước',
      version: 1,
    });
    expect(rejected.answer).toMatchObject({ reason: 'Tên đúng là An theo căn cước', by: 'tester' });
    const twice = await refusal(core, 'exchange.incoming.answer', {
      id: message!.id,
      answer: 'noted',
      reason: '',
      version: 2,
    });
    expect(twice.code).toBe('EXCHANGE_MESSAGE_ANSWERED');
  });
});
