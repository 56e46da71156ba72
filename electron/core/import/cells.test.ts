import { describe, expect, it } from 'vitest';
import {
  excelSerialToDate,
  normaliseName,
  parseCitizenIdCell,
  parseDateCell,
  parseSex,
  sexFromMarkColumns,
} from './cells';
import { matchLocality } from './locality-match';

describe('parseDateCell', () => {
  it('reads Excel serial numbers as calendar dates, around the 1900 leap-year bug', () => {
    expect(parseDateCell(38022)).toEqual({ kind: 'date', date: '2004-02-05' });
    expect(parseDateCell(38022.75)).toEqual({ kind: 'date', date: '2004-02-05' });
    expect(excelSerialToDate(1)).toEqual({ kind: 'date', date: '1900-01-01' });
    expect(excelSerialToDate(59)).toEqual({ kind: 'date', date: '1900-02-28' });
    expect(excelSerialToDate(60).kind).toBe('error');
    expect(excelSerialToDate(61)).toEqual({ kind: 'date', date: '1900-03-01' });
    expect(excelSerialToDate(36951)).toEqual({ kind: 'date', date: '2001-03-01' });
  });

  it('takes the UTC calendar day of Date objects from exceljs', () => {
    expect(parseDateCell(new Date(Date.UTC(2004, 1, 5)))).toEqual({ kind: 'date', date: '2004-02-05' });
    // A serial's floating-point error a hair before midnight still lands on the right day.
    expect(parseDateCell(new Date(Date.UTC(2004, 1, 5) - 1))).toEqual({ kind: 'date', date: '2004-02-05' });
  });

  it('reads day-first strings with any separator, with or without leading zeros', () => {
    for (const value of ['05/02/2004', '5/2/2004', '05-02-2004', '05.02.2004', ' 5 / 2 / 2004 ', '2004-02-05'])
      expect(parseDateCell(value), value).toEqual({ kind: 'date', date: '2004-02-05' });
  });

  it('keeps a year alone as year-only with a warning', () => {
    for (const value of ['2004', 2004]) {
      const cell = parseDateCell(value);
      expect(cell).toMatchObject({ kind: 'year', year: 2004, date: '2004-01-01' });
      expect(cell.kind === 'year' && cell.warning).toContain('2004');
    }
  });

  it('refuses impossible and unreadable dates with a Vietnamese message', () => {
    expect(parseDateCell('31/02/2004')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('không có thật'),
    });
    expect(parseDateCell('29/02/2003').kind).toBe('error');
    expect(parseDateCell('29/02/2004')).toEqual({ kind: 'date', date: '2004-02-29' });
    expect(parseDateCell('13/13/2004').kind).toBe('error');
    expect(parseDateCell('05/02/04')).toMatchObject({ kind: 'error', message: expect.stringContaining('4 chữ số') });
    expect(parseDateCell('mùng 5 tháng 2')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('Không hiểu ngày'),
    });
    expect(parseDateCell('1850').kind).toBe('error');
  });

  it('treats blanks as empty', () => {
    expect(parseDateCell(null)).toEqual({ kind: 'empty' });
    expect(parseDateCell('   ')).toEqual({ kind: 'empty' });
  });

  it('gives the same dates under TZ=Asia/Ho_Chi_Minh and TZ=UTC', () => {
    const cells: unknown[] = [38022, new Date(Date.UTC(2004, 1, 5)), '05/02/2004', 61, '2004', '5.2.2004'];
    const underZone = (tz: string) => {
      // Node applies a changed TZ at once; the offset proves the zone really switched.
      process.env.TZ = tz;
      const offset = new Date(Date.UTC(2004, 1, 5)).getTimezoneOffset();
      return { offset, dates: cells.map((cell) => JSON.stringify(parseDateCell(cell))) };
    };
    const saved = process.env.TZ;
    try {
      const hcm = underZone('Asia/Ho_Chi_Minh');
      const utc = underZone('UTC');
      expect(hcm.offset).toBe(-420);
      expect(utc.offset).toBe(0);
      expect(hcm.dates).toEqual(utc.dates);
      expect(hcm.dates.map((d) => (JSON.parse(d) as { date: string }).date)).toEqual([
        '2004-02-05',
        '2004-02-05',
        '2004-02-05',
        '1900-03-01',
        '2004-01-01',
        '2004-02-05',
      ]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('parseSex', () => {
  it('reads Nam/Nữ in any case and without diacritics', () => {
    for (const value of ['Nam', 'nam', 'NAM', ' Nam. ', 'M'])
      expect(parseSex(value)).toEqual({ kind: 'sex', sex: 'M' });
    for (const value of ['Nữ', 'nữ', 'NỮ', 'nu', 'Nu', 'F']) expect(parseSex(value)).toEqual({ kind: 'sex', sex: 'F' });
    expect(parseSex('')).toEqual({ kind: 'empty' });
    expect(parseSex('khác')).toMatchObject({ kind: 'error', message: expect.stringContaining('khác') });
  });

  it('reads a mark (x or the birth year) in separate Nam / Nữ columns', () => {
    expect(sexFromMarkColumns(null, 'x')).toEqual({ kind: 'sex', sex: 'F' });
    expect(sexFromMarkColumns('X', '')).toEqual({ kind: 'sex', sex: 'M' });
    expect(sexFromMarkColumns('', 2004)).toEqual({ kind: 'sex', sex: 'F' });
    expect(sexFromMarkColumns('x', 'x').kind).toBe('error');
    expect(sexFromMarkColumns(null, undefined)).toEqual({ kind: 'empty' });
  });
});

describe('normaliseName', () => {
  it('collapses spaces, capitalises each word and composes to NFC', () => {
    expect(normaliseName('  nguyễn   VĂN\u00a0an ')).toBe('Nguyễn Văn An');
    const decomposed = 'Nguyễn Thị Ánh'.normalize('NFD');
    expect(normaliseName(decomposed)).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(normaliseName('ĐẶNG đình ĐỨC')).toBe('Đặng Đình Đức');
    expect(normaliseName(null)).toBe('');
  });
});

describe('matchLocality', () => {
  const localities = [
    { id: 'w1', name: 'Phường Đức Xuân' },
    { id: 'w2', name: 'Phường Tô Hiệu' },
    { id: 'c1', name: 'Xã Dương Quang' },
    { id: 'v1', name: 'Tổ 7', parentId: 'w1' },
    { id: 'v2', name: 'Tổ 7', parentId: 'w2' },
    { id: 'v3', name: 'Thôn Nà Pài', parentId: 'c1' },
  ];

  it('ignores case, diacritics and prefixes', () => {
    for (const name of ['P. Đức Xuân', 'phường Đức Xuân', 'P.Đức Xuân', 'DUC XUAN', 'Đức Xuân'])
      expect(matchLocality(name, localities), name).toEqual({ kind: 'match', id: 'w1' });
    for (const name of ['Xã Dương Quang', 'Duong Quang', 'xa duong quang', 'X. Dương Quang'])
      expect(matchLocality(name, localities), name).toEqual({ kind: 'match', id: 'c1' });
    expect(matchLocality('Tô Hiệu', localities)).toEqual({ kind: 'match', id: 'w2' });
    expect(matchLocality('thon na pai', localities)).toEqual({ kind: 'match', id: 'v3' });
  });

  it('settles same-named villages by the parent and reports the rest', () => {
    expect(matchLocality('Tổ 7', localities)).toEqual({ kind: 'ambiguous', ids: ['v1', 'v2'] });
    expect(matchLocality('tổ 7', localities, { parentId: 'w2' })).toEqual({ kind: 'match', id: 'v2' });
    expect(matchLocality('Phường Sông Cầu', localities)).toEqual({ kind: 'none' });
    expect(matchLocality('  ', localities)).toEqual({ kind: 'none' });
  });
});

describe('parseCitizenIdCell', () => {
  it('restores the leading zeros Excel dropped: 12 digits from 10–11, a legacy 9-digit CMND from 8', () => {
    expect(parseCitizenIdCell(6204001234)).toMatchObject({ kind: 'id', citizenId: '006204001234' });
    expect(parseCitizenIdCell(12345678)).toMatchObject({
      kind: 'id',
      citizenId: '012345678',
      warning: expect.stringContaining('CMND'),
    });
    expect(parseCitizenIdCell(95123456)).toMatchObject({ citizenId: '095123456' });
    expect(parseCitizenIdCell(123456789)).toEqual({ kind: 'id', citizenId: '123456789' });
    expect(parseCitizenIdCell('095 123 456')).toEqual({ kind: 'id', citizenId: '095123456' });
  });
});
