/**
 * The training result report through the API router: the .xlsx read back with exceljs
 * (participants in Vietnamese name order, rates as numbers, the totals), the .docx number, and the
 * refusals (empty or unknown course).
 */
import { describe, expect, it } from 'vitest';
import { useOffice } from '../../../../test/docs/document-scene';
import { buildDrillsFixture, type DrillsFixture } from '../../../../test/docs/drills-fixture';
import { sheetOf, sheetRows } from '../../../../test/docs/pdf-checks';

let fixture: DrillsFixture;
const { generate, refusal } = useOffice(buildDrillsFixture, (scene) => ({ fixture } = scene));

describe('training result report', () => {
  it('writes participants in Vietnamese name order with days, rates and results, and the totals', async () => {
    const file = await generate({ kind: 'training.resultReport', courseId: fixture.course, format: 'xlsx' });
    expect(file).toMatchObject({ fileName: 'Báo cáo kết quả huấn luyện 2026.xlsx', number: null, count: 3 });
    const sheet = await sheetOf(file);
    expect(sheet.getCell(1, 1).value).toBe('KẾT QUẢ HUẤN LUYỆN DÂN QUÂN CƠ ĐỘNG NĂM 2026');
    const all = sheetRows(sheet, 6);
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
