/**
 * The forces documents through the API router: each kind as .xlsx read back with exceljs (title,
 * Vietnamese headers, real date cells, numbers, totals), the scopes (unit, locality, year), the
 * numbering, and the refusals (empty document, unknown or missing unit).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import type { GeneratedFile } from '../documents/generate-schema';
import { buildForcesFixture, type ForcesFixture } from './test-fixture';

let core: ReturnType<typeof createTestCore>;
let fixture: ForcesFixture;

beforeAll(async () => {
  core = createTestCore();
  fixture = await buildForcesFixture(core);
});

afterAll(() => core.dispose());

const generate = (input: Record<string, unknown>) =>
  call<GeneratedFile>(core, 'documents.generate', { date: '2026-11-27', ...input });

async function sheetOf(file: GeneratedFile) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

/** Every row's values, columns 1…n, as exceljs reads them back. */
function rows(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    out.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null));
  });
  return out;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('militia roster as .xlsx', () => {
  it('writes the title, the Vietnamese headers, units in tree order and names in Vietnamese order', async () => {
    const file = await generate({ kind: 'militia.roster', format: 'xlsx' });
    expect(file).toMatchObject({ fileName: 'Danh sách dân quân tự vệ 2026.xlsx', number: null, count: 7 });
    const sheet = await sheetOf(file);
    expect(sheet.getCell(1, 1).value).toBe('DANH SÁCH DÂN QUÂN TỰ VỆ');
    const all = rows(sheet, 11);
    const header = all.findIndex((r) => r[0] === 'TT');
    expect(all[header]).toEqual([
      'TT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Nơi cư trú',
      'Chức vụ',
      'Thành phần',
      'Ngày vào',
      'Hết nhiệm kỳ',
      'Đảng viên, Đoàn viên',
      'Ghi chú',
    ]);
    const body = all.slice(header + 1).map((r) => (typeof r[0] === 'number' ? r[1] : r[0]));
    expect(body).toEqual([
      'Trung đội dân quân cơ động',
      'Bùi Văn Đức',
      'Cộng: 1 người',
      'Trung đội dân quân cơ động – Tiểu đội 1',
      'Vũ Văn Anh',
      'Nguyễn Văn Ân',
      'Hoàng Văn Dũng',
      'Cộng: 3 người',
      'Trung đội dân quân cơ động – Tiểu đội 2',
      'Trần Thị Ánh',
      'Lê Văn Bảo',
      'Cộng: 2 người',
      'Trung đội dân quân thường trực',
      'Hà Văn Công',
      'Cộng: 1 người',
      'Tổng cộng: 7 người',
    ]);
    const anh = all.find((r) => r[1] === 'Vũ Văn Anh')!;
    expect(anh).toEqual([
      2,
      'Vũ Văn Anh',
      utc('2000-05-12'),
      'Nam',
      'Tổ 7, phường Đức Xuân',
      'Tiểu đội trưởng',
      'Cơ động',
      utc('2024-03-01'),
      utc('2026-12-31'),
      null,
      null,
    ]);
    expect(all.find((r) => r[1] === 'Nguyễn Văn Ân')!.slice(9)).toEqual(['Đảng viên', 'Kéo dài đến 01/06/2026']);
    expect(all.find((r) => r[1] === 'Trần Thị Ánh')![9]).toBe('Đoàn viên');
    expect(all.find((r) => r[1] === 'Hà Văn Công')![6]).toBe('Thường trực');
    // Dates are real date cells shown dd/mm/yyyy, and the columns are fitted to what they hold.
    const birth = sheet.getCell(header + 3, 3);
    expect(birth.value).toBeInstanceOf(Date);
    expect(birth.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getColumn(2).width).toBe('Hoàng Văn Dũng'.length + 2);
    expect(sheet.getColumn(3).width).toBe('dd/mm/yyyy'.length + 4);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header + 1 });
  });

  it('covers one unit with the units under it, or one ward with its villages', async () => {
    const platoon = await generate({ kind: 'militia.roster', format: 'xlsx', unitId: fixture.platoon });
    expect(platoon.count).toBe(6);
    const squad = await generate({ kind: 'militia.roster', format: 'xlsx', unitId: fixture.squad1 });
    expect(squad.count).toBe(3);
    const squadSheet = await sheetOf(squad);
    expect(squadSheet.getCell(2, 1).value).toBe('Đơn vị: Trung đội dân quân cơ động – Tiểu đội 1');
    const ward = await generate({ kind: 'militia.roster', format: 'xlsx', localityId: fixture.ward.id });
    expect(ward.count).toBe(6);
    expect((await sheetOf(ward)).getCell(2, 1).value).toBe('Địa bàn: Phường Đức Xuân');
    const commune = await generate({ kind: 'militia.roster', format: 'xlsx', localityId: fixture.commune.id });
    expect(commune.count).toBe(1);
  });
});

