/**
 * The import wizard titles the values each target's rows carry and offers to create the localities
 * the core reports as unknown. (The fields each target accepts, and their labels, are the shared
 * vocabulary's, which the core's mapping is keyed by: test/unit/vocabulary.test.ts.) These tests fail
 * when the core changes what its rows carry without the wizard following.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../../electron/core/db/test-helpers';
import {
  inspect,
  maleId,
  peopleWorkbook,
  preview,
  seedLocalities,
} from '../../electron/core/import/people-import-fixtures';
import type { ImportFieldKey } from '../../electron/core/import/mapping';
import type { RowCells } from '../../electron/core/import/row-reader';
import { conscriptionTarget } from '../../electron/core/import/targets/conscription';
import { militiaTarget } from '../../electron/core/import/targets/militia';
import { reservistsTarget } from '../../electron/core/import/targets/reservists';
import {
  columnLetter,
  fieldOptions,
  SKIP_COLUMN,
  targetValueText,
  targetValueTitle,
  unknownLocalities,
} from '../../renderer/src/features/import/import-fields';

let core: ReturnType<typeof createTestCore> | null = null;
afterEach(() => core?.dispose());

describe('import wizard fields', () => {
  it("starts each target's choices with skipping the column", () => {
    expect(fieldOptions('militia')[0]).toEqual({ value: SKIP_COLUMN, label: '— Bỏ qua cột này —' });
  });

  it('offers to create the localities the core reports unknown, by the name in the cell, and no other', async () => {
    core = createTestCore();
    await seedLocalities(core);
    const rows = [
      ['Vũ Văn Giang', '05/02/2004', 'Nam', maleId(2004, 1), 'Tổ 99', 'Đức Xuân'],
      ['Bùi Văn Khoa', '05/02/2004', 'Nam', maleId(2004, 2), '', 'Phường  Tân Thịnh'],
      // A known locality and an impossible date: errors, but nothing to create.
      ['Lê Văn Cường', '31/02/2004', 'Nam', maleId(2004, 3), 'Tổ 7', 'Đức Xuân'],
    ] as const;
    const { token } = await inspect(core, await peopleWorkbook(rows.map((r) => [...r])));
    const [giang, khoa, cuong] = (await preview(core, token)).rows;
    expect(unknownLocalities(giang!)).toEqual([{ name: 'Tổ 99', field: 'village' }]);
    // The cell's text, tidied as the core reads it.
    expect(unknownLocalities(khoa!)).toEqual([{ name: 'Phường Tân Thịnh', field: 'commune' }]);
    expect(cuong!.errors.length).toBeGreaterThan(0);
    expect(unknownLocalities(cuong!)).toEqual([]);
  });

  it("titles every value the other lists' rows carry, and shows their dates as dd/mm/yyyy", () => {
    const cells = (values: Partial<Record<ImportFieldKey, string>>): RowCells => ({
      column: (field) => (field in values ? 0 : undefined),
      raw: (field) => values[field] ?? null,
      text: (field) => values[field] ?? '',
    });
    const today = '2026-11-27';
    const rows = {
      conscription: conscriptionTarget.parse(
        cells({ healthClass: '2' }),
        { campaignId: 'c', campaignTitle: '' },
        today,
      ),
      militia: militiaTarget.parse(cells({ startedOn: '01/03/2024' }), { units: new Map() }, today),
      reservists: reservistsTarget.parse(cells({ serviceFrom: '05/02/2020' }), { specialties: new Map() }, today),
    };
    for (const [target, row] of Object.entries(rows)) {
      const keys = Object.keys(row.values);
      expect(keys.length, target).toBeGreaterThan(0);
      for (const key of keys) expect(targetValueTitle(key), `${target}.${key}`).toMatch(/\p{L}/u);
    }
    expect(targetValueTitle('state')).toBe('Trạng thái');
    expect(targetValueText('startedOn', rows.militia.values.startedOn!)).toBe('01/03/2024');
    expect(targetValueText('serviceFrom', rows.reservists.values.serviceFrom!)).toBe('05/02/2020');
    expect(targetValueText('registeredOn', rows.reservists.values.registeredOn!)).toBe('27/11/2026');
    expect(targetValueText('healthClass', rows.conscription.values.healthClass!)).toBe('2');
    expect(targetValueText('unit', null)).toBe('');
  });

  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
