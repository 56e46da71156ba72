import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import { createPerson } from '../people/test-steps';
import type { Locality } from '../localities/schema';
import type { Person, PersonPage } from '../people/schema';
import {
  commit,
  inspect,
  maleId,
  peopleWorkbook,
  preview,
  seedLocalities,
  type PeopleRow,
} from './people-import-fixtures';
import { unicodeToTcvn3 } from './test-encoders';

let core: TestCore;
useTestCore(async (c) => {
  core = c;
  await seedLocalities(core);
});

const list = async () => call<PersonPage>(core, 'people.list', { pageSize: 200 });

// Header on Excel row 4: the data rows are 5, 6, 7, 8.
const OFFICE: PeopleRow[] = [
  ['nguyễn  văn an', '05/02/2004', 'Nam', maleId(2004, 1), 'Tổ 7', 'Phường Đức Xuân'],
  [unicodeToTcvn3('Trần Văn Bình'), new Date(Date.UTC(2004, 2, 10)), 'nam', maleId(2004, 2), 'Tổ 8', 'Đức Xuân'],
  ['Lê Văn Cường', '31/02/2004', 'Nam', maleId(2004, 3), 'Tổ 7', 'P. Đức Xuân'],
  ['Phạm Văn Dũng', 38022, 'Nam', maleId(2004, 4), 'to 8', 'phuong duc xuan'],
];

describe('import.preview', () => {
  it('finds the header under merged title rows, converts the TCVN3 name and flags the impossible date', async () => {
    const { token, sheets } = await inspect(core, await peopleWorkbook(OFFICE));
    expect(sheets).toEqual([{ name: 'Danh sách', rowCount: 8, headerRowNumber: 4, dataRowCount: 4 }]);
    const result = await preview(core, token);
    expect(result.headerRowNumber).toBe(4);
    expect(result.mappingSource).toBe('proposed');
    expect(result.columns.map((c) => c.field)).toEqual([
      null,
      'fullName',
      'birthDate',
      'sex',
      'citizenId',
      'village',
      'commune',
      'occupation',
    ]);
    const [an, binh, cuong, dung] = result.rows;
    expect(an!.values).toMatchObject({ fullName: 'Nguyễn Văn An', birthDate: '2004-02-05', sex: 'M' });
    expect(an!.values.localityName).toBe('Tổ 7, Phường Đức Xuân');
    expect(binh!.converted).toEqual([{ column: 1, before: unicodeToTcvn3('Trần Văn Bình'), after: 'Trần Văn Bình' }]);
    expect(binh!.values).toMatchObject({ fullName: 'Trần Văn Bình', birthDate: '2004-03-10' });
    expect(cuong!.outcome).toBe('error');
    expect(cuong!.errors).toEqual([
      { column: 2, field: 'birthDate', message: expect.stringContaining('31/02/2004') as string },
    ]);
    expect(dung!.values).toMatchObject({ birthDate: '2004-02-05', localityName: 'Tổ 8, Phường Đức Xuân' });
    expect(result.summary).toMatchObject({ rows: 4, ok: 3, withErrors: 1, toCreate: 3 });
  });

  it('reports a year alone, an unknown locality and a citizen ID that contradicts the birth year, in Vietnamese', async () => {
    const rows: PeopleRow[] = [
      ['Đỗ Văn Hải', '2004', 'Nam', maleId(2004, 5), 'Tổ 7', ''],
      ['Vũ Văn Giang', '05/02/2004', 'Nam', maleId(2004, 6), 'Tổ 99', 'Đức Xuân'],
      ['Bùi Văn Khoa', '05/02/2004', 'Nam', maleId(2005, 7), 'Tổ 7', ''],
    ];
    const { token } = await inspect(core, await peopleWorkbook(rows));
    const [hai, giang, khoa] = (await preview(core, token)).rows;
    expect(hai!.errors[0]!.message).toMatch(/^Chỉ có năm sinh \(2004\): cần ngày sinh đầy đủ/);
    expect(giang!.errors).toEqual([
      {
        column: 5,
        field: 'village',
        message: 'Địa bàn "Tổ 99" chưa có trong danh sách địa bàn của đơn vị.',
        code: 'unknownLocality',
        value: 'Tổ 99',
      },
    ]);
    expect(khoa!.errors).toMatchObject([{ column: 4, field: 'citizenId' }]);
  });

  it('imports a legacy 9-digit CMND number and names both forms for a number of 10 digits', async () => {
    const rows: PeopleRow[] = [
      ['Hoàng Thị Mai', '20/05/1978', 'Nữ', '095123456', 'Tổ 7', 'Đức Xuân'],
      ['Lý Văn Nam', '01/01/1980', 'Nam', '0951234567', 'Tổ 7', 'Đức Xuân'],
    ];
    const { token } = await inspect(core, await peopleWorkbook(rows));
    const [mai, nam] = (await preview(core, token)).rows;
    expect(mai!.errors).toEqual([]);
    expect(nam!.errors).toMatchObject([
      {
        field: 'citizenId',
        message: 'Số định danh cá nhân phải gồm đúng 12 chữ số (đang có 10); số CMND cũ thì gồm đúng 9 chữ số.',
      },
    ]);
    expect(await commit(core, token, { skipRows: [6] })).toMatchObject({ created: 1 });
    expect((await list()).rows.map((p) => [p.fullName, p.citizenId])).toEqual([['Hoàng Thị Mai', '095123456']]);
  });

  it('matches the rows again, with the same token, once a locality is created or retired', async () => {
    const rows: PeopleRow[] = [['Vũ Văn Giang', '05/02/2004', 'Nam', maleId(2004, 6), 'Tổ 99', 'Đức Xuân']];
    const { token } = await inspect(core, await peopleWorkbook(rows));
    const before = (await preview(core, token)).rows[0]!;
    expect(before.errors).toMatchObject([{ field: 'village', code: 'unknownLocality', value: 'Tổ 99' }]);

    const wards = await call<Locality[]>(core, 'localities.list', {});
    const ward = wards.find((l) => l.name === 'Phường Đức Xuân')!;
    const created = await call<Locality>(core, 'localities.create', {
      name: 'Tổ 99',
      kind: 'residential_group',
      parentId: ward.id,
    });
    const after = (await preview(core, token)).rows[0]!;
    expect(after).toMatchObject({ outcome: 'create', errors: [] });
    expect(after.values.localityName).toBe('Tổ 99, Phường Đức Xuân');

    // The test clock stands still: the retirement changes the version, not updated_at.
    await call(core, 'localities.retire', { id: created.id, version: created.version, retiredOn: '2026-11-20' });
    expect((await preview(core, token)).rows[0]!.errors).toMatchObject([{ code: 'unknownLocality', value: 'Tổ 99' }]);
  });

  it('pages the rows and filters those with errors', async () => {
    const { token } = await inspect(core, await peopleWorkbook(OFFICE));
    const page = await preview(core, token, { page: 2, pageSize: 3 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.rowNumber)).toEqual([8]);
    const errors = await preview(core, token, { filter: 'errors' });
    expect(errors.rows.map((r) => r.rowNumber)).toEqual([7]);
  });

  it('refuses an old .xls file with the one clear message', async () => {
    expect(await refusal(core, 'import.inspect', { fileName: 'cu.xls', base64: 'AAAA' })).toMatchObject({
      code: 'IMPORT_XLS_NOT_SUPPORTED',
    });
  });
});