describe('militia term-ending list', () => {
  it('takes the term end or the extension’s end, both ends of the year included', async () => {
    const y2026 = await sheetOf(await generate({ kind: 'militia.termEnding', format: 'xlsx' }));
    expect(y2026.getCell(1, 1).value).toBe('DANH SÁCH DÂN QUÂN TỰ VỆ HẾT NHIỆM KỲ NĂM 2026');
    const names2026 = rows(y2026, 11)
      .filter((r) => typeof r[0] === 'number')
      .map((r) => r[1]);
    expect(names2026).toEqual(['Vũ Văn Anh', 'Nguyễn Văn Ân']);
    const file2027 = await generate({ kind: 'militia.termEnding', format: 'xlsx', year: 2027 });
    expect(file2027.fileName).toBe('Danh sách dân quân tự vệ hết nhiệm kỳ 2027.xlsx');
    const names2027 = rows(await sheetOf(file2027), 11)
      .filter((r) => typeof r[0] === 'number')
      .map((r) => r[1]);
    // By unit: Hoàng Văn Dũng's extension runs into 2027 (squad 1); Lê Văn Bảo's term ends on
    // 1 January (squad 2); then the standing platoon.
    expect(names2027).toEqual(['Hoàng Văn Dũng', 'Lê Văn Bảo', 'Hà Văn Công']);
  });
});

describe('reservist documents as .xlsx', () => {
  it('writes the roster by grade and specialty with rank, category, former unit and assigned unit', async () => {
    const sheet = await sheetOf(await generate({ kind: 'reserves.roster', format: 'xlsx' }));
    expect(sheet.getCell(1, 1).value).toBe('DANH SÁCH QUÂN NHÂN DỰ BỊ');
    const all = rows(sheet, 10);
    const duc = all.find((r) => r[1] === 'Mai Văn Đức')!;
    expect(duc).toEqual([
      3,
      'Mai Văn Đức',
      utc('1992-03-03'),
      'Phường Đức Xuân',
      'Thượng úy',
      'Sĩ quan',
      'Sư đoàn 346',
      utc('2025-07-01'),
      'Đại đội 1',
      null,
    ]);
    expect(all.map((r) => r[0]).filter((v) => typeof v === 'string' && /^(Quân nhân|CNQS|Chưa|Cộng)/.test(v))).toEqual([
      'Quân nhân dự bị hạng 1',
      'CNQS 1231 – Bộ binh',
      'Cộng: 4 người',
      'CNQS 4411 – Lái xe',
      'Cộng: 1 người',
      'Cộng hạng 1: 5 người',
      'Quân nhân dự bị hạng 2',
      'CNQS 4411 – Lái xe',
      'Cộng: 2 người',
      'Chưa xác định chuyên nghiệp quân sự',
      'Cộng: 1 người',
      'Cộng hạng 2: 3 người',
    ]);
  });

  it('writes the assignment list with the mismatch mark and the fill rate', async () => {
    const file = await generate({ kind: 'reserves.assignmentList', format: 'xlsx', unitId: fixture.company });
    expect(file.count).toBe(6);
    const all = rows(await sheetOf(file), 11);
    expect(all.find((r) => r[1] === 'Đỗ Văn Anh')!.slice(3, 7)).toEqual(['Hạ sĩ', 1, '4411', 'x']);
    expect(all.find((r) => r[1] === 'Lý Văn Ân')!.slice(3, 7)).toEqual(['Binh nhất', 1, '1231', null]);
    expect(all.map((r) => r[0])).toContain(
      'Cộng Trung đội 1: biên chế 4, đã sắp xếp 5, đạt 125,0%, dư 1 (25,0%); đúng CNQS 4/5',
    );
    // The sub-unit alone: its own slots only.
    const platoon = await generate({ kind: 'reserves.assignmentList', format: 'xlsx', unitId: fixture.reservePlatoon });
    expect(platoon.count).toBe(5);
  });

  it('writes the strength summary with numbers and shares as numbers', async () => {
    const file = await generate({ kind: 'forces.strengthSummary', format: 'xlsx' });
    const all = rows(await sheetOf(file), 12);
    expect(all.find((r) => r[1] === 'Phường Đức Xuân')).toEqual([
      1,
      'Phường Đức Xuân',
      10000,
      6,
      0.06,
      2,
      33.3,
      0,
      6,
      5,
      0,
      4,
    ]);
    expect(all.find((r) => r[1] === 'Xã Xuất Hóa')).toEqual([3, 'Xã Xuất Hóa', null, 0, null, 0, null, 0, 0, 0, 0, 0]);
    expect(all.find((r) => r[1] === 'Tổng cộng')).toEqual([null, 'Tổng cộng', 15000, 7, 0.05, 2, 28.6, 1, 6, 5, 3, 6]);
    // The population of the date's year only: at the end of 2025 the ward had none entered.
    const y2025 = rows(
      await sheetOf(await generate({ kind: 'forces.strengthSummary', format: 'xlsx', date: '2025-12-31' })),
      12,
    );
    expect(y2025.find((r) => r[1] === 'Phường Đức Xuân')!.slice(2, 5)).toEqual([null, 6, null]);
    expect(y2025.find((r) => r[1] === 'Xã Dương Quang')!.slice(2, 5)).toEqual([2000, 1, 0.05]);
  });
});

