import { describe, expect, it } from 'vitest';
import { normaliseName, parseCitizenIdCell, parseDateCell, parseSex } from './cells';
import { largeWorkbook } from './test-fixtures';
import { cellInUnicode, duplicateValues, prepareSheet } from './prepare';
import { readWorkbook } from './workbook';

describe('a 20,000-row sheet', () => {
  it('is read, its header found and every row parsed to the expected values', async () => {
    const buffer = await largeWorkbook(20_000);
    const book = await readWorkbook(buffer, 'lon.xlsx');
    const sheet = prepareSheet(book.sheets[0]!, 'people')!;
    expect(sheet.header.index).toBe(3);
    expect(sheet.rows).toHaveLength(20_000);
    expect(sheet.rowNumbers[19_998]).toBe(20_003);
    expect(sheet.mapping.map((m) => m.field)).toEqual([
      null,
      'familyAndMiddleName',
      'givenName',
      'birthDate',
      'sex',
      'citizenId',
      'village',
      'ethnicity',
      'occupation',
      'notes',
    ]);
    expect(sheet.encodings.slice(1, 3)).toEqual(['unicode', 'unicode']);
    let dates = 0;
    let females = 0;
    for (const row of sheet.rows) {
      const name = normaliseName(`${String(cellInUnicode(row[1], sheet.encodings[1]!))} ${String(row[2])}`);
      if (name.split(' ').length < 3) throw new Error(`bad name ${name}`);
      if (parseDateCell(row[3]).kind === 'date') dates += 1;
      const sex = parseSex(row[4]);
      if (sex.kind === 'sex' && sex.sex === 'F') females += 1;
      if (parseCitizenIdCell(row[5]).kind !== 'id') throw new Error('bad id');
    }
    expect(dates).toBe(20_000);
    expect(females).toBe(10_000);
    // Data row i = 19,998: year 1990 + 19,998 % 15 = 1993, month 19,998 % 12 + 1 = 7, day 19,998 % 28 + 1 = 7.
    expect(parseDateCell(sheet.rows[19_998]![3])).toEqual({ kind: 'date', date: '1993-07-07' });
    expect(
      duplicateValues(
        sheet.rows.map((row) => row[5]!),
        sheet.rowNumbers,
      ).size,
    ).toBe(0);
  }, 60_000);
});
