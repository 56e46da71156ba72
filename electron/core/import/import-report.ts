/**
 * The import report (.xlsx): one line per data row of the file, with its
 * Excel row number, the person, the outcome (đã thêm / đã cập nhật / bỏ qua /
 * lỗi) and the messages, so the office can file what was brought in and why
 * some rows were not.
 */
import ExcelJS from 'exceljs';
import { XLSX_MIME } from '../docs/mime';
import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import type { RowPlan } from './people-plan';

const t = vi.import.report;

export type ReportOutcome = keyof typeof t.outcome;

export function reportOutcome(plan: RowPlan): ReportOutcome {
  if (plan.outcome === 'create') return 'created';
  if (plan.outcome === 'update') return 'updated';
  if (plan.outcome === 'error') return 'error';
  return 'skipped';
}

export async function importReport(
  fileName: string,
  today: IsoDate,
  plans: readonly RowPlan[],
  counts: { created: number; updated: number; skipped: number },
) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t.sheet);
  const widths = [14, 30, 18, 16, 80];
  sheet.columns = widths.map((width) => ({ width }));
  sheet.addRow([format(t.title, { fileName })]).font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, widths.length);
  sheet.addRow([format(t.madeOn, { date: formatDisplayDate(today), ...counts })]);
  sheet.mergeCells(2, 1, 2, widths.length);
  const header = sheet.addRow([...t.columns]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.border = { bottom: { style: 'thin' } }));
  for (const plan of plans) {
    const messages = [...plan.errors, ...plan.warnings].map((issue) => issue.message).join(' ');
    const row = sheet.addRow([
      plan.parsed.rowNumber,
      plan.parsed.values.fullName,
      plan.parsed.values.citizenId ?? '',
      t.outcome[reportOutcome(plan)],
      messages,
    ]);
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: format(t.fileName, { date: today }), mimeType: XLSX_MIME, base64: buffer.toString('base64') };
}
