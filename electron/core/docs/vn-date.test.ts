import { describe, expect, it } from 'vitest';
import { documentDateLine, documentDateText, documentNumberLine } from './vn-date';

describe('documentDateText (Decree 30: zero-pad days below 10 and months 1–2)', () => {
  it.each([
    ['2024-03-09', 'ngày 09 tháng 3 năm 2024'],
    ['2024-03-10', 'ngày 10 tháng 3 năm 2024'],
    ['2026-01-05', 'ngày 05 tháng 01 năm 2026'],
    ['2024-02-05', 'ngày 05 tháng 02 năm 2024'],
    ['2024-02-29', 'ngày 29 tháng 02 năm 2024'],
    ['2024-03-15', 'ngày 15 tháng 3 năm 2024'],
    ['2024-09-01', 'ngày 01 tháng 9 năm 2024'],
    ['2024-10-01', 'ngày 01 tháng 10 năm 2024'],
    ['2025-12-20', 'ngày 20 tháng 12 năm 2025'],
  ])('%s → %s', (iso, expected) => {
    expect(documentDateText(iso)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => documentDateText('2025-02-29')).toThrow(RangeError);
    expect(() => documentDateText('05/02/2024')).toThrow(RangeError);
  });
});

describe('documentDateLine', () => {
  it('puts the place name before the date', () => {
    expect(documentDateLine('Bắc Kạn', '2024-02-05')).toBe('Bắc Kạn, ngày 05 tháng 02 năm 2024');
    expect(documentDateLine(' Thái Nguyên ', '2025-12-20')).toBe('Thái Nguyên, ngày 20 tháng 12 năm 2025');
  });
});

describe('documentNumberLine', () => {
  it('pads numbers below 10 with a zero', () => {
    expect(documentNumberLine(1, 'BC', 'BCH')).toBe('Số: 01/BC-BCH');
    expect(documentNumberLine(5, 'BC', 'BCH')).toBe('Số: 05/BC-BCH');
    expect(documentNumberLine(9, 'KH', 'BCH')).toBe('Số: 09/KH-BCH');
    expect(documentNumberLine(10, 'KH', 'BCH')).toBe('Số: 10/KH-BCH');
    expect(documentNumberLine(125, 'QĐ', 'BCH')).toBe('Số: 125/QĐ-BCH');
  });

  it('leaves a blank for the number of a draft', () => {
    expect(documentNumberLine(null, 'BC', 'BCH')).toBe('Số:      /BC-BCH');
  });

  it('refuses numbers a register cannot give', () => {
    expect(() => documentNumberLine(0, 'BC', 'BCH')).toThrow(RangeError);
    expect(() => documentNumberLine(2.5, 'BC', 'BCH')).toThrow(RangeError);
  });
});
