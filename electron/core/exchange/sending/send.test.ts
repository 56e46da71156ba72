import { describe, expect, it } from 'vitest';
import { call, refusal, useTestCore, type TestCore } from '../../db/test-helpers';
import type { RegisterPage } from '../../documents/register/public-types';
import { createPerson } from '../../people/test-steps';
import { upwardEntities, upwardEntityNames } from '../entities';
import { readBundle, verifyBundleSignature } from '../format/bundle';
import type { RowLine } from '../format/lines';
import type { SendPreview, SentBundle, OutboxRow } from './build';
import { downBundle, setUpSender, WARD, type SenderOffice } from './test-office';

let core: TestCore;
useTestCore((c) => (core = c));

async function send(full?: boolean) {
  const sent = await call<SentBundle>(core, 'exchange.send.create', full === undefined ? {} : { full });
  return { sent, bundle: readBundle(Buffer.from(sent.base64, 'base64')) };
}

function rowsOf(bundle: ReturnType<typeof readBundle>, entity: string): RowLine[] {
  return (bundle.files.get(entity as never) ?? []) as RowLine[];
}

async function threePeople() {
  const a = await createPerson(core, 'Nguyễn Văn An', { birthDate: '2006-03-14', sex: 'M' });
  const b = await createPerson(core, 'Trần Thị Bích', { birthDate: '2005-07-01', sex: 'F' });
  const c = await createPerson(core, 'Lê Văn Cường', { birthDate: '2004-01-20', sex: 'M' });
  return { a, b, c };
}

function ack(office: SenderOffice, seq: number, ackOf: number, prevHash: string | null = null) {
  return downBundle(office.boardKey, { seq, prevHash, ack: ackOf });
}

