/**
 * The month's duty roster through the API router: the .xlsx read back with exceljs (the month's
 * days with their weekdays, hours and people by role), the .docx number, and the refusals (empty
 * month, missing month).
 */
import { describe, expect, it } from 'vitest';
import { useOffice } from '../../../../test/docs/document-scene';
import { buildDrillsFixture } from '../../../../test/docs/drills-fixture';
import { sheetOf, sheetRows } from '../../../../test/docs/pdf-checks';

const { generate, refusal } = useOffice(buildDrillsFixture);

describe('duty month roster', () => {
  it('writes one row per day of the month with its weekday, hours and people by role', async () => {
    const file = await generate({ kind: 'duty.monthRoster', year: 2026, month: 11, format: 'xlsx' });
    expect(file).toMatchObject({ fileName: 'Lịch trực sẵn sàng chiến đấu tháng 11-2026.xlsx', count: 4 });
    const sheet = await sheetOf(file);
    expect(sheet.getCell(1, 1).value).toBe('LỊCH TRỰC SẴN SÀNG CHIẾN ĐẤU THÁNG 11/2026');
    const all = sheetRows(sheet, 6);
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
