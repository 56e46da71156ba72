/**
 * "Tải tệp mẫu": a sample workbook for each import target, answering the clerk's "which columns
 * do you expect?". Its header names are ones the import's own header finder recognises, so the
 * sample imports as it is (sample.test.ts proves it), and a "Hướng dẫn" sheet says what each
 * column accepts. Same look as the list exports (./export/list-xlsx.ts): Times New Roman, a
 * title row, a bold frozen header, dates as real date cells shown dd/mm/yyyy.
 */
import ExcelJS from 'exceljs';
import { XLSX_MIME } from '../export';
import { format, vi } from '../messages/vi';
import { targetFieldsOf, type ImportFieldKey, type ImportTarget } from './mapping';

const t = vi.import.sample;

/**
 * The fields a sample leaves out: the other ways of writing a name, a birth year or the sex
 * (one column each is the way to recommend), the address and the parents (kept in the notes).
 */
type SampleField = Exclude<
  ImportFieldKey,
  | 'sequence'
  | 'familyAndMiddleName'
  | 'familyName'
  | 'middleName'
  | 'givenName'
  | 'birthYear'
  | 'maleMark'
  | 'femaleMark'
  | 'locality'
  | 'address'
  | 'fatherName'
  | 'motherName'
  | 'parentNames'
>;

// Checked by the compiler: a target field added to mapping.ts without a header or a line in the guide fails here.
const HEADERS: Record<SampleField, string> = t.headers;
const GUIDE: Record<Exclude<SampleField, 'unit'>, string> = t.guide.fields;

const PERSON_COLUMNS: readonly SampleField[] = [
  'fullName',
  'birthDate',
  'sex',
  'citizenId',
  'village',
  'commune',
  'ethnicity',
  'religion',
  'education',
  'occupation',
  'phone',
];
const DATE_FIELDS: ReadonlySet<SampleField> = new Set([
  'birthDate',
  'startedOn',
  'serviceFrom',
  'serviceTo',
  'registeredOn',
]);

const FONT = 'Times New Roman';
const DATE_FORMAT = 'dd/mm/yyyy';
const TEXT_FORMAT = '@';
/** Title, note, blank, header: the examples start on row 5 (the note says so). */
const HEADER_ROW = 4;

/** The person's columns, the target's own, then the notes. */
export function sampleColumns(target: ImportTarget): SampleField[] {
  return [...PERSON_COLUMNS, ...(targetFieldsOf(target) as SampleField[]), 'notes'];
}

/** The two example people with the target's own values. */
export function sampleRows(target: ImportTarget): Array<Partial<Record<SampleField, string>>> {
  const extra: ReadonlyArray<Partial<Record<SampleField, string>>> = t.targets[target];
  return t.people.map((person, i) => ({ ...person, ...extra[i] }));
}

/**
 * A dd/mm/yyyy example as a date cell at midnight UTC (zone-free, as the exports write them).
 * The first person's birth date stays typed text: offices' lists hold both, and both import.
 */
function cellValue(field: SampleField, value: string | undefined, rowIndex: number): ExcelJS.CellValue {
  if (value === undefined || value === '') return null;
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!date || !DATE_FIELDS.has(field) || (field === 'birthDate' && rowIndex === 0)) return value;
  return new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])));
}

function guideText(target: ImportTarget, field: SampleField): string {
  if (field !== 'unit') return GUIDE[field];
  return target === 'reservists' ? t.guide.unit.reservists : t.guide.unit.militia;
}

function addDataSheet(workbook: ExcelJS.Workbook, target: ImportTarget, fields: readonly SampleField[]) {
  const sheet = workbook.addWorksheet(t.sheet, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const rows = sampleRows(target).map((row, r) => fields.map((field) => cellValue(field, row[field], r)));
  // Column formats first, so the cells the clerk types later take them too (IDs stay text).
  sheet.columns = fields.map((field, i) => {
    const longest = Math.max(
      ...HEADERS[field].split(' ').map((word) => word.length),
      ...rows.map((row) => (row[i] instanceof Date ? 10 : String(row[i] ?? '').length)),
    );
    return {
      width: Math.min(30, Math.max(8, longest + 3)),
      style: { font: { name: FONT, size: 12 }, numFmt: DATE_FIELDS.has(field) ? DATE_FORMAT : TEXT_FORMAT },
    };
  });
  sheet.addRow([t.titles[target].toLocaleUpperCase('vi')]).getCell(1).font = { name: FONT, size: 13, bold: true };
  sheet.addRow([t.note]).getCell(1).font = { name: FONT, size: 12, italic: true };
  sheet.addRow([]);
  const header = sheet.addRow(fields.map((field) => HEADERS[field]));
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  for (const cells of rows) sheet.addRow(cells);
}

/**
 * One line per column: its letter, then its header (bold) and what it accepts in one cell. One
 * cell, not two: a row holding a header name beside a short text naming another column would
 * pass for a header row itself, and the import would offer this sheet as a list.
 */
function addGuideSheet(workbook: ExcelJS.Workbook, target: ImportTarget, fields: readonly SampleField[]) {
  const sheet = workbook.addWorksheet(t.guide.sheet);
  const font = { name: FONT, size: 12 };
  sheet.columns = [8, 110].map((width) => ({ width, style: { font, alignment: { vertical: 'top', wrapText: true } } }));
  const title = sheet.addRow([format(t.guide.title, { target: vi.import.targets[target] }).toLocaleUpperCase('vi')]);
  title.getCell(1).font = { ...font, size: 13, bold: true };
  // The title and intro lines run across the empty cells to their right: no wrapping in the narrow first column.
  title.getCell(1).alignment = { wrapText: false };
  for (const line of t.guide.intro) sheet.addRow([`– ${line}`]).getCell(1).alignment = { wrapText: false };
  sheet.addRow([]);
  const header = sheet.addRow([...t.guide.columns]);
  header.eachCell((cell) => (cell.font = { ...font, bold: true }));
  const data = workbook.getWorksheet(t.sheet)!;
  fields.forEach((field, i) => {
    const text: ExcelJS.CellRichTextValue = {
      richText: [
        { text: HEADERS[field], font: { ...font, bold: true } },
        { text: `: ${guideText(target, field)}`, font },
      ],
    };
    sheet.addRow([data.getColumn(i + 1).letter, text]);
  });
}

export async function sampleWorkbook(target: ImportTarget) {
  const fields = sampleColumns(target);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'QSĐP';
  addDataSheet(workbook, target, fields);
  addGuideSheet(workbook, target, fields);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: format(t.fileName, { target: vi.import.targets[target] }),
    mimeType: XLSX_MIME,
    base64: buffer.toString('base64'),
  };
}
