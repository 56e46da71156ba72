/**
 * The drills documents through the API router: each kind's file name, number and count, the .xlsx
 * tables read back with exceljs (participants in Vietnamese name order, rates as numbers, the
 * month's days with their weekdays), and the refusals (unknown id, exercise not done, empty course
 * or month, a format the document has not).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestCore } from '../../db/test-helpers';
import type { GeneratedFile } from '../../documents/generate-schema';
import { ratePercent, rateText } from '../../docs/text-helpers';
import { buildDrillsFixture, type DrillsFixture } from '../../../../test/docs/drills-fixture';

let core: ReturnType<typeof createTestCore>;
let fixture: DrillsFixture;

beforeAll(async () => {
  core = createTestCore();
  fixture = await buildDrillsFixture(core);
});

afterAll(() => core.dispose());

const generate = (input: Record<string, unknown>) =>
  call<GeneratedFile>(core, 'documents.generate', { date: '2026-11-27', ...input });

async function refusal(input: Record<string, unknown>) {
  const result = await core.invoke('documents.generate', { date: '2026-11-27', ...input });
  if (result.ok) throw new Error('expected a refusal');
  return result.error as { code: string; message: string; fieldErrors?: Record<string, string> };
}

async function sheetOf(file: GeneratedFile) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

function rows(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    out.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null));
  });
  return out;
}

describe('rates', () => {
  it('shows at most 2 decimals with a decimal comma and no trailing zeros, as the training screen', () => {
    expect(rateText(ratePercent(36, 45))).toBe('80');
    expect(rateText(ratePercent(7, 8))).toBe('87,5');
    expect(rateText(ratePercent(2, 3))).toBe('66,67');
    expect(rateText(ratePercent(1, 0))).toBe('');
  });
});

describe('exercise documents', () => {
  it('numbers the plan in the KH series and the result report in the BC series', async () => {
    const plan = await generate({ kind: 'exercises.plan', exerciseId: fixture.plannedExercise });
    expect(plan).toMatchObject({ fileName: 'Kế hoạch diễn tập 2027.docx', number: 1, count: 0 });
    const again = await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise });
    expect(again).toMatchObject({ fileName: 'Kế hoạch diễn tập 2026.docx', number: 2, count: 90 });
    const report = await generate({ kind: 'exercises.resultReport', exerciseId: fixture.doneExercise });
    expect(report).toMatchObject({ fileName: 'Báo cáo kết quả diễn tập 2026.docx', number: 1, count: 90 });
    const draft = await generate({ kind: 'exercises.resultReport', exerciseId: fixture.doneExercise, number: null });
    expect(draft.number).toBeNull();
  });

  it('refuses a result report for an exercise not done, an unknown exercise and a missing id', async () => {
    expect(await refusal({ kind: 'exercises.resultReport', exerciseId: fixture.plannedExercise })).toMatchObject({
      code: 'DOCUMENT_EXERCISE_NOT_DONE',
      message: 'Chỉ lập báo cáo kết quả cho cuộc diễn tập đã thực hiện xong.',
    });
    const unknown = await refusal({ kind: 'exercises.plan', exerciseId: '00000000-0000-4000-8000-00000000abcd' });
    expect(unknown.fieldErrors).toEqual({ exerciseId: 'Không tìm thấy bản ghi.' });
    expect((await refusal({ kind: 'exercises.plan' })).fieldErrors).toEqual({ exerciseId: 'Không được để trống.' });
    expect(
      (await refusal({ kind: 'exercises.plan', exerciseId: fixture.doneExercise, format: 'xlsx' })).fieldErrors,
    ).toHaveProperty('format');
  });
});

describe('training result report', () => {
  it('writes participants in Vietnamese name order with days, rates and results, and the totals', async () => {
    const file = await generate({ kind: 'training.resultReport', courseId: fixture.course, format: 'xlsx' });
    expect(file).toMatchObject({ fileName: 'Báo cáo kết quả huấn luyện 2026.xlsx', number: null, count: 3 });
    const sheet = await sheetOf(file);
    expect(sheet.getCell(1, 1).value).toBe('KẾT QUẢ HUẤN LUYỆN DÂN QUÂN CƠ ĐỘNG NĂM 2026');
    const all = rows(sheet, 6);
    const header = all.findIndex((r) => r[0] === 'STT');
    expect(all[header]).toEqual(['STT', 'Họ và tên', 'Đơn vị', 'Số ngày tham gia / kế hoạch', 'Tỷ lệ (%)', 'Kết quả']);
    expect(all.slice(header + 1)).toEqual([
      [1, 'Vũ Văn Anh', 'Trung đội dân quân cơ động', '15/15', 100, 'Giỏi'],
      [2, 'Trần Thị Ánh', 'Trung đội dân quân cơ động', '12/15', 80, 'Khá'],
      [3, 'Nguyễn Văn Ân', 'Trung đội dân quân cơ động', '9/15', 60, 'Đạt'],
      [null, 'Tổng cộng: 3 người', null, '36/45', 80, 'Khá, giỏi: 2'],
    ]);
  });

  it('numbers the .docx in the BC series and refuses an empty or unknown course', async () => {
    const file = await generate({ kind: 'training.resultReport', courseId: fixture.course });
    expect(file).toMatchObject({ fileName: 'Báo cáo kết quả huấn luyện 2026.docx', count: 3 });
    expect(file.number).toBeGreaterThanOrEqual(1);
    expect(await refusal({ kind: 'training.resultReport', courseId: fixture.emptyCourse })).toMatchObject({
      code: 'DOCUMENT_EMPTY',
    });
    const unknown = await refusal({ kind: 'training.resultReport', courseId: '00000000-0000-4000-8000-00000000abcd' });
    expect(unknown.fieldErrors).toEqual({ courseId: 'Không tìm thấy bản ghi.' });
  });
});

describe('duty month roster', () => {
  it('writes one row per day of the month with its weekday, hours and people by role', async () => {
    const file = await generate({ kind: 'duty.monthRoster', year: 2026, month: 11, format: 'xlsx' });
    expect(file).toMatchObject({ fileName: 'Lịch trực sẵn sàng chiến đấu tháng 11-2026.xlsx', count: 4 });
    const sheet = await sheetOf(file);
    expect(sheet.getCell(1, 1).value).toBe('LỊCH TRỰC SẴN SÀNG CHIẾN ĐẤU THÁNG 11/2026');
    const all = rows(sheet, 6);
    const header = all.findIndex((r) => r[0] === 'Ngày');
    const days = all.slice(header + 1);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual(['01/11', 'Chủ nhật', null, null, null, null]);
    expect(days[1]).toEqual([
      '02/11',
      'Thứ Hai',
      '07:00 – 07:00 (hôm sau)',
      'Lê Văn Bảo',
      'Trần Thị Ánh',
      'Vũ Văn Anh\nNguyễn Văn Ân',
    ]);
    expect(days[27]).toEqual([
      '28/11',
      'Thứ Bảy',
      '07:00 – 19:00\n19:00 – 07:00 (hôm sau)',
      'Nguyễn Văn Ân',
      null,
      'Vũ Văn Anh',
    ]);
  });

  it('takes an LT number for the .docx and refuses an empty month or a missing month', async () => {
    const file = await generate({ kind: 'duty.monthRoster', year: 2026, month: 11 });
    expect(file).toMatchObject({ fileName: 'Lịch trực sẵn sàng chiến đấu tháng 11-2026.docx', number: 1 });
    expect(await refusal({ kind: 'duty.monthRoster', year: 2026, month: 12 })).toMatchObject({
      code: 'DOCUMENT_EMPTY',
    });
    expect((await refusal({ kind: 'duty.monthRoster', year: 2026 })).fieldErrors).toEqual({
      month: 'Không được để trống.',
    });
  });
});
