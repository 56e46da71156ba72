/**
 * The strength summary through the API router: as .xlsx read back with exceljs (numbers and shares
 * as numbers, the population of the date's year), its own number series beside the forces' lists,
 * and the refusal of a summary with no one to count.
 */
import { describe, expect, it } from 'vitest';
import { refusal } from '../db/test-helpers';
import { type TestCore, useOffice } from '../../../test/docs/document-scene';
import { sheetRows, sheetOf } from '../../../test/docs/pdf-checks';
import { buildForcesFixture } from '../../../test/docs/forces-fixture';

let core: TestCore;
const { generate } = useOffice(buildForcesFixture, (scene) => ({ core } = scene));

describe('strength summary as .xlsx', () => {
  it('writes the strength summary with numbers and shares as numbers', async () => {
    const file = await generate({ kind: 'forces.strengthSummary', format: 'xlsx' });
    const all = sheetRows(await sheetOf(file), 12);
    expect(all.find((r) => r[1] === 'Phường Đức Xuân')).toEqual([
      1,
      'Phường Đức Xuân',
      10000,
      6,
      0.06,
      2,
      33.3,
      0,
      6,
      5,
      0,
      4,
    ]);
    expect(all.find((r) => r[1] === 'Xã Xuất Hóa')).toEqual([3, 'Xã Xuất Hóa', null, 0, null, 0, null, 0, 0, 0, 0, 0]);
    expect(all.find((r) => r[1] === 'Tổng cộng')).toEqual([null, 'Tổng cộng', 15000, 7, 0.05, 2, 28.6, 1, 6, 5, 3, 6]);
    // The population of the date's year only: at the end of 2025 the ward had none entered.
    const y2025 = sheetRows(
      await sheetOf(await generate({ kind: 'forces.strengthSummary', format: 'xlsx', date: '2025-12-31' })),
      12,
    );
    expect(y2025.find((r) => r[1] === 'Phường Đức Xuân')!.slice(2, 5)).toEqual([null, 6, null]);
    expect(y2025.find((r) => r[1] === 'Xã Dương Quang')!.slice(2, 5)).toEqual([2000, 1, 0.05]);
  });
});

describe('documents.generate for the strength summary', () => {
  // The militia and reservist lists share the "DS" series; the summary takes "BC", from 1 each year.
  it('numbers each .docx from the year’s counter of its series', async () => {
    const first = await generate({ kind: 'reserves.roster' });
    const second = await generate({ kind: 'militia.termEnding' });
    expect(second.number).toBe(first.number! + 1);
    expect((await generate({ kind: 'forces.strengthSummary', date: '2027-01-05' })).number).toBe(1);
  });

  it('refuses a summary with no one to count', async () => {
    // Before anyone joined, the summary has no one to count.
    expect(
      await refusal(core, 'documents.generate', { kind: 'forces.strengthSummary', date: '2020-01-01' }),
    ).toMatchObject({ code: 'DOCUMENT_EMPTY' });
  });
});
