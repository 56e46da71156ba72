import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call, createTestCore, insertRow, refusal, type TestCore, useTestCore } from '../../db/test-helpers';
import { setOffice } from '../../office/test-steps';
import { groupedKey, keyFingerprint } from '../format/keys';
import type { EnrolmentPreview, ExchangeFile, ExchangeIdentity, ExchangePartner } from './schema';

let core: TestCore;
useTestCore((c) => (core = c));

const WARD = { officeCode: '01234', officeName: 'Ban CHQS phường Đức Xuân', officeKind: 'ward_commune' };
const BOARD = { officeCode: '19-KV1', officeName: 'Ban CHPTKV 1 – Đức Xuân', officeKind: 'regional_defence' };

/** An office's enrolment, as another office would type it from the paper sheet. */
async function sheetOf(office: TestCore, identity = WARD) {
  const own = await call<ExchangeIdentity>(office, 'exchange.identity.setup', identity);
  return { ...identity, publicKey: own.publicKey, fingerprint: own.fingerprint };
}

/** A real other office (its own database), so keys are made the way the program makes them. */
async function withOtherOffice<T>(work: (other: TestCore) => Promise<T>): Promise<T> {
  const other = createTestCore();
  try {
    return await work(other);
  } finally {
    other.dispose();
  }
}

/** The trail of one record type, oldest first. */
function trailOf(entity: string) {
  return core.db.prepare('SELECT action, after_json FROM audit_log WHERE entity = ? ORDER BY seq').all(entity) as {
    action: string;
    after_json: string;
  }[];
}

function privateKeyOf(db: TestCore['db']): string {
  return db.prepare('SELECT private_key FROM exchange_identity WHERE retired_at IS NULL').pluck().get() as string;
}

