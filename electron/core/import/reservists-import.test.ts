import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Person } from '../people/schema';
import type { ReservistPage, Specialty } from '../reserves/schema';
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
let rifle: Specialty;
let existing: Person;

useTestCore(async (c) => {
  core = c;
  await seedLocalities(core);
  rifle = await call<Specialty>(core, 'reserves.specialty.create', { code: '121', name: 'Súng trường, tiểu liên' });
  existing = await addMan(core, 'Tâm', '1998-04-01', maleId(1998, 50));
  const reservist = await addMan(core, 'Sơn', '1997-05-01', maleId(1997, 51));
  await call(core, 'reserves.reservist.create', {
    personId: reservist.id,
    category: 'soldier',
    grade: 1,
    registeredOn: '2020-01-10',
  });
});

const HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD',
  'Cấp bậc',
  'CNQS',
  'Hạng',
  'Nhập ngũ',
  'Xuất ngũ',
  'Đơn vị cũ',
  'Ngày đăng ký',
];
const ROWS = () => [
  [
    'Nguyễn Văn An',
    '05/02/2000',
    'Nam',
    maleId(2000, 1),
    'H1',
    '121',
    '1',
    '02/2019',
    '02/2021',
    'Sư đoàn 9',
    '10/03/2021',
  ],
  [
    'Lê Văn Tâm',
    '01/04/1998',
    'Nam',
    maleId(1998, 50),
    'Binh nhất',
    'súng truong, tieu lien',
    '',
    '01/03/2018',
    '01/03/2020',
    '',
    '',
  ],
  ['Lê Văn Sơn', '01/05/1997', 'Nam', maleId(1997, 51), 'B1', '', '1', '', '', '', ''],
  ['Phạm Văn Cường', '07/07/2001', 'Nam', maleId(2001, 3), 'B2', '999', '2', '', '', '', '01/06/2024'],
  ['Hoàng Văn Dũng', '01/01/1985', 'Nam', maleId(1985, 4), '2/', '', '2', '', '', '', '15/05/2015'],
];
const TITLE = 'DANH SÁCH QUÂN NHÂN DỰ BỊ ĐÃ ĐĂNG KÝ';

const reservists = async () => (await call<ReservistPage>(core, 'reserves.reservist.list', { pageSize: 100 })).rows;

describe('import of reservists', () => {
  it('reads ranks, specialties, grades and service dates as registers write them, and flags what is unknown', async () => {
    const token = await inspectOfficeSheet(core, TITLE, HEADERS, ROWS());
    const result = await previewTarget(core, token, 'reservists');
    expect(result.columns.slice(5).map((c) => c.field)).toEqual([
      'rank',
      'specialty',
      'grade',
      'serviceFrom',
      'serviceTo',
      'formerUnit',
      'registeredOn',
    ]);
    const [an, tam, son, cuong, dung] = result.rows;
    expect(an).toMatchObject({ outcome: 'create', personAction: 'create' });
    expect(an!.targetValues).toEqual({
      category: 'Hạ sĩ quan, binh sĩ dự bị',
      grade: '1',
      rank: 'Hạ sĩ',
      specialty: '121 – Súng trường, tiểu liên',
      formerUnit: 'Sư đoàn 9',
      serviceFrom: '2019-02-01',
      serviceTo: '2021-02-01',
      registeredOn: '2021-03-10',
      unit: null,
    });
    expect(an!.warnings.map((w) => w.message)).toContain('Chỉ có tháng và năm (02/2019); lấy ngày 01/02/2019.');
    expect(tam).toMatchObject({ outcome: 'create', personAction: 'keep', existingPersonId: existing.id });
    expect(tam!.targetValues).toMatchObject({ rank: 'Binh nhất', grade: '1', registeredOn: '2026-11-27' });
    expect(tam!.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'Không có hạng; đã phục vụ tại ngũ nên xếp hạng 1.',
        'Không có ngày đăng ký; lấy ngày nhập 27/11/2026.',
      ]),
    );
    expect(son).toMatchObject({ outcome: 'skip', existingRecordId: expect.any(String) });
    expect(son!.warnings.at(-1)!.message).toBe('Công dân đã có trong danh sách quân nhân dự bị; không thêm lại.');
    expect(cuong!.errors).toEqual([
      {
        column: 6,
        field: 'specialty',
        message: 'Chuyên nghiệp quân sự "999" chưa có trong danh mục của đơn vị (theo mã hoặc tên).',
      },
    ]);
    expect(dung!.targetValues).toMatchObject({ category: 'Sĩ quan dự bị', rank: 'Trung úy', grade: '2' });
    expect(result.summary).toMatchObject({ toCreate: 3, toSkip: 1, withErrors: 1, peopleToCreate: 2 });
  });

  it('writes nothing while a row has an error, then creates the reservists', async () => {
    const token = await inspectOfficeSheet(core, TITLE, HEADERS, ROWS());
    await refusedCommit(core, token, 'reservists');
    expect(await peopleTotal(core)).toBe(2);
    expect((await reservists()).map((r) => r.fullName)).toEqual(['Lê Văn Sơn']);

    const result = await commitTarget(core, token, 'reservists', { skipRows: [8] });
    expect(result).toMatchObject({ created: 3, skipped: 2, peopleCreated: 2 });
    expect(await peopleTotal(core)).toBe(4);
    const byName = new Map((await reservists()).map((r) => [r.fullName, r]));
    expect(byName.size).toBe(4);
    expect(byName.get('Nguyễn Văn An')).toMatchObject({
      category: 'soldier',
      grade: 1,
      rank: 'corporal',
      specialtyId: rifle.id,
      formerUnit: 'Sư đoàn 9',
      serviceFrom: '2019-02-01',
      serviceTo: '2021-02-01',
      registeredOn: '2021-03-10',
    });
    expect(byName.get('Lê Văn Tâm')).toMatchObject({ personId: existing.id, grade: 1, rank: 'private_1' });
    expect(byName.get('Hoàng Văn Dũng')).toMatchObject({ category: 'officer', rank: 'lieutenant', grade: 2 });
  });
});
