import { fill } from '../../../../vocabulary/text';
import { columnText, peopleListText } from '../../docs/list-text';
import type { ContentColumn, ContentRow, TableContent } from '../../docs/table-content';
import { formatDisplayDate, type IsoDate } from '../../shared/dates';
import type { EquipmentStockRow } from '../public-types';

/**
 * The fixed wording of the stock list (document content builders may hold Vietnamese text,
 * conventions.md); the column headings live here so the .docx and the .xlsx print the same words.
 */
export const stockListText = {
  title: 'Danh sách vũ khí, trang bị của dân quân tự vệ',
  sheet: 'Vũ khí, trang bị {year}',
  bySerial: 'Theo số hiệu',
  columns: {
    kind: 'Loại vũ khí, trang bị',
    unit: 'Đơn vị tính',
    owned: 'Tổng số đang quản lý',
    inStore: 'Trong kho',
    issued: 'Đang cấp phát',
    note: 'Ghi chú',
  },
} as const;

const c = stockListText.columns;

/** A4 portrait (165 mm): number, kind, unit, the three quantities, a note. */
const COLUMNS: readonly ContentColumn[] = [
  { header: columnText.index, weight: 10, align: 'center' },
  { header: c.kind, weight: 45 },
  { header: c.unit, weight: 18, align: 'center' },
  { header: c.owned, weight: 22, align: 'right' },
  { header: c.inStore, weight: 20, align: 'right' },
  { header: c.issued, weight: 22, align: 'right' },
  { header: c.note, weight: 28 },
];

/**
 * Every kind held on `asOf` (owned = received − written off up to that day), with how much is in
 * store and how much is issued to units and persons.
 */
export function stockListContent(input: { rows: readonly EquipmentStockRow[]; asOf: IsoDate }): TableContent {
  const rows: ContentRow[] = input.rows.map((r, i) => ({
    kind: 'cells',
    cells: [i + 1, r.name, r.unit, r.owned, r.inStore, r.issued, r.serialTracked ? stockListText.bySerial : ''],
  }));
  return {
    title: stockListText.title,
    sheetName: fill(stockListText.sheet, { year: input.asOf.slice(0, 4) }),
    notes: [fill(peopleListText.asOfLine, { date: formatDisplayDate(input.asOf) })],
    table: { columns: COLUMNS, rows },
  };
}