describe('the office’s identity', () => {
  it('is null until set up; setup makes a key pair whose public half and fingerprint are shown', async () => {
    expect(await call(core, 'exchange.identity.get')).toBeNull();
    const identity = await call<ExchangeIdentity>(core, 'exchange.identity.setup', {
      ...WARD,
      officeName: ' Ban CHQS phường Đức Xuân ',
    });
    expect(identity).toMatchObject({ ...WARD, version: 1, retiredKeys: [] });
    expect(identity.publicKey).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    const raw = identity.publicKey.replace(/ /g, '').toLowerCase();
    expect(identity.fingerprint).toBe(keyFingerprint(raw));
    expect(await call(core, 'exchange.identity.get')).toEqual(identity);
    // The trail says who the office is and which key, never the private key.
    const [entry] = trailOf('exchange_identity');
    expect(entry!.after_json).toContain(identity.fingerprint);
    expect(entry!.after_json).not.toContain(privateKeyOf(core.db).slice(40, 80));
    expect(entry!.after_json).not.toContain('PRIVATE');
  });

  it('refuses a code that does not fit the kind, on the code field', async () => {
    for (const [officeKind, officeCode] of [
      ['ward_commune', '19'],
      ['provincial', '01234'],
      ['regional_defence', '19'],
      ['ward_commune', '19-KV1'],
    ] as const) {
      expect(await refusal(core, 'exchange.identity.setup', { officeCode, officeName: 'X', officeKind })).toMatchObject(
        { code: 'EXCHANGE_CODE_KIND', fieldErrors: { officeCode: expect.stringContaining('Mã') } },
      );
    }
    expect(await refusal(core, 'exchange.identity.setup', { ...WARD, officeCode: 'ABC' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { officeCode: expect.stringContaining('5 chữ số') },
    });
    // A dissolved city/district command has no exchange code.
    expect(await refusal(core, 'exchange.identity.setup', { ...WARD, officeKind: 'city_district' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { officeKind: expect.any(String) },
    });
    expect(await call(core, 'exchange.identity.get')).toBeNull();
    // Typed in lower case, a board's code is kept as the format writes it.
    expect(await call(core, 'exchange.identity.setup', { ...BOARD, officeCode: '19-kv1' })).toMatchObject({
      officeCode: '19-KV1',
    });
  });

  it('updates code, name and kind under the version lock, keeping the key', async () => {
    const first = await call<ExchangeIdentity>(core, 'exchange.identity.setup', WARD);
    const renamed = await call<ExchangeIdentity>(core, 'exchange.identity.setup', {
      ...WARD,
      officeCode: '01235',
      officeName: 'Ban CHQS phường Bắc Kạn',
      version: first.version,
    });
    expect(renamed).toMatchObject({ officeCode: '01235', officeName: 'Ban CHQS phường Bắc Kạn', version: 2 });
    expect(renamed.fingerprint).toBe(first.fingerprint);
    expect(await refusal(core, 'exchange.identity.setup', { ...WARD, version: first.version })).toMatchObject({
      code: 'CONFLICT_VERSION',
    });
  });

  it('refuses to change the code once a bundle was exchanged, but still renames', async () => {
    const first = await call<ExchangeIdentity>(core, 'exchange.identity.setup', BOARD);
    const partner = await withOtherOffice(async (other) =>
      call<ExchangePartner>(core, 'exchange.partners.add', { role: 'sender', ...(await sheetOf(other)) }),
    );
    insertRow(core, 'exchange_bundles', {
      direction: 'in',
      flow: 'up',
      partner_id: partner.id,
      seq: 1,
      manifest_hash: 'a'.repeat(64),
      file_hash: 'b'.repeat(64),
      period_to: '2026-11-27',
      counts_json: '{}',
      file_name: 'goi-1.qsdp',
      actor: 'tester',
    });
    const error = await refusal(core, 'exchange.identity.setup', { ...BOARD, officeCode: '19-KV2', version: 1 });
    expect(error).toMatchObject({ code: 'EXCHANGE_CODE_LOCKED', fieldErrors: { officeCode: expect.any(String) } });
    expect(error.message).toContain('19-KV1');
    const renamed = await call<ExchangeIdentity>(core, 'exchange.identity.setup', {
      ...BOARD,
      officeName: 'Ban Chỉ huy Phòng thủ khu vực 1 – Đức Xuân',
      version: first.version,
    });
    expect(renamed.officeCode).toBe('19-KV1');
  });

  it('replaces the key: the old one is retired and listed, the new one is current, the reason is audited', async () => {
    const first = await call<ExchangeIdentity>(core, 'exchange.identity.setup', WARD);
    const oldPrivate = privateKeyOf(core.db);
    const replaced = await call<ExchangeIdentity>(core, 'exchange.identity.replaceKey', {
      reason: 'Máy tính cũ bị hỏng',
      version: first.version,
    });
    expect(replaced).toMatchObject({ ...WARD, version: 1 });
    expect(replaced.fingerprint).not.toBe(first.fingerprint);
    expect(replaced.retiredKeys).toEqual([
      { fingerprint: first.fingerprint, createdAt: first.createdAt, retiredAt: '2026-11-27T03:00:00.000Z' },
    ]);
    expect(privateKeyOf(core.db)).not.toBe(oldPrivate);
    expect(core.db.prepare('SELECT COUNT(*) FROM exchange_identity').pluck().get()).toBe(2);
    const trail = trailOf('exchange_identity');
    expect(trail.map((r) => r.action)).toEqual(['create', 'retire', 'create']);
    expect(trail[2]!.after_json).toContain('Máy tính cũ bị hỏng');
    for (const row of trail) expect(row.after_json).not.toContain('PRIVATE KEY');
    // A stale form (the old version) does not replace it a second time.
    expect(await refusal(core, 'exchange.identity.replaceKey', { reason: 'x', version: 5 })).toMatchObject({
      code: 'CONFLICT_VERSION',
    });
    expect(await refusal(core, 'exchange.identity.replaceKey', { reason: ' ', version: 1 })).toMatchObject({
      fieldErrors: { reason: 'Nhập lý do.' },
    });
  });

  it('refuses the enrolment sheet and file before the identity is set up', async () => {
    expect(await refusal(core, 'exchange.enrolment.file')).toMatchObject({ code: 'EXCHANGE_NOT_SET_UP' });
    expect(await refusal(core, 'exchange.enrolment.sheet')).toMatchObject({ code: 'EXCHANGE_NOT_SET_UP' });
  });

  it('prints the enrolment sheet with the office, its code and kind, the key in groups and the fingerprint', async () => {
    await setOffice(core);
    const identity = await call<ExchangeIdentity>(core, 'exchange.identity.setup', WARD);
    const sheet = await call<ExchangeFile>(core, 'exchange.enrolment.sheet');
    expect(sheet.fileName).toBe('phieu-dang-ky-khoa-01234.docx');
    const xml = strFromU8(unzipSync(Buffer.from(sheet.base64, 'base64'))['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    const groups = identity.publicKey.split(' ');
    for (const item of [
      'PHIẾU ĐĂNG KÝ KHÓA TRAO ĐỔI DỮ LIỆU',
      'BỘ CHQS TỈNH BẮC KẠN',
      'Ban CHQS phường Đức Xuân',
      '01234',
      'Ban CHQS phường/xã',
      '27/11/2026',
      groups.slice(0, 4).join('  '),
      groups.slice(12).join('  '),
      identity.fingerprint,
      'Hoàng Văn Minh',
    ]) {
      expect(text, item).toContain(item);
    }
    expect(xml).toContain('Courier New');
  });
});

describe('partners and their keys', () => {
  it('adds a sender typed from its sheet, in any case and with dashes, and lists it with its key', async () => {
    await call(core, 'exchange.identity.setup', BOARD);
    const sheet = await withOtherOffice((other) => sheetOf(other));
    const added = await call<ExchangePartner>(core, 'exchange.partners.add', {
      role: 'sender',
      ...sheet,
      publicKey: sheet.publicKey.toLowerCase().replace(/ /g, '-'),
      fingerprint: sheet.fingerprint.toLowerCase().replace(/-/g, ' '),
    });
    expect(added).toMatchObject({ role: 'sender', ...WARD, removedAt: null });
    expect(added.keys).toEqual([
      expect.objectContaining({ publicKey: sheet.publicKey, fingerprint: sheet.fingerprint, revokedAt: null }),
    ]);
    expect(await call(core, 'exchange.partners.list')).toEqual([added]);
    expect(trailOf('exchange_partner')).toHaveLength(1);
  });

  it('refuses a key typed wrong: the fingerprint from the paper does not match, nothing is written', async () => {
    const sheet = await withOtherOffice((other) => sheetOf(other));
    const typo = sheet.publicKey.startsWith('A') ? `B${sheet.publicKey.slice(1)}` : `A${sheet.publicKey.slice(1)}`;
    const error = await refusal(core, 'exchange.partners.add', { role: 'sender', ...sheet, publicKey: typo });
    expect(error.code).toBe('EXCHANGE_FINGERPRINT_MISMATCH');
    expect(error.fieldErrors!.fingerprint).toContain('gõ sai');
    expect(error.fieldErrors!.fingerprint).toContain(keyFingerprint(typo.replace(/ /g, '').toLowerCase()));
    expect(
      await refusal(core, 'exchange.partners.add', { role: 'sender', ...sheet, publicKey: sheet.publicKey.slice(5) }),
    ).toMatchObject({ code: 'EXCHANGE_PUBLIC_KEY_INVALID', fieldErrors: { publicKey: expect.any(String) } });
    expect(core.db.prepare('SELECT COUNT(*) FROM exchange_partners').pluck().get()).toBe(0);
  });

  it('refuses the same sender twice by name, our own code as a sender, and a code unfit for its kind', async () => {
    const own = await call<ExchangeIdentity>(core, 'exchange.identity.setup', BOARD);
    const sheet = await withOtherOffice((other) => sheetOf(other));
    await call(core, 'exchange.partners.add', { role: 'sender', ...sheet });
    const twice = await refusal(core, 'exchange.partners.add', { role: 'sender', ...sheet });
    expect(twice.code).toBe('EXCHANGE_PARTNER_EXISTS');
    expect(twice.message).toContain('Ban CHQS phường Đức Xuân');
    const self = { ...sheet, ...BOARD, publicKey: own.publicKey, fingerprint: own.fingerprint };
    expect(await refusal(core, 'exchange.partners.add', { role: 'sender', ...self })).toMatchObject({
      code: 'EXCHANGE_PARTNER_IS_SELF',
    });
    expect(
      await refusal(core, 'exchange.partners.add', { role: 'sender', ...sheet, officeKind: 'provincial' }),
    ).toMatchObject({ code: 'EXCHANGE_CODE_KIND' });
  });

  it('keeps one recipient: a second is refused naming the first, and allowed once the first is removed', async () => {
    await call(core, 'exchange.identity.setup', WARD);
    const [board, province] = await withOtherOffice(async (a) =>
      withOtherOffice(async (b) => [await sheetOf(a, BOARD), await sheetOf(b, PROVINCE)]),
    );
    const first = await call<ExchangePartner>(core, 'exchange.partners.add', { role: 'recipient', ...board });
    const second = await refusal(core, 'exchange.partners.add', { role: 'recipient', ...province! });
    expect(second.code).toBe('EXCHANGE_SECOND_RECIPIENT');
    expect(second.message).toContain(BOARD.officeName);
    const removed = await call<ExchangePartner>(core, 'exchange.partners.remove', {
      partnerId: first.id,
      version: first.version,
    });
    expect(removed.removedAt).toBe('2026-11-27T03:00:00.000Z');
    await call(core, 'exchange.partners.add', { role: 'recipient', ...province! });
    expect((await call<ExchangePartner[]>(core, 'exchange.partners.list')).map((p) => p.officeCode)).toEqual(['19']);
    // Removed, kept for history.
    const all = await call<ExchangePartner[]>(core, 'exchange.partners.list', { includeRemoved: true });
    expect(all.map((p) => p.officeCode).sort()).toEqual(['19', '19-KV1']);
  });

  it('adds a replacement key and revokes the old one with its reason and who did it', async () => {
    const [sheet, newKey] = await withOtherOffice(async (other) => {
      const s = await sheetOf(other);
      const replaced = await call<ExchangeIdentity>(other, 'exchange.identity.replaceKey', {
        reason: 'Đổi máy',
        version: 1,
      });
      return [s, { publicKey: replaced.publicKey, fingerprint: replaced.fingerprint }] as const;
    });
    const partner = await call<ExchangePartner>(core, 'exchange.partners.add', { role: 'sender', ...sheet });
    const withTwo = await call<ExchangePartner>(core, 'exchange.partners.addKey', { partnerId: partner.id, ...newKey });
    expect(withTwo.keys.map((k) => k.fingerprint)).toEqual([sheet.fingerprint, newKey.fingerprint]);
    expect(await refusal(core, 'exchange.partners.addKey', { partnerId: partner.id, ...newKey })).toMatchObject({
      code: 'EXCHANGE_KEY_EXISTS',
    });
    const old = withTwo.keys[0]!;
    expect(
      await refusal(core, 'exchange.partners.revokeKey', { keyId: old.id, reason: '', version: old.version }),
    ).toMatchObject({ fieldErrors: { reason: expect.any(String) } });
    const revoked = await call<ExchangePartner>(core, 'exchange.partners.revokeKey', {
      keyId: old.id,
      reason: 'Đơn vị đã đổi khóa',
      version: old.version,
    });
    expect(revoked.keys[0]).toMatchObject({
      revokedAt: '2026-11-27T03:00:00.000Z',
      revokeReason: 'Đơn vị đã đổi khóa',
      revokedBy: 'tester',
    });
    expect(revoked.keys[1]!.revokedAt).toBeNull();
    expect(
      await refusal(core, 'exchange.partners.revokeKey', { keyId: old.id, reason: 'x', version: 2 }),
    ).toMatchObject({ code: 'EXCHANGE_KEY_ALREADY_REVOKED' });
    const trail = trailOf('exchange_partner_key');
    expect(trail.map((r) => r.action).sort()).toEqual(['create', 'retire']);
  });
});

const PROVINCE = { officeCode: '19', officeName: 'Bộ CHQS tỉnh Thái Nguyên', officeKind: 'provincial' };

describe('the enrolment file', () => {
  it('goes from office A to office B on a USB stick and gives the same fingerprint there', async () => {
    const file = await withOtherOffice(async (a) => {
      await sheetOf(a);
      return call<ExchangeFile>(a, 'exchange.enrolment.file');
    });
    expect(file.fileName).toBe('dang-ky-01234.qsdp-key.json');
    const content = JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as Record<string, string>;
    expect(content).toMatchObject({ format: 'qsdp-enrolment', formatVersion: 1, ...WARD });
    expect(content.fingerprint).toBe(keyFingerprint(content.publicKey!));

    await call(core, 'exchange.identity.setup', BOARD);
    const preview = await call<EnrolmentPreview>(core, 'exchange.partners.inspectEnrolment', {
      fileName: file.fileName,
      base64: file.base64,
    });
    expect(preview).toEqual({
      ...WARD,
      publicKey: groupedKey(content.publicKey!),
      fingerprint: content.fingerprint,
    });
    const added = await call<ExchangePartner>(core, 'exchange.partners.add', { role: 'sender', ...preview });
    expect(added.keys[0]!.fingerprint).toBe(content.fingerprint);
  });

  it('refuses a file that is not one, was edited, or comes from a newer program', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
    const good = await withOtherOffice(async (a) => {
      await sheetOf(a);
      const file = await call<ExchangeFile>(a, 'exchange.enrolment.file');
      return JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as Record<string, unknown>;
    });
    const inspect = (base64: string) =>
      refusal(core, 'exchange.partners.inspectEnrolment', { fileName: 'dang-ky.qsdp-key.json', base64 });
    expect(await inspect(Buffer.from('PK\u0003\u0004 not json').toString('base64'))).toMatchObject({
      code: 'EXCHANGE_ENROLMENT_INVALID',
    });
    const edited = String(good.publicKey).replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    expect(await inspect(encode({ ...good, publicKey: edited }))).toMatchObject({ code: 'EXCHANGE_ENROLMENT_INVALID' });
    expect(await inspect(encode({ ...good, formatVersion: 2 }))).toMatchObject({ code: 'EXCHANGE_ENROLMENT_NEWER' });
  });

  it('gives the live fingerprint of a key as typed, and none while it is incomplete', async () => {
    const sheet = await withOtherOffice((other) => sheetOf(other));
    expect(await call(core, 'exchange.partners.checkKey', { publicKey: sheet.publicKey })).toEqual({
      fingerprint: sheet.fingerprint,
    });
    expect(await call(core, 'exchange.partners.checkKey', { publicKey: sheet.publicKey.slice(0, 20) })).toEqual({
      fingerprint: null,
    });
  });
});
