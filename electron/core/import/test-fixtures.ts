/**
 * Fixture workbooks in the shapes offices really send, written with exceljs by
 * the tests (and the bench): title rows and merged cells above the header,
 * columns in an unusual order, dates in every form, legacy-encoded sheets,
 * duplicate IDs, a formula, blank rows at the end.
 */
import ExcelJS from 'exceljs';
import { unicodeToTcvn3, unicodeToVni } from './test-encoders';

export const TITLE_1 = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TITLE_2 = 'DANH SÁCH CÔNG DÂN NAM TRONG ĐỘ TUỔI SẴN SÀNG NHẬP NGŨ';
/** Unusual order: ID first, sex before name, the ward after the village, a formula column last. */
export const OFFICE_HEADERS = [
  'Số CCCD',
  'Giới tính',
  'Họ và tên',
  'Ngày sinh',
  'Thôn/Tổ',
  'Xã/Phường',
  'Dân tộc',
  'Tuổi',
];

export interface OfficeRow {
  citizenId: string | number;
  sex: string;
  name: string;
  birth: unknown;
  village: string;
  ward: string;
}

export const OFFICE_ROWS: OfficeRow[] = [
  {
    citizenId: '001204001234',
    sex: 'Nam',
    name: 'nguyễn  văn an',
    birth: new Date(Date.UTC(2004, 1, 5)),
    village: 'Tổ 7',
    ward: 'P. Đức Xuân',
  },
  {
    citizenId: '001204001235',
    sex: 'nam',
    name: 'TRẦN VĂN BÌNH',
    birth: 38022,
    village: 'Tổ 7',
    ward: 'phường Đức Xuân',
  },
  {
    citizenId: '001304001236',
    sex: 'Nữ',
    name: 'Lê Thị Cúc',
    birth: '05/02/2004',
    village: 'Thôn Nà Pài',
    ward: 'Xã Dương Quang',
  },
  {
    citizenId: '001204001237',
    sex: 'NAM',
    name: 'Phạm Văn Dũng',
    birth: '5/2/2004',
    village: 'Thôn Nà Pài',
    ward: 'Duong Quang',
  },
  {
    citizenId: '001204001234',
    sex: 'nu',
    name: 'Hoàng Thị Én',
    birth: '05-02-2004',
    village: 'Tổ 7',
    ward: 'Đức Xuân',
  },
  { citizenId: 1204001239, sex: 'Nam', name: 'Vũ Văn Giang', birth: '05.02.2004', village: 'Tổ 7', ward: 'Đức Xuân' },
  { citizenId: '001204001240', sex: 'Nam', name: 'Đỗ Văn Hải', birth: '2004', village: 'Tổ 7', ward: 'Đức Xuân' },
  {
    citizenId: '001204001241',
    sex: 'x',
    name: 'Bùi Văn Khoa',
    birth: '31/02/2004',
    village: 'Tổ 9',
    ward: 'Phường Sông Cầu',
  },
];

/** Expected dates, row by row, for OFFICE_ROWS. */
export const OFFICE_DATES = [
  '2004-02-05',
  '2004-02-05',
  '2004-02-05',
  '2004-02-05',
  '2004-02-05',
  '2004-02-05',
  'year',
  'error',
];

