/**
 * The reservist documents through the API router: the roster and the assignment list as .xlsx read
 * back with exceljs (headers, real date cells, the groups, the fill rate), the numbering, and the
 * refusals (empty document, unknown or missing unit).
 */
import { describe, expect, it } from 'vitest';
import { refusal } from '../../db/test-helpers';
import { type TestCore, useOffice } from '../../../../test/docs/document-scene';
import { sheetRows, sheetOf, utc } from '../../../../test/docs/pdf-checks';
import { buildForcesFixture, type ForcesFixture } from '../../../../test/docs/forces-fixture';

let core: TestCore;
let fixture: ForcesFixture;
const { generate } = useOffice(buildForcesFixture, (scene) => ({ core, fixture } = scene));

describe('reservist documents as .xlsx', () => {
  it('writes the roster by grade and specialty with rank, category, former unit and assigned unit', async () => {
    const sheet = await sheetOf(await generate({ kind: 'reserves.roster', format: 'xlsx' }));
    expect(sheet.getCell(1, 1).value).toBe('DANH SÁCH QUÂN NHÂN DỰ BỊ');
    const all = sheetRows(sheet, 10);
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
    const all = sheetRows(await sheetOf(file), 11);
    expect(all.find((r) => r[1] === 'Đỗ Văn Anh')!.slice(3, 7)).toEqual(['Hạ sĩ', 1, '4411', 'x']);
    expect(all.find((r) => r[1] === 'Lý Văn Ân')!.slice(3, 7)).toEqual(['Binh nhất', 1, '1231', null]);
    expect(all.map((r) => r[0])).toContain(
      'Cộng Trung đội 1: biên chế 4, đã sắp xếp 5, đạt 125,0%, dư 1 (25,0%); đúng CNQS 4/5',
    );
    // The sub-unit alone: its own slots only.
    const platoon = await generate({ kind: 'reserves.assignmentList', format: 'xlsx', unitId: fixture.reservePlatoon });
    expect(platoon.count).toBe(5);
  });
});

describe('documents.generate for the reservist kinds', () => {
  it('takes a given number or a draft', async () => {
    expect((await generate({ kind: 'reserves.roster', number: 40 })).number).toBe(40);
    expect((await generate({ kind: 'reserves.roster', mode: 'draft' })).number).toBeNull();
  });

  it('refuses a list with nobody in it', async () => {
    const empty = { ok: false, error: { code: 'DOCUMENT_EMPTY' } };
    expect(
      await core.invoke('documents.generate', { kind: 'reserves.assignmentList', unitId: fixture.emptyReserveUnit }),
    ).toMatchObject(empty);
    expect(
      await core.invoke('documents.generate', { kind: 'reserves.roster', localityId: fixture.empty.id }),
    ).toMatchObject(empty);
  });

  it('asks for the reserve unit and refuses unknown ids with field errors', async () => {
    expect(await refusal(core, 'documents.generate', { kind: 'reserves.assignmentList' })).toMatchObject({
      fieldErrors: { unitId: 'Không được để trống.' },
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await core.invoke('documents.generate', { kind: 'reserves.assignmentList', unitId: unknown })).toMatchObject(
      { ok: false, error: { fieldErrors: { unitId: 'Không tìm thấy bản ghi.' } } },
    );
    // A militia unit's id is not a reserve unit.
    expect(
      await refusal(core, 'documents.generate', { kind: 'reserves.assignmentList', unitId: fixture.platoon }),
    ).toMatchObject({ fieldErrors: { unitId: 'Không tìm thấy bản ghi.' } });
  });
});