describe('import.commit', () => {
  it('writes the rows not skipped, in Unicode NFC, and reports each row in an .xlsx', async () => {
    const { token } = await inspect(core, await peopleWorkbook(OFFICE), 'ds.xlsx');
    const result = await commit(core, token, { skipRows: [7] });
    expect(result).toMatchObject({ created: 3, updated: 0, skipped: 1 });
    const people = (await list()).rows;
    expect(people.map((p) => p.fullName).sort()).toEqual(['Nguyễn Văn An', 'Phạm Văn Dũng', 'Trần Văn Bình']);
    for (const p of people) expect(p.fullName).toBe(p.fullName.normalize('NFC'));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(result.report.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const lines = [5, 6, 7, 8].map((n) => {
      const row = sheet.getRow(n - 1);
      return [row.getCell(1).value, row.getCell(2).value, row.getCell(4).value];
    });
    expect(lines).toEqual([
      [5, 'Nguyễn Văn An', 'đã thêm'],
      [6, 'Trần Văn Bình', 'đã thêm'],
      [7, 'Lê Văn Cường', 'bỏ qua'],
      [8, 'Phạm Văn Dũng', 'đã thêm'],
    ]);
    expect(result.report.fileName).toBe('Kết quả nhập 2026-11-27.xlsx');
    // The session is closed: the same import cannot be committed twice.
    await expect(core.invoke('import.commit', { token, target: 'people' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'IMPORT_SESSION_EXPIRED' },
    });
  });

  it('writes nothing while a row not skipped has an error', async () => {
    const { token } = await inspect(core, await peopleWorkbook(OFFICE));
    const result = await core.invoke('import.commit', { token, target: 'people' });
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_HAS_ERRORS' } });
    expect(result.ok ? '' : result.error.message).toContain('dòng 7');
    expect((await list()).total).toBe(0);
  });

  it('remembers the mapping the user chose for the layout and proposes it next time', async () => {
    const headers = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Thôn/Tổ', 'Xã/Phường', 'Công việc'];
    const rows: PeopleRow[] = [['Nguyễn Văn An', '05/02/2004', 'Nam', maleId(2004, 1), 'Tổ 7', '', 'Thợ hàn']];
    const first = await inspect(core, await peopleWorkbook(rows, headers));
    expect((await preview(core, first.token)).columns[7]!.field).toBeNull();
    await commit(core, first.token, { mapping: { '7': 'occupation' } });
    expect((await list()).rows[0]!.occupation).toBe('Thợ hàn');

    const next = await inspect(core, await peopleWorkbook(rows, headers));
    const proposal = await preview(core, next.token);
    expect(proposal.mappingSource).toBe('remembered');
    expect(proposal.columns[7]!.field).toBe('occupation');
  });
});

describe('duplicates by citizen ID', () => {
  const ID = maleId(2004, 10);
  let existing: Person;
  beforeEach(async () => {
    existing = await createPerson(core, 'Ngô Văn Long', {
      birthDate: '2004-06-01',
      sex: 'M',
      citizenId: ID,
      address: 'Số 1 Phan Bội Châu',
    });
  });
  const ROWS: PeopleRow[] = [
    ['Hồ Văn Minh', '01/01/2004', 'Nam', maleId(2004, 11), 'Tổ 7', '', ''],
    ['Hồ Văn Nam', '02/01/2004', 'Nam', maleId(2004, 11), 'Tổ 7', '', ''],
    ['Ngô Văn Long', '01/06/2004', 'Nam', ID, 'Tổ 8', '', 'Làm ruộng'],
  ];

  it('are reported inside the file (later rows are errors) and against the register', async () => {
    const { token } = await inspect(core, await peopleWorkbook(ROWS));
    const result = await preview(core, token);
    const [minh, nam, long] = result.rows;
    expect(minh!.warnings[0]!.message).toContain('dòng 6');
    expect(nam!.errors).toEqual([
      { column: 4, field: 'citizenId', message: `Số định danh ${maleId(2004, 11)} trùng với dòng 5 trong tệp.` },
    ]);
    expect(long!.existingPersonId).toBe(existing.id);
    expect(result.summary).toMatchObject({ duplicatesInFile: 2, duplicatesInDatabase: 1, withErrors: 1, toSkip: 1 });
  });

  it.each([
    ['skip', { created: 1, updated: 0 }, { occupation: '', address: 'Số 1 Phan Bội Châu', localityName: null }],
    ['fillEmpty', { created: 1, updated: 1 }, { occupation: 'Làm ruộng', address: 'Số 1 Phan Bội Châu' }],
    ['overwrite', { created: 1, updated: 1 }, { occupation: 'Làm ruộng', localityName: 'Tổ 8' }],
  ] as const)('mode %s leaves, fills or overwrites the existing person', async (mode, counts, expected) => {
    const rows: PeopleRow[] = [...ROWS];
    rows[2] = ['Ngô Văn Long', '01/06/2004', 'Nam', ID, 'Tổ 8', '', 'Làm ruộng'];
    const { token } = await inspect(core, await peopleWorkbook(rows));
    const result = await commit(core, token, { duplicateMode: mode, skipRows: [6] });
    expect(result).toMatchObject(counts);
    const after = await call<Person>(core, 'people.get', { id: existing.id });
    expect(after).toMatchObject(expected);
    expect((await list()).total).toBe(2);
  });

  it('fill-empty keeps what the register already has, overwrite replaces it', async () => {
    const rows: PeopleRow[] = [['Ngô Văn Long', '01/06/2004', 'Nam', ID, 'Tổ 7', '', 'Thợ mộc']];
    const { id, version, familyName, middleName, givenName, birthDate, sex, citizenId } = existing;
    const fields = { familyName, middleName, givenName, birthDate, sex, citizenId, occupation: 'Làm ruộng' };
    await call(core, 'people.update', { id, version, ...fields });
    const fill = await inspect(core, await peopleWorkbook(rows));
    await commit(core, fill.token, { duplicateMode: 'fillEmpty' });
    expect(await call<Person>(core, 'people.get', { id: existing.id })).toMatchObject({
      occupation: 'Làm ruộng',
      localityName: 'Tổ 7',
    });
    const over = await inspect(core, await peopleWorkbook(rows));
    await commit(core, over.token, { duplicateMode: 'overwrite' });
    expect(await call<Person>(core, 'people.get', { id: existing.id })).toMatchObject({ occupation: 'Thợ mộc' });
  });
});
