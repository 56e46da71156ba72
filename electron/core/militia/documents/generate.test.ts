/**
 * The militia documents through the API router: the roster and the term-ending list as .xlsx read
 * back with exceljs (title, Vietnamese headers, real date cells, totals), the scopes (unit,
 * locality, year), and the refusals (empty document, unknown unit or locality).
 */
import { describe, expect, it } from 'vitest';
import { refusal } from '../../db/test-helpers';
import { type TestCore, useOffice } from '../../../../test/docs/document-scene';
import { sheetRows, sheetOf, utc } from '../../../../test/docs/pdf-checks';
import { buildForcesFixture, type ForcesFixture, MILITIA_ROSTER_BODY } from '../../../../test/docs/forces-fixture';

let core: TestCore;
let fixture: ForcesFixture;
const { generate } = useOffice(buildForcesFixture, (scene) => ({ core, fixture } = scene));

describe('militia roster as .xlsx', () => {
  it('writes the title, the Vietnamese headers, units in tree order and names in Vietnamese order', async () => {
    const file = await generate({ kind: 'militia.roster', format: 'xlsx' });
    expect(file).toMatchObject({ fileName: 'Danh sách dân quân tự vệ 2026.xlsx', number: null, count: 7 });
    const sheet = await sheetOf(file);
    expect(sheet.getCell(1, 1).value).toBe('DANH SÁCH DÂN QUÂN TỰ VỆ');
    const all = sheetRows(sheet, 11);
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
    expect(body).toEqual(MILITIA_ROSTER_BODY);
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
    const names2026 = sheetRows(y2026, 11)
      .filter((r) => typeof r[0] === 'number')
      .map((r) => r[1]);
    expect(names2026).toEqual(['Vũ Văn Anh', 'Nguyễn Văn Ân']);
    const file2027 = await generate({ kind: 'militia.termEnding', format: 'xlsx', year: 2027 });
    expect(file2027.fileName).toBe('Danh sách dân quân tự vệ hết nhiệm kỳ 2027.xlsx');
    const names2027 = sheetRows(await sheetOf(file2027), 11)
      .filter((r) => typeof r[0] === 'number')
      .map((r) => r[1]);
    // By unit: Hoàng Văn Dũng's extension runs into 2027 (squad 1); Lê Văn Bảo's term ends on
    // 1 January (squad 2); then the standing platoon.
    expect(names2027).toEqual(['Hoàng Văn Dũng', 'Lê Văn Bảo', 'Hà Văn Công']);
  });
});

describe('documents.generate for the militia kinds', () => {
  it('refuses a list with nobody in it', async () => {
    const empty = { ok: false, error: { code: 'DOCUMENT_EMPTY' } };
    expect(
      await core.invoke('documents.generate', { kind: 'militia.roster', localityId: fixture.empty.id }),
    ).toMatchObject(empty);
    expect(
      await core.invoke('documents.generate', { kind: 'militia.termEnding', year: 2030, date: '2026-11-27' }),
    ).toMatchObject(empty);
  });

  it('refuses unknown ids with field errors', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await refusal(core, 'documents.generate', { kind: 'militia.roster', unitId: unknown })).toMatchObject({
      fieldErrors: { unitId: 'Không tìm thấy bản ghi.' },
    });
    expect(await refusal(core, 'documents.generate', { kind: 'militia.roster', localityId: unknown })).toMatchObject({
      fieldErrors: { localityId: 'Không tìm thấy bản ghi.' },
    });
  });
});