function titleRows(sheet: ExcelJS.Worksheet, width: number): void {
  sheet.addRow([TITLE_1]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.addRow([TITLE_2]);
  sheet.mergeCells(2, 1, 2, width);
  sheet.addRow([]);
}

/** Two merged title rows, a blank row, the header on row 4, data from row 5, three styled blank rows at the end. */
export async function officeWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS công dân');
  titleRows(sheet, OFFICE_HEADERS.length);
  sheet.addRow(OFFICE_HEADERS);
  OFFICE_ROWS.forEach((row) => {
    const excelRow = sheet.addRow([row.citizenId, row.sex, row.name, row.birth, row.village, row.ward, 'Kinh']);
    if (row.birth instanceof Date) excelRow.getCell(4).numFmt = 'dd/mm/yyyy';
    // Age in 2024: a formula whose cached result the reader must give.
    excelRow.getCell(8).value = { formula: '2024-2004', result: 20 };
  });
  for (let i = 0; i < 3; i++) {
    const blank = sheet.addRow(['', null, '']);
    blank.getCell(1).border = { top: { style: 'thin' } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const LEGACY_NAMES = [
  'Nguyễn Văn An',
  'Trần Thị Hằng',
  'Đặng Quốc Việt',
  'Phùng Chí Kiên',
  'Lương Thị Mỹ Duyên',
];
export const LEGACY_VILLAGES = ['Thôn Đông', 'Tổ 7', 'Thôn Nà Pài', 'Tổ dân phố Sông Cầu', 'Thôn Bản Giềng'];

/** A sheet typed with the ABC (TCVN3) or VNI keyboard, in its legacy font, with its header typed the same way. */
export async function legacyWorkbook(encoding: 'tcvn3' | 'vni'): Promise<Buffer> {
  const encode = encoding === 'tcvn3' ? unicodeToTcvn3 : unicodeToVni;
  const font = encoding === 'tcvn3' ? '.VnTime' : 'VNI-Times';
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([encode('DANH SÁCH DÂN QUÂN')]);
  sheet.mergeCells(1, 1, 1, 4);
  sheet.addRow(['STT', encode('Họ và tên'), encode('Năm sinh'), encode('Thôn/Tổ'), encode('Giới tính')]);
  LEGACY_NAMES.forEach((name, i) => {
    sheet.addRow([
      i + 1,
      encode(name),
      1990 + i,
      encode(LEGACY_VILLAGES[i]!),
      encode(i === 1 || i === 4 ? 'Nữ' : 'Nam'),
    ]);
  });
  sheet.eachRow((row) => row.eachCell((cell) => (cell.font = { name: font, size: 13 })));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A two-level header: "Ngày sinh" merged over "Nam" | "Nữ", the other headers merged down two rows. */
export async function twoLevelHeaderWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  titleRows(sheet, 5);
  sheet.addRow(['TT', 'Họ và tên', 'Ngày sinh', null, 'Nơi ở hiện nay']);
  sheet.addRow([null, null, 'Nam', 'Nữ', null]);
  for (const col of [1, 2, 5]) sheet.mergeCells(4, col, 5, col);
  sheet.mergeCells(4, 3, 4, 4);
  sheet.addRow([1, 'Nguyễn Văn An', '12/3/2005', null, 'Tổ 7']);
  sheet.addRow([2, 'Lê Thị Bích', null, '2006', 'Tổ 8']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A large sheet (the bench's and the scale test's): title rows, then `count` people with dates as date cells. */
export async function largeWorkbook(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  titleRows(sheet, 10);
  sheet.addRow([
    'STT',
    'Họ đệm',
    'Tên',
    'Ngày sinh',
    'Giới tính',
    'Số CCCD',
    'Thôn/Tổ',
    'Dân tộc',
    'Nghề nghiệp',
    'Ghi chú',
  ]);
  const given = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Khoa', 'Long', 'Minh', 'Nam', 'Phúc'];
  for (let i = 0; i < count; i++) {
    const row = sheet.addRow([
      i + 1,
      i % 3 === 0 ? 'Nguyễn Văn' : 'Trần Đức',
      given[i % given.length],
      new Date(Date.UTC(1990 + (i % 15), i % 12, 1 + (i % 28))),
      i % 2 === 0 ? 'Nam' : 'Nữ',
      `0012${String(i).padStart(8, '0')}`,
      `Tổ ${1 + (i % 20)}`,
      'Kinh',
      'Làm ruộng',
      '',
    ]);
    row.getCell(4).numFmt = 'dd/mm/yyyy';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
