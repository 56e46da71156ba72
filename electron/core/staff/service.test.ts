import { describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { OFFICE_PROFILE_ID } from '../office/repository';
import type { OfficeProfile } from '../office/schema';
import { BAC_KAN_CITY_OFFICE, setOffice } from '../office/test-steps';
import { createPerson } from '../people/test-steps';
import type { Person } from '../people/schema';
import type { StaffMember } from './schema';

let core: TestCore;
let serial = 0;
useTestCore((c) => (core = c));

const person = (fullName: string, sex: 'M' | 'F' = 'M') =>
  createPerson(core, fullName, { birthDate: `1980-01-${String(++serial).padStart(2, '0')}`, sex });

const staff = (input: Record<string, unknown>) => call<StaffMember>(core, 'staff.create', input);

describe('office staff', () => {
  it('adds a registered person with position, rank and work phone, and lists by the office’s order', async () => {
    const a = await person('Nông Đức Quyết');
    const b = await person('Bế Thị Lan', 'F');
    const lan = await staff({ personId: b.id, position: 'Nhân viên', sortOrder: 5 });
    const quyet = await staff({
      personId: a.id,
      position: 'Chỉ huy trưởng',
      rank: 'Thượng tá',
      phone: '0912 345 678',
      signerRole: 'commander',
      signerTitle: 'CHỈ HUY TRƯỞNG',
      sortOrder: 1,
      startedOn: '2022-03-01',
    });
    expect(quyet).toMatchObject({
      fullName: 'Nông Đức Quyết',
      phone: '0912345678',
      rank: 'Thượng tá',
      signerRole: 'commander',
      startedOn: '2022-03-01',
      endedOn: null,
      version: 1,
    });
    expect(lan).toMatchObject({ fullName: 'Bế Thị Lan', rank: '', signerRole: null, phone: null });
    expect((await call<StaffMember[]>(core, 'staff.list', {})).map((s) => s.fullName)).toEqual([
      'Nông Đức Quyết',
      'Bế Thị Lan',
    ]);
    expect(auditFor(core.db, 'staff_member', quyet.id).map((r) => r.action)).toEqual(['create']);
  });

  it('checks the work phone like a person’s phone and needs a title for a signer', async () => {
    const a = await person('Lục Văn Khải');
    const input = { personId: a.id, position: 'Phó Chỉ huy trưởng', phone: '09123', signerRole: 'deputy' };
    expect(await refusal(core, 'staff.create', input)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: {
        phone: 'Số điện thoại phải gồm 10 chữ số và bắt đầu bằng số 0.',
        signerTitle: 'Người ký văn bản cần có chức danh ký (VD: CHỈ HUY TRƯỞNG).',
      },
    });
    expect(
      await refusal(core, 'staff.create', { personId: a.id, position: 'Trợ lý', startedOn: '2026-11-28' }),
    ).toMatchObject({ fieldErrors: { startedOn: 'Ngày không được sau hôm nay.' } });
  });

  it('keeps one active staff row per person; after leaving, the person can join again', async () => {
    const a = await person('Triệu Quang Vĩnh');
    const first = await staff({ personId: a.id, position: 'Trợ lý tác chiến', startedOn: '2020-01-01' });
    expect(await refusal(core, 'staff.create', { personId: a.id, position: 'Nhân viên' })).toMatchObject({
      code: 'STAFF_ALREADY_ACTIVE',
      message: 'Người này đang là cán bộ của cơ quan (Trợ lý tác chiến); mỗi người chỉ có một hồ sơ đang công tác.',
    });

    // Leaving: not before the start, not after today (the boundary days are accepted).
    expect(await refusal(core, 'staff.end', { id: first.id, version: 1, endedOn: '2019-12-31' })).toMatchObject({
      fieldErrors: { endedOn: 'Ngày thôi công tác không được trước ngày bắt đầu công tác (01/01/2020).' },
    });
    expect(await refusal(core, 'staff.end', { id: first.id, version: 1, endedOn: '2026-11-28' })).toMatchObject({
      fieldErrors: { endedOn: 'Ngày không được sau hôm nay.' },
    });
    const ended = await call<StaffMember>(core, 'staff.end', { id: first.id, version: 1, endedOn: '2026-11-27' });
    expect(ended).toMatchObject({ endedOn: '2026-11-27', version: 2 });
    expect(await call<StaffMember[]>(core, 'staff.list', {})).toEqual([]);
    expect(await call<StaffMember[]>(core, 'staff.list', { includeEnded: true })).toHaveLength(1);
    expect(await refusal(core, 'staff.update', { id: first.id, version: 2, position: 'Nhân viên' })).toMatchObject({
      code: 'STAFF_NOT_ACTIVE',
    });

    const again = await staff({ personId: a.id, position: 'Nhân viên' });
    // The old row cannot come back while the new one is active.
    expect(await refusal(core, 'staff.restore', { id: first.id, version: 2 })).toMatchObject({
      code: 'STAFF_ALREADY_ACTIVE',
    });
    await call(core, 'staff.end', { id: again.id, version: 1, endedOn: '2026-11-27' });
    expect(await call<StaffMember>(core, 'staff.restore', { id: first.id, version: 2 })).toMatchObject({
      endedOn: null,
      version: 3,
    });
    expect(auditFor(core.db, 'staff_member', first.id).map((r) => r.action)).toEqual(['create', 'archive', 'restore']);
  });

  it('refuses an archived person and checks the version on update', async () => {
    const a = await person('Hà Văn Thử');
    const archived = await call<Person>(core, 'people.archive', { id: a.id, version: a.version });
    expect(await refusal(core, 'staff.create', { personId: archived.id, position: 'Nhân viên' })).toMatchObject({
      code: 'STAFF_PERSON_ARCHIVED',
    });
    const b = await person('Hà Văn Hai');
    const s = await staff({ personId: b.id, position: 'Nhân viên' });
    const updated = await call<StaffMember>(core, 'staff.update', {
      id: s.id,
      version: 1,
      position: 'Trợ lý quân lực',
      rank: 'Đại úy',
    });
    expect(updated).toMatchObject({ position: 'Trợ lý quân lực', rank: 'Đại úy', version: 2 });
    expect(await refusal(core, 'staff.update', { id: s.id, version: 1, position: 'X' })).toMatchObject({
      code: 'CONFLICT_VERSION',
    });
  });
});

