import { afterEach, describe, expect, it } from 'vitest';
import { listXlsx, type ListColumn } from './list-xlsx';
import { readBack } from './test-read';

interface Row {
  name: string;
  born: string | null;
  count: number;
}

const columns: ListColumn<Row>[] = [
  { header: 'STT', kind: 'number', value: (_, i) => i + 1 },
  { header: 'Họ và tên', value: (r) => r.name },
  { header: 'Ngày sinh', kind: 'date', value: (r) => r.born },
  { header: 'Số lượng', kind: 'number', value: (r) => r.count },
];
const rows: Row[] = [
  { name: 'Nguyễn Văn An', born: '2004-02-05', count: 3 },
  { name: 'Trần Thị Bình Minh Nguyệt Ánh Hồng', born: '1999-12-31', count: 12 },
  { name: 'Lê C', born: null, count: 0 },
];

async function write(filters?: string[]) {
  const buffer = await listXlsx({
    title: 'Danh sách thử',
    office: 'BAN CHQS PHƯỜNG ĐỨC XUÂN',
    madeOn: '2026-11-27',
    filters,
    sheetName: 'Danh sách thử',
    columns,
    rows,
  });
  return readBack({ base64: buffer.toString('base64') });
}

const savedTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTz;
});

describe('listXlsx', () => {
  it('puts the title, the office with the day and the filters above a bold, frozen, filterable header', async () => {
    const read = await write(['năm 2026', 'địa bàn Tổ 7']);
    expect(read.preamble).toEqual([
      'DANH SÁCH THỬ',
      'BAN CHQS PHƯỜNG ĐỨC XUÂN — Ngày xuất: 27/11/2026 — 3 dòng',
      'Lọc theo: năm 2026; địa bàn Tổ 7',
    ]);
    expect(read.header).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Số lượng']);
    expect(read.sheet.getRow(read.headerRow).getCell(2).font?.bold).toBe(true);
    expect(read.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: read.headerRow });
    expect(read.sheet.autoFilter).toBe(`A${read.headerRow}:D${read.headerRow}`);
    expect(read.sheet.name).toBe('Danh sách thử');
  });

  it('leaves the filter line out when the list is not filtered', async () => {
    const read = await write();
    expect(read.preamble).toHaveLength(2);
  });

  it('writes dates as date cells shown dd/mm/yyyy, numbers as numbers, empty as empty', async () => {
    const read = await write();
    const born = read.sheet.getRow(read.headerRow + 1).getCell(3);
    expect(born.value).toEqual(new Date(Date.UTC(2004, 1, 5)));
    expect(born.numFmt).toBe('dd/mm/yyyy');
    expect(read.rows.map((r) => r[3])).toEqual([3, 12, 0]);
    expect(read.sheet.getRow(read.headerRow + 3).getCell(3).value).toBeNull();
  });

  it('fits the widths to the content, a date column to a date, capped for very long text', async () => {
    const read = await write();
    const width = (n: number) => read.sheet.getColumn(n).width!;
    expect(width(2)).toBeGreaterThanOrEqual('Trần Thị Bình Minh Nguyệt Ánh Hồng'.length);
    expect(width(3)).toBeGreaterThanOrEqual(10);
    expect(width(3)).toBeLessThan(width(2));
    const long = await listXlsx({
      title: 'x',
      office: null,
      madeOn: '2026-11-27',
      sheetName: 'x',
      columns: [{ header: 'STT', value: () => 'a'.repeat(300) }],
      rows: [1],
    });
    const longRead = await readBack({ base64: long.toString('base64') });
    expect(longRead.sheet.getColumn(1).width).toBe(50);
  });

  it.each(['Asia/Ho_Chi_Minh', 'UTC', 'America/Los_Angeles'])(
    'writes the same calendar day under TZ=%s',
    async (tz) => {
      process.env.TZ = tz;
      expect(new Date(2004, 1, 5).getTimezoneOffset()).toBe(tz === 'UTC' ? 0 : tz === 'Asia/Ho_Chi_Minh' ? -420 : 480);
      const read = await write();
      expect(read.rows.map((r) => (r[2] instanceof Date ? r[2].toISOString().slice(0, 10) : null))).toEqual([
        '2004-02-05',
        '1999-12-31',
        null,
      ]);
      expect(read.sheet.getRow(read.headerRow + 2).getCell(3).numFmt).toBe('dd/mm/yyyy');
    },
  );
});
