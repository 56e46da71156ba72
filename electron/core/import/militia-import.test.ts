import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Locality } from '../localities/schema';
import type { MilitiaMemberPage, MilitiaUnit } from '../militia/public-types';
import type { Person } from '../people/schema';
import { maleId, seedLocalities } from './people-import-fixtures';
import {
  addMan,
  commitTarget,
  inspectOfficeSheet,
  peopleTotal,
  previewTarget,
  refusedCommit,
} from './target-import-fixtures';

let core: TestCore;
let platoon: MilitiaUnit;
let existing: Person;
let member: Person;

const unit = (name: string, localityId: string, level = 'platoon') =>
  call<MilitiaUnit>(core, 'militia.unit.create', { force: 'militia', level, component: 'mobile', name, localityId });

useTestCore(async (c) => {
  core = c;
  const ward = (await seedLocalities(core))['Phường Đức Xuân']!;
  const other = await call<Locality>(core, 'localities.create', { name: 'Phường Tân Thịnh', kind: 'ward' });
  platoon = await unit('Trung đội 1', ward.id);
  // Two wards each with a "Tiểu đội 1": a roster naming it cannot say which.
  await unit('Tiểu đội 1', ward.id, 'squad');
  await unit('Tiểu đội 1', other.id, 'squad');
  existing = await addMan(core, 'Tâm', '1998-04-01', maleId(1998, 50));
  member = await addMan(core, 'Sơn', '1999-05-01', maleId(1999, 51));
  await call(core, 'militia.member.create', { personId: member.id, unitId: platoon.id, startedOn: '2022-01-01' });
});

const HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD',
  'Đơn vị',
  'Chức vụ',
  'Ngày vào',
  'Đảng viên',
  'Đoàn viên',
];
const ROWS = () => [
  ['Nguyễn Văn An', '05/02/2000', 'Nam', maleId(2000, 1), 'trung doi 1', 'Trung đội trưởng', '01/03/2024', 'x', ''],
  ['Lê Văn Tâm', '01/04/1998', 'Nam', maleId(1998, 50), 'TRUNG ĐỘI 1', '', 2023, '', 'x'],
  ['Lê Văn Sơn', '01/05/1999', 'Nam', maleId(1999, 51), 'Trung đội 1', 'Chiến sĩ', '01/01/2022', '', ''],
  ['Phạm Văn Cường', '07/07/2001', 'Nam', maleId(2001, 3), 'Trung đội 9', '', '01/06/2024', '', ''],
  ['Hoàng Văn Dũng', '01/01/1970', 'Nam', maleId(1970, 4), 'Trung đội 1', '', '01/06/2024', '', ''],
  ['Vũ Văn Hải', '02/02/2002', 'Nam', maleId(2002, 5), 'Tiểu đội 1', '', '01/06/2024', '', ''],
];
const TITLE = 'DANH SÁCH TRÍCH NGANG DÂN QUÂN CƠ ĐỘNG PHƯỜNG ĐỨC XUÂN';

const members = async () => (await call<MilitiaMemberPage>(core, 'militia.member.list', { pageSize: 100 })).rows;

describe('import of militia members', () => {
  it('matches units ignoring case and diacritics and reports unknown or ambiguous units, the age rule and current members', async () => {
    const token = await inspectOfficeSheet(core, TITLE, HEADERS, ROWS());
    const result = await previewTarget(core, token, 'militia');
    expect(result.columns.slice(5).map((c) => c.field)).toEqual([
      'unit',
      'position',
      'startedOn',
      'partyMember',
      'youthUnion',
    ]);
    const [an, tam, son, cuong, dung, hai] = result.rows;
    expect(an).toMatchObject({ outcome: 'create', personAction: 'create' });
    expect(an!.targetValues).toEqual({
      unit: 'Trung đội 1 (Phường Đức Xuân)',
      position: 'Chỉ huy đơn vị',
      startedOn: '2024-03-01',
      partyMember: 'Có',
      youthUnion: null,
    });
    expect(tam).toMatchObject({ outcome: 'create', personAction: 'keep', existingPersonId: existing.id });
    expect(tam!.targetValues).toMatchObject({ position: 'Chiến sĩ', startedOn: '2023-01-01', youthUnion: 'Có' });
    expect(tam!.warnings).toContainEqual({
      column: 7,
      field: 'startedOn',
      message: 'Chỉ có năm (2023); lấy ngày 01/01/2023.',
    });
    expect(son).toMatchObject({ outcome: 'skip', existingRecordId: expect.any(String) });
    expect(son!.warnings.at(-1)!.message).toBe(
      'Công dân Lê Văn Sơn đã là thành viên của Trung đội 1 (Phường Đức Xuân) từ ngày 01/01/2022; không thêm lại.',
    );
    expect(cuong!.errors).toEqual([
      {
        column: 5,
        field: 'unit',
        message: 'Đơn vị "Trung đội 9" chưa có trong danh sách đơn vị dân quân tự vệ của đơn vị.',
      },
    ]);
    expect(dung!.outcome).toBe('error');
    expect(dung!.errors).toMatchObject([{ column: 7, field: 'startedOn' }]);
    expect(dung!.errors[0]!.message).toMatch(/^Ngày 01\/06\/2024 công dân đã 54 tuổi, quá độ tuổi/);
    expect(hai!.errors[0]!.message).toBe(
      'Đơn vị "Tiểu đội 1" khớp với nhiều đơn vị: Tiểu đội 1 (Phường Đức Xuân); Tiểu đội 1 (Phường Tân Thịnh). Hãy đặt tên đơn vị khác nhau.',
    );
    expect(result.summary).toMatchObject({ toCreate: 2, toSkip: 1, withErrors: 3, recordsExisting: 1 });
  });

  it('matches a unit created after the preview, with the same token', async () => {
    const token = await inspectOfficeSheet(core, TITLE, HEADERS, ROWS());
    const cuong = async () => (await previewTarget(core, token, 'militia')).rows[3]!;
    expect((await cuong()).errors).toMatchObject([{ field: 'unit' }]);
    await unit('Trung đội 9', platoon.localityId!);
    expect(await cuong()).toMatchObject({ outcome: 'create', errors: [] });
    expect((await cuong()).targetValues.unit).toBe('Trung đội 9 (Phường Đức Xuân)');
  });

  it('writes nothing while a row has an error, then creates the members in their units', async () => {
    const token = await inspectOfficeSheet(core, TITLE, HEADERS, ROWS());
    const refusal = await refusedCommit(core, token, 'militia');
    expect(refusal).toContain('dòng 8, 9, 10');
    expect(await peopleTotal(core)).toBe(2);
    expect((await members()).map((m) => m.fullName)).toEqual(['Lê Văn Sơn']);

    const result = await commitTarget(core, token, 'militia', { skipRows: [8, 9, 10] });
    expect(result).toMatchObject({ created: 2, skipped: 4, peopleCreated: 1, peopleUpdated: 0 });
    expect(await peopleTotal(core)).toBe(3);
    const byName = new Map((await members()).map((m) => [m.fullName, m]));
    expect(byName.size).toBe(3);
    expect(byName.get('Nguyễn Văn An')).toMatchObject({
      unitId: platoon.id,
      position: 'unit_leader',
      startedOn: '2024-03-01',
      termEndsOn: '2028-03-01',
      partyMember: true,
      youthUnion: false,
    });
    expect(byName.get('Lê Văn Tâm')).toMatchObject({
      personId: existing.id,
      unitId: platoon.id,
      position: 'member',
      startedOn: '2023-01-01',
      youthUnion: true,
    });
  });
});