describe('documents.generate for the forces kinds', () => {
  it('numbers each .docx from the year’s counter and takes a given number or a draft', async () => {
    const first = await generate({ kind: 'reserves.roster' });
    const second = await generate({ kind: 'militia.termEnding' });
    expect(second.number).toBe(first.number! + 1);
    expect((await generate({ kind: 'reserves.roster', number: 40 })).number).toBe(40);
    expect((await generate({ kind: 'reserves.roster', number: null })).number).toBeNull();
    expect((await generate({ kind: 'forces.strengthSummary', date: '2027-01-05' })).number).toBe(1);
  });

  it('refuses a document with nobody in it', async () => {
    const empty = { ok: false, error: { code: 'DOCUMENT_EMPTY' } };
    expect(
      await core.invoke('documents.generate', { kind: 'militia.roster', localityId: fixture.empty.id }),
    ).toMatchObject(empty);
    expect(
      await core.invoke('documents.generate', { kind: 'militia.termEnding', year: 2030, date: '2026-11-27' }),
    ).toMatchObject(empty);
    expect(
      await core.invoke('documents.generate', { kind: 'reserves.assignmentList', unitId: fixture.emptyReserveUnit }),
    ).toMatchObject(empty);
    expect(
      await core.invoke('documents.generate', { kind: 'reserves.roster', localityId: fixture.empty.id }),
    ).toMatchObject(empty);
    // Before anyone joined, the summary has no one to count.
    expect(
      await core.invoke('documents.generate', { kind: 'forces.strengthSummary', date: '2020-01-01' }),
    ).toMatchObject(empty);
  });

  it('asks for the reserve unit and refuses unknown ids with field errors', async () => {
    expect(await core.invoke('documents.generate', { kind: 'reserves.assignmentList' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { unitId: 'Không được để trống.' } },
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await core.invoke('documents.generate', { kind: 'reserves.assignmentList', unitId: unknown })).toMatchObject(
      { ok: false, error: { fieldErrors: { unitId: 'Không tìm thấy bản ghi.' } } },
    );
    expect(await core.invoke('documents.generate', { kind: 'militia.roster', unitId: unknown })).toMatchObject({
      ok: false,
      error: { fieldErrors: { unitId: 'Không tìm thấy bản ghi.' } },
    });
    expect(await core.invoke('documents.generate', { kind: 'militia.roster', localityId: unknown })).toMatchObject({
      ok: false,
      error: { fieldErrors: { localityId: 'Không tìm thấy bản ghi.' } },
    });
    // A militia unit's id is not a reserve unit.
    expect(
      await core.invoke('documents.generate', { kind: 'reserves.assignmentList', unitId: fixture.platoon }),
    ).toMatchObject({ ok: false, error: { fieldErrors: { unitId: 'Không tìm thấy bản ghi.' } } });
  });
});
