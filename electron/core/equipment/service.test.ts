import { beforeEach, describe, expect, it } from 'vitest';
import { auditFor } from '../db/audit';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import { person, wardWithUnits } from '../militia/test-fixtures';
import type { MilitiaMember, MilitiaUnit } from '../militia';
import type {
  EquipmentItemHistory,
  EquipmentItemPage,
  EquipmentKind,
  EquipmentStockPage,
  EquipmentStocktakePage,
} from './public-types';
import { kindsByName, move, moveInput, stocktake } from './test-steps';

let core: TestCore;
useTestCore((c) => (core = c));

const count = (table: string) => (core.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

let ak: EquipmentKind;
let ammo: EquipmentKind;
let platoon: MilitiaUnit;
let squad: MilitiaUnit;

beforeEach(async () => {
  const kinds = await kindsByName(core);
  ak = kinds['Súng tiểu liên AK']!;
  ammo = kinds['Đạn các loại']!;
  ({ platoon, squad } = await wardWithUnits(core));
});

const stockOf = async (kindId: string, asOf: string) =>
  (await call<EquipmentStockPage>(core, 'equipment.stock', { asOf, pageSize: 200 })).rows.find((r) => r.id === kindId)!;

describe('the kinds', () => {
  it('seeds the vocabulary, serial for guns and radios, counted for ammunition', async () => {
    const kinds = await kindsByName(core);
    expect(kinds['Súng tiểu liên AK']).toMatchObject({ unit: 'khẩu', serialTracked: true });
    expect(kinds['Máy thông tin']).toMatchObject({ unit: 'bộ', serialTracked: true });
    expect(kinds['Đạn các loại']).toMatchObject({ unit: 'viên', serialTracked: false });
    expect(kinds['Lựu đạn']).toMatchObject({ unit: 'quả', serialTracked: false });
  });

  it('adds a kind of the office, refuses a second one of the same name, and audits both changes', async () => {
    const kind = await call<EquipmentKind>(core, 'equipment.kind.create', {
      name: 'Phao tròn',
      unit: 'cái',
      serialTracked: false,
    });
    expect(
      await refusal(core, 'equipment.kind.create', { name: 'Phao tròn', unit: 'cái', serialTracked: false }),
    ).toMatchObject({
      code: 'CONFLICT_EQUIPMENT_KIND_NAME',
      message: 'Loại "Phao tròn" đã có trong danh mục vũ khí, trang bị.',
    });
    const renamed = await call<EquipmentKind>(core, 'equipment.kind.update', {
      id: kind.id,
      version: 1,
      name: 'Phao tròn cứu sinh',
      unit: 'cái',
    });
    expect(renamed.version).toBe(2);
    expect(
      await refusal(core, 'equipment.kind.update', { id: kind.id, version: 1, name: 'X', unit: 'cái' }),
    ).toMatchObject({
      code: 'CONFLICT_VERSION',
    });
    expect(auditFor(core.db, 'equipment_kind', kind.id).map((a) => a.action)).toEqual(['create', 'update']);
  });
});

describe('serial pieces', () => {
  it('receives guns by serial and refuses a serial already in the book ("đã có trong sổ"), writing nothing', async () => {
    await move(
      core,
      'receive',
      '2023-01-05',
      [
        { kindId: ak.id, serial: 'AK-001' },
        { kindId: ak.id, serial: 'AK-002' },
      ],
      {
        source: 'Bộ CHQS tỉnh cấp',
      },
    );
    const before = count('equipment_movements');
    const error = await refusal(
      core,
      'equipment.movement.create',
      moveInput('receive', '2023-02-01', [
        { kindId: ak.id, serial: 'AK-003' },
        { kindId: ak.id, serial: 'AK-001' },
      ]),
    );
    expect(error).toMatchObject({
      code: 'CONFLICT_EQUIPMENT_SERIAL',
      fieldErrors: { 'lines.1.serial': expect.any(String) },
    });
    expect(error.message).toContain('Súng tiểu liên AK số hiệu AK-001 đã có trong sổ');
    expect(error.message).toContain('Luật Dân quân tự vệ năm 2019');
    // All or nothing: AK-003 of the refused receipt is not in the book.
    expect(count('equipment_movements')).toBe(before);
    expect(count('equipment_items')).toBe(2);
    expect(await stockOf(ak.id, '2023-06-30')).toMatchObject({ owned: 2, issued: 0, inStore: 2 });
  });

  it('refuses to issue a gun already issued and not returned ("đã cấp cho … ngày …"), then issues it after its return', async () => {
    await move(core, 'receive', '2023-01-05', [{ kindId: ak.id, serial: 'AK-001' }]);
    await move(core, 'issue', '2023-02-10', [{ kindId: ak.id, serial: 'AK-001' }], { unitId: platoon.id });
    const error = await refusal(
      core,
      'equipment.movement.create',
      moveInput('issue', '2023-03-01', [{ kindId: ak.id, serial: 'AK-001' }], { unitId: squad.id }),
    );
    expect(error.code).toBe('RULE_EQUIPMENT_ALREADY_ISSUED');
    expect(error.message).toContain(
      'Súng tiểu liên AK số hiệu AK-001 đã cấp cho Trung đội cơ động (Phường Đức Xuân) ngày 10/02/2023, chưa thu hồi',
    );
    // A return by another holder than the one holding it is refused too.
    expect(
      (
        await refusal(
          core,
          'equipment.movement.create',
          moveInput('return', '2023-03-01', [{ kindId: ak.id, serial: 'AK-001' }], { unitId: squad.id }),
        )
      ).code,
    ).toBe('RULE_EQUIPMENT_OTHER_HOLDER');
    await move(core, 'return', '2023-03-05', [{ kindId: ak.id, serial: 'AK-001' }], { unitId: platoon.id });
    await move(core, 'issue', '2023-03-06', [{ kindId: ak.id, serial: 'AK-001' }], { unitId: squad.id });
    const items = await call<EquipmentItemPage>(core, 'equipment.items.list', { kindId: ak.id });
    expect(items.rows[0]).toMatchObject({
      serial: 'AK-001',
      issuedTo: { name: 'Tiểu đội 1 (Phường Đức Xuân)', since: '2023-03-06' },
    });
    const history = await call<EquipmentItemHistory>(core, 'equipment.item.history', { id: items.rows[0]!.id });
    expect(history.movements.map((m) => [m.kind, m.movedOn])).toEqual([
      ['receive', '2023-01-05'],
      ['issue', '2023-02-10'],
      ['return', '2023-03-05'],
      ['issue', '2023-03-06'],
    ]);
  });

  it('refuses a back-dated issue that overlaps a later one, and anything after a write-off', async () => {
    await move(core, 'receive', '2023-01-05', [{ kindId: ak.id, serial: 'AK-001' }]);
    await move(core, 'issue', '2023-03-01', [{ kindId: ak.id, serial: 'AK-001' }], { unitId: platoon.id });
    expect(
      (
        await refusal(
          core,
          'equipment.movement.create',
          moveInput('issue', '2023-02-01', [{ kindId: ak.id, serial: 'AK-001' }], { unitId: squad.id }),
        )
      ).code,
    ).toBe('RULE_EQUIPMENT_ALREADY_ISSUED');
    expect(
      (
        await refusal(
          core,
          'equipment.movement.create',
          moveInput('write_off', '2023-04-01', [{ kindId: ak.id, serial: 'AK-001' }]),
        )
      ).code,
    ).toBe('RULE_EQUIPMENT_ISSUED_WRITE_OFF');
    await move(core, 'return', '2023-04-01', [{ kindId: ak.id, serial: 'AK-001' }], { unitId: platoon.id });
    await move(core, 'write_off', '2023-05-01', [{ kindId: ak.id, serial: 'AK-001' }], { reference: 'QĐ thanh lý' });
    const error = await refusal(
      core,
      'equipment.movement.create',
      moveInput('issue', '2023-06-01', [{ kindId: ak.id, serial: 'AK-001' }], { unitId: squad.id }),
    );
    expect(error).toMatchObject({
      code: 'RULE_EQUIPMENT_WRITTEN_OFF',
      message: expect.stringContaining('đã thanh lý ngày 01/05/2023'),
    });
    expect(await stockOf(ak.id, '2023-04-30')).toMatchObject({ owned: 1 });
    expect(await stockOf(ak.id, '2023-05-01')).toMatchObject({ owned: 0 });
  });

  it('records maintenance with the state found, and issues to a serving militia member only', async () => {
    await move(core, 'receive', '2023-01-05', [{ kindId: ak.id, serial: 'AK-001' }]);
    await move(core, 'maintenance', '2023-03-20', [{ kindId: ak.id, serial: 'AK-001', state: 'needs_repair' }], {
      result: 'Lau chùi, tra dầu; khóa nòng rỉ, cần sửa',
    });
    const items = await call<EquipmentItemPage>(core, 'equipment.items.list', { search: 'AK-0' });
    expect(items.rows[0]).toMatchObject({ state: 'needs_repair', issuedTo: null });
    const outsider = await person(core, 'Tư', '2000-01-01');
    const error = await refusal(
      core,
      'equipment.movement.create',
      moveInput('issue', '2023-04-01', [{ kindId: ak.id, serial: 'AK-001' }], { personId: outsider.id }),
    );
    expect(error).toMatchObject({ code: 'RULE_EQUIPMENT_HOLDER_NOT_MEMBER' });
    expect(error.message).toContain('01/04/2023');
    await call<MilitiaMember>(core, 'militia.member.create', {
      personId: outsider.id,
      unitId: squad.id,
      startedOn: '2023-01-01',
    });
    const issued = await move(core, 'issue', '2023-04-01', [{ kindId: ak.id, serial: 'AK-001' }], {
      personId: outsider.id,
    });
    expect(issued.holder).toMatchObject({ name: 'Nguyễn Văn Tư' });
    expect(
      (
        await refusal(
          core,
          'equipment.movement.create',
          moveInput('issue', '2023-04-02', [{ kindId: ammo.id, quantity: 1 }]),
        )
      ).code,
    ).toBe('RULE_EQUIPMENT_HOLDER_REQUIRED');
  });
});

describe('counted stock', () => {
  it('never goes below zero: an issue of more than is in store is refused with what is left', async () => {
    await move(core, 'receive', '2023-01-05', [{ kindId: ammo.id, quantity: 1000 }]);
    await move(core, 'issue', '2023-02-01', [{ kindId: ammo.id, quantity: 600 }], { unitId: platoon.id });
    const error = await refusal(
      core,
      'equipment.movement.create',
      moveInput('issue', '2023-02-02', [{ kindId: ammo.id, quantity: 401 }], { unitId: squad.id }),
    );
    expect(error).toMatchObject({
      code: 'RULE_EQUIPMENT_STOCK_SHORT',
      fieldErrors: { 'lines.0.quantity': expect.any(String) },
    });
    expect(error.message).toContain('Không đủ Đạn các loại trong kho: tại ngày 02/02/2023 chỉ còn 400 viên');
    // A back-dated issue before the receipt is short too.
    expect(
      (
        await refusal(
          core,
          'equipment.movement.create',
          moveInput('issue', '2023-01-01', [{ kindId: ammo.id, quantity: 1 }], { unitId: squad.id }),
        )
      ).code,
    ).toBe('RULE_EQUIPMENT_STOCK_SHORT');
    const returned = await refusal(
      core,
      'equipment.movement.create',
      moveInput('return', '2023-03-01', [{ kindId: ammo.id, quantity: 601 }], { unitId: platoon.id }),
    );
    expect(returned.message).toContain(
      'Trung đội cơ động (Phường Đức Xuân) chỉ đang giữ 600 viên Đạn các loại tại ngày 01/03/2023',
    );
    await move(core, 'return', '2023-03-01', [{ kindId: ammo.id, quantity: 100 }], { unitId: platoon.id });
    expect(await stockOf(ammo.id, '2023-03-01')).toMatchObject({ owned: 1000, issued: 500, inStore: 500 });
    expect(
      (
        await refusal(
          core,
          'equipment.movement.create',
          moveInput('receive', '2023-03-02', [{ kindId: ammo.id, serial: 'X1' }]),
        )
      ).code,
    ).toBe('RULE_EQUIPMENT_COUNTED_KIND');
  });

  it('audits a serial piece itself: its receipt, and the write-off that changes its state', async () => {
    await move(core, 'receive', '2023-01-05', [{ kindId: ak.id, serial: 'AK-900' }]);
    await move(core, 'write_off', '2023-03-01', [{ kindId: ak.id, serial: 'AK-900' }]);
    const { id } = core.db.prepare(`SELECT id FROM equipment_items WHERE serial = 'AK-900'`).get() as { id: string };
    const rows = auditFor(core.db, 'equipment_item', id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[1]!.after_json).toContain('"written_off"');
  });

  it('audits each movement with its lines', async () => {
    const m = await move(core, 'receive', '2023-01-05', [{ kindId: ammo.id, quantity: 1000 }]);
    const rows = auditFor(core.db, 'equipment_movement', m.id);
    expect(rows.map((r) => r.action)).toEqual(['create']);
    expect(rows[0]!.after_json).toContain('"quantity":1000');
  });
});

describe('stocktakes', () => {
  it('computes the book as of the date and the discrepancy per kind', async () => {
    await move(core, 'receive', '2023-01-05', [
      { kindId: ak.id, serial: 'AK-001' },
      { kindId: ak.id, serial: 'AK-002' },
    ]);
    await move(core, 'receive', '2023-01-05', [{ kindId: ammo.id, quantity: 1000 }]);
    await move(core, 'issue', '2023-02-01', [{ kindId: ammo.id, quantity: 200 }], { unitId: platoon.id });
    await move(core, 'receive', '2023-07-01', [{ kindId: ammo.id, quantity: 500 }]);
    const s = await stocktake(core, '2023-06-28', [
      { kindId: ak.id, counted: 2 },
      { kindId: ammo.id, counted: 990 },
    ]);
    // The book counts what is owned (issued pieces included); the July receipt is after the date.
    expect(s.lines.map((l) => [l.kindName, l.book, l.counted, l.difference])).toEqual([
      ['Súng tiểu liên AK', 2, 2, 0],
      ['Đạn các loại', 1000, 990, -10],
    ]);
    expect(s.discrepancies).toBe(1);
    expect(auditFor(core.db, 'equipment_stocktake', s.id).map((a) => a.action)).toEqual(['create']);
  });

  it('refuses a count below zero, naming the kind, and writes none of the stocktake', async () => {
    const error = await refusal(core, 'equipment.stocktake.create', {
      takenOn: '2023-06-28',
      lines: [
        { kindId: ak.id, counted: 2 },
        { kindId: ammo.id, counted: -1 },
      ],
    });
    expect(error).toMatchObject({
      code: 'RULE_EQUIPMENT_NEGATIVE_COUNT',
      message: 'Số lượng kiểm đếm được của Đạn các loại không được nhỏ hơn 0.',
      fieldErrors: { 'lines.1.counted': expect.any(String) },
    });
    expect(count('equipment_stocktakes')).toBe(0);
    expect(count('equipment_stocktake_lines')).toBe(0);
    expect((await call<EquipmentStocktakePage>(core, 'equipment.stocktakes.list', {})).total).toBe(0);
    expect(
      (
        await refusal(core, 'equipment.stocktake.create', {
          takenOn: '2023-06-28',
          lines: [
            { kindId: ak.id, counted: 1 },
            { kindId: ak.id, counted: 1 },
          ],
        })
      ).code,
    ).toBe('RULE_EQUIPMENT_DUPLICATE_LINE');
    expect(
      (
        await refusal(core, 'equipment.stocktake.create', {
          takenOn: '2099-01-01',
          lines: [{ kindId: ak.id, counted: 1 }],
        })
      ).code,
    ).toBe('RULE_EQUIPMENT_FUTURE_DATE');
  });
});
