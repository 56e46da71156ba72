import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../db/focus-test-helpers';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { EquipmentItemPage } from './public-types';
import { kindsByName, move, stocktake } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

// The test clock stands still: every movement and stocktake is written at the same moment, so
// rows of one day tie on date and time and only the id orders them.

describe('the equipment lists with focusId', () => {
  it('items: the page showing the piece under each filter', async () => {
    const kinds = await kindsByName(core);
    const ak = kinds['Súng tiểu liên AK']!;
    const radio = kinds['Máy thông tin']!;
    for (let i = 0; i < 9; i++)
      await move(core, 'receive', '2024-03-01', [{ kindId: ak.id, serial: `AK-${i % 3}${i}` }]);
    for (let i = 0; i < 5; i++) await move(core, 'receive', '2024-03-02', [{ kindId: radio.id, serial: `AK-${i}` }]);
    const method = 'equipment.items.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 4),
      await expectFocusFindsEachRow(core, method, { kindId: ak.id }, 2),
      await expectFocusFindsEachRow(core, method, { search: 'ak-1' }, 1),
    ];
    expect(checked).toEqual([14, 9, 4]);
    const radios = await call<EquipmentItemPage>(core, method, { kindId: radio.id });
    await expectFocusOutside(core, method, { kindId: ak.id, pageSize: 2 }, radios.rows[0]!.id);
  });

  it('movements: the page showing the movement, ties on day and time included', async () => {
    const ammo = (await kindsByName(core))['Đạn các loại']!;
    const receipts = [];
    for (let i = 0; i < 11; i++)
      receipts.push(await move(core, 'receive', `2024-0${3 + (i % 3)}-01`, [{ kindId: ammo.id, quantity: 10 }]));
    for (let i = 0; i < 4; i++) await move(core, 'write_off', '2024-06-01', [{ kindId: ammo.id, quantity: 1 }]);
    const method = 'equipment.movements.list';
    const checked = [
      await expectFocusFindsEachRow(core, method, {}, 4),
      await expectFocusFindsEachRow(core, method, { kind: 'receive', to: '2024-04-30' }, 3),
    ];
    expect(checked).toEqual([15, 8]);
    await expectFocusOutside(core, method, { kind: 'write_off', pageSize: 2 }, receipts[0]!.id);
  });

  it('stocktakes: the page showing the stocktake', async () => {
    const ammo = (await kindsByName(core))['Đạn các loại']!;
    for (let i = 0; i < 7; i++) await stocktake(core, `2024-0${1 + (i % 2)}-15`, [{ kindId: ammo.id, counted: i }]);
    expect(await expectFocusFindsEachRow(core, 'equipment.stocktakes.list', {}, 3)).toBe(7);
  });
});