describe('exchange: sending upward', () => {
  it('refuses before the office is set up, and without a recipient', async () => {
    expect((await refusal(core, 'exchange.send.preview', {})).code).toBe('EXCHANGE_NOT_SET_UP');
    setUpSender(core);
    core.db.prepare(`UPDATE exchange_partners SET removed_at = '2026-01-01T00:00:00Z'`).run();
    const error = await refusal(core, 'exchange.send.create', {});
    expect(error.code).toBe('EXCHANGE_NO_RECIPIENT');
    expect(error.message).toContain('Chưa khai báo đơn vị cấp trên');
  });

  it('sends everything the first time: every row of every entity once, version 1, signed by the office key', async () => {
    const office = setUpSender(core);
    await threePeople();
    await call(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
    const preview = await call<SendPreview>(core, 'exchange.send.preview', {});
    expect(preview).toMatchObject({ recipient: { code: '26-KV1', name: 'Ban CHPTKV 1' }, seq: 1, ack: 0, full: true });
    expect(preview.counts.people).toEqual({ new: 3, changed: 0, deleted: 0, resent: 0 });
    // The preview wrote nothing.
    expect(core.db.prepare('SELECT count(*) AS n FROM exchange_row_state').get()).toEqual({ n: 0 });

    // What the tables hold before the bundle (the bundle's own register entry goes in the next one).
    const held = new Map(
      upwardEntityNames.map((entity) => [
        entity,
        (core.db.prepare(`SELECT id FROM ${upwardEntities[entity]}`).all() as { id: string }[]).map((r) => r.id),
      ]),
    );
    const { sent, bundle } = await send();
    expect(sent.fileName).toBe('qsdp-26734-gui-26-KV1-so-1.zip');
    expect(verifyBundleSignature(bundle, office.wardKey.publicKeyHex)).toBe(true);
    expect(verifyBundleSignature(bundle, office.boardKey.publicKeyHex)).toBe(false);
    expect(bundle.manifest).toMatchObject({
      direction: 'up',
      sender: WARD,
      recipient: { code: '26-KV1' },
      seq: 1,
      prevHash: null,
      ack: 0,
      full: true,
      period: { from: null, to: '2026-11-27' },
      schemaVersion: core.db.pragma('user_version', { simple: true }),
    });
    for (const entity of upwardEntityNames) {
      const lines = rowsOf(bundle, entity);
      expect(lines.map((l) => l.gid).sort(), entity).toEqual(held.get(entity)!.sort());
      for (const line of lines) expect(line).toMatchObject({ origin: WARD.code, version: 1, deleted: false });
    }
    expect(rowsOf(bundle, 'people').map((l) => l.data!.given_name)).toEqual(
      expect.arrayContaining(['An', 'Bích', 'Cường']),
    );
  });

  it('after the board acknowledges, sends only what changed: an edit as version 2, a new row as 1, a deletion as a tombstone', async () => {
    const office = setUpSender(core);
    const { a, b, c } = await threePeople();
    await send();
    const down = ack(office, 1, 1);
    await call(core, 'exchange.down.receive', { fileName: 'tra-ve-1.zip', base64: down.base64 });

    const { id, version, fullName, localityName, localityParentName, archivedAt, createdAt, updatedAt, ...form } = a;
    void [fullName, localityName, localityParentName, archivedAt, createdAt, updatedAt];
    await call(core, 'people.update', { ...form, id, version, address: 'Tổ 7, phường Đức Xuân' });
    const d = await createPerson(core, 'Phạm Văn Dũng', { birthDate: '2006-09-09', sex: 'M' });
    core.db.prepare('DELETE FROM people WHERE id = ?').run(c.id);

    const preview = await call<SendPreview>(core, 'exchange.send.preview', {});
    expect(preview).toMatchObject({ seq: 2, ack: 1, full: false });
    expect(preview.counts.people).toEqual({ new: 1, changed: 1, deleted: 1, resent: 0 });
    const { bundle } = await send();
    expect(bundle.manifest).toMatchObject({ seq: 2, ack: 1, full: false, period: { from: '2026-11-27' } });
    const people = rowsOf(bundle, 'people');
    expect(people.map((l) => [l.gid, l.version, l.deleted]).sort()).toEqual(
      [
        [a.id, 2, false],
        [d.id, 1, false],
        [c.id, 2, true],
      ].sort(),
    );
    expect(people.find((l) => l.gid === c.id)!.data).toBeNull();
    expect(people.find((l) => l.gid === a.id)!.data!.address).toBe('Tổ 7, phường Đức Xuân');
    // The first bundle's register entry is the only other row that is new.
    const others = upwardEntityNames.filter((e) => e !== 'people').flatMap((e) => rowsOf(bundle, e));
    expect(others.map((l) => l.data!.kind)).toEqual(['exchange.bundle']);

    // A full bundle on request: every row again, unchanged ones at their version, the unacknowledged tombstone too.
    const full = (await send(true)).bundle;
    expect(
      rowsOf(full, 'people')
        .map((l) => [l.gid, l.version, l.deleted])
        .sort(),
    ).toEqual(
      [
        [a.id, 2, false],
        [b.id, 1, false],
        [d.id, 1, false],
        [c.id, 2, true],
      ].sort(),
    );
  });

  it('without an acknowledgement, the next bundle sends the last one’s rows again with the same versions', async () => {
    setUpSender(core);
    await threePeople();
    const first = (await send()).bundle;
    const second = (await send()).bundle;
    expect(second.manifest).toMatchObject({ seq: 2, ack: 0, full: false });
    const versions = (b: typeof first) =>
      rowsOf(b, 'people')
        .map((l) => `${l.gid}:${l.version}`)
        .sort();
    expect(versions(second)).toEqual(versions(first));
    const preview = await call<SendPreview>(core, 'exchange.send.preview', {});
    expect(preview.counts.people).toEqual({ new: 0, changed: 0, deleted: 0, resent: 3 });
  });

  it('chains the bundles, keeps each with its bytes, registers it as sent, and downloads the same file again', async () => {
    const office = setUpSender(core);
    await threePeople();
    const one = await send();
    const two = await send();
    expect(two.bundle.manifest.prevHash).toBe(one.bundle.manifestHash);
    const rows = core.db
      .prepare(
        `SELECT seq, direction, flow, manifest_hash, prev_hash, partner_id, file_name, register_entry_id
         FROM exchange_bundles ORDER BY seq`,
      )
      .all() as Array<Record<string, unknown>>;
    expect(rows).toMatchObject([
      { seq: 1, direction: 'out', flow: 'up', manifest_hash: one.bundle.manifestHash, prev_hash: null },
      {
        seq: 2,
        direction: 'out',
        flow: 'up',
        manifest_hash: two.bundle.manifestHash,
        prev_hash: one.bundle.manifestHash,
      },
    ]);
    expect(rows[0]!.partner_id).toBe(office.boardPartnerId);

    const register = await call<RegisterPage>(core, 'documents.register.list', { page: 1, pageSize: 20 });
    expect(register.rows.map((r) => [r.summary, r.kindLabel, r.number]).sort()).toEqual([
      ['Gói dữ liệu số 1 gửi Ban CHPTKV 1', 'Gói dữ liệu gửi cấp trên', null],
      ['Gói dữ liệu số 2 gửi Ban CHPTKV 1', 'Gói dữ liệu gửi cấp trên', null],
    ]);
    expect(register.rows.map((r) => r.id)).toContain(rows[1]!.register_entry_id);

    const again = await call<{ fileName: string; base64: string }>(core, 'exchange.bundle.download', {
      bundleId: one.sent.bundleId,
    });
    expect(again).toEqual({ fileName: one.sent.fileName, base64: one.sent.base64 });

    // The outbox says which the board has confirmed.
    const down = ack(office, 1, 1);
    await call(core, 'exchange.down.receive', { fileName: 'tra-ve-1.zip', base64: down.base64 });
    const outbox = await call<OutboxRow[]>(core, 'exchange.outbox.list', {});
    expect(outbox.map((o) => [o.seq, o.acknowledged, o.fileName])).toEqual([
      [2, false, 'qsdp-26734-gui-26-KV1-so-2.zip'],
      [1, true, 'qsdp-26734-gui-26-KV1-so-1.zip'],
    ]);
    expect(outbox[1]!.counts.people).toEqual({ new: 3, changed: 0, deleted: 0, resent: 0 });
    // The next bundle tells the board which of its bundles arrived.
    expect((await send()).bundle.manifest.ack).toBe(1);
  });
});