describe('staff.syncSigners', () => {
  it('writes the office profile’s signers from the active staff who sign, in list order, with audit', async () => {
    await setOffice(core);
    const quyet = await person('Nông Đức Quyết');
    const tuong = await person('Hoàng Minh Tường');
    const khai = await person('Lục Văn Khải');
    const lan = await person('Bế Thị Lan', 'F');
    await staff({
      personId: khai.id,
      position: 'Phó Chỉ huy trưởng',
      rank: 'Trung tá',
      signerRole: 'deputy',
      signerTitle: 'PHÓ CHỈ HUY TRƯỞNG',
      sortOrder: 3,
    });
    await staff({
      personId: quyet.id,
      position: 'Chỉ huy trưởng',
      rank: 'Thượng tá',
      signerRole: 'commander',
      signerTitle: 'CHỈ HUY TRƯỞNG',
      sortOrder: 1,
    });
    const pol = await staff({
      personId: tuong.id,
      position: 'Chính trị viên',
      rank: 'Thượng tá',
      signerRole: 'political_officer',
      signerTitle: 'CHÍNH TRỊ VIÊN',
      sortOrder: 2,
    });
    await staff({ personId: lan.id, position: 'Nhân viên', sortOrder: 9 });

    const profile = await call<OfficeProfile>(core, 'staff.syncSigners', {});
    expect(profile.signers).toEqual([
      { role: 'commander', title: 'CHỈ HUY TRƯỞNG', rank: 'Thượng tá', name: 'Nông Đức Quyết' },
      { role: 'political_officer', title: 'CHÍNH TRỊ VIÊN', rank: 'Thượng tá', name: 'Hoàng Minh Tường' },
      { role: 'deputy', title: 'PHÓ CHỈ HUY TRƯỞNG', rank: 'Trung tá', name: 'Lục Văn Khải' },
    ]);
    expect(profile).toMatchObject({ name: BAC_KAN_CITY_OFFICE.name, placeName: 'Bắc Kạn', version: 2 });
    const audit = auditFor(core.db, 'office_profile', OFFICE_PROFILE_ID);
    expect(audit.map((r) => r.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]!.before_json!).signers[0].name).toBe('Hoàng Văn Minh');

    // The political officer leaves: the next sync drops him.
    await call(core, 'staff.end', { id: pol.id, version: 1, endedOn: '2026-11-01' });
    const after = await call<OfficeProfile>(core, 'staff.syncSigners', {});
    expect(after.signers.map((s) => s.name)).toEqual(['Nông Đức Quyết', 'Lục Văn Khải']);
  });

  it('refuses with a clear message when no active staff member signs, leaving the profile as it was', async () => {
    await setOffice(core);
    const a = await person('Nông Đức Quyết');
    const s = await staff({
      personId: a.id,
      position: 'Chỉ huy trưởng',
      signerRole: 'commander',
      signerTitle: 'CHỈ HUY TRƯỞNG',
    });
    await call(core, 'staff.end', { id: s.id, version: 1, endedOn: '2026-11-27' });
    const result = await core.invoke('staff.syncSigners', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'STAFF_NO_SIGNERS' } });
    expect(!result.ok && result.error.message).toMatch(/^Chưa có cán bộ đang công tác nào được chọn ký văn bản/);
    expect(await call<OfficeProfile>(core, 'office.get')).toMatchObject({
      version: 1,
      signers: BAC_KAN_CITY_OFFICE.signers,
    });
  });

  it('needs the office profile first', async () => {
    expect(await refusal(core, 'staff.syncSigners', {})).toMatchObject({ code: 'OFFICE_NOT_SET' });
  });
});
