import { describe, expect, it } from 'vitest';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import type { AssignmentResult, ReserveSlot, ReserveUnit, Reservist, Specialty } from './schema';
import { reservesFixture } from './test-fixtures';

let core: TestCore;
let f: ReturnType<typeof reservesFixture>;
let infantry: Specialty;
let driver: Specialty;

useTestCore(async (c) => {
  core = c;
  f = reservesFixture(core);
  infantry = await f.specialty('101', 'Bộ binh');
  driver = await f.specialty('201', 'Lái xe');
});

const units = () => call<ReserveUnit[]>(core, 'reserves.unit.list', {});

describe('assignment age by unit kind (Luật LLDBĐV)', () => {
  it('takes a 35-year-old into a combat unit and refuses on the 36th birthday, in Vietnamese', async () => {
    const unit = await f.unit('Đại đội 1', 'combat');
    const slot = await f.slot(unit.id, 'Xạ thủ', infantry.id, 5);
    const r = await f.reservist((await f.person('Hà Văn Khoa', '1990-06-15')).id, { specialtyId: infantry.id });
    const refused = await f.assign(r.id, slot.id, '2026-06-15');
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'RULE_RESERVE_ASSIGNMENT_AGE',
        message:
          'Ngày 15/06/2026, quân nhân dự bị đã 36 tuổi; hạ sĩ quan, binh sĩ dự bị sắp xếp vào đơn vị chiến đấu không quá 35 tuổi (Luật Lực lượng dự bị động viên 2019). Hạn cuối là ngày 14/06/2026.',
      },
    });
    const ok = await f.assign(r.id, slot.id, '2026-06-14');
    expect(ok).toMatchObject({ ok: true, value: { warnings: [] } });
    expect((ok as { value: AssignmentResult }).value.reservist.assignment).toMatchObject({
      unitName: 'Đại đội 1',
      slotTitle: 'Xạ thủ',
      unitKind: 'combat',
      assignedOn: '2026-06-14',
    });
  });

  it('takes men into a support unit to 45 and women to 40', async () => {
    const unit = await f.unit('Đại đội vận tải', 'support');
    const slot = await f.slot(unit.id, 'Lái xe', driver.id, 5);
    const man = await f.reservist((await f.person('Hà Văn Lâm', '1980-11-28')).id, { specialtyId: driver.id });
    expect((await f.assign(man.id, slot.id, '2026-11-27')).ok).toBe(true);
    const woman = await f.reservist((await f.person('Hà Thị Mai', '1985-06-01', 'F')).id, { specialtyId: driver.id });
    const refused = await f.assign(woman.id, slot.id, '2026-06-01');
    expect(refused).toMatchObject({ ok: false, error: { code: 'RULE_RESERVE_ASSIGNMENT_AGE' } });
    expect(JSON.stringify(refused)).toContain('không quá 40 tuổi đối với nữ');
    expect((await f.assign(woman.id, slot.id, '2026-05-31')).ok).toBe(true);
  });
});

describe('assignments', () => {
  it('stores a specialty mismatch as allowed and returns the warning', async () => {
    const unit = await f.unit('Đại đội 1', 'combat');
    const slot = await f.slot(unit.id, 'Xạ thủ', infantry.id, 5);
    const r = await f.reservist((await f.person('Hà Văn Nam', '1998-01-01')).id, { specialtyId: driver.id });
    const result = await f.assign(r.id, slot.id);
    const warning = {
      code: 'RULE_RESERVE_SPECIALTY_MISMATCH',
      message:
        'Chuyên nghiệp quân sự (201 – Lái xe) không đúng với vị trí "Xạ thủ" (101 – Bộ binh); sắp xếp gần đúng phải được ghi nhận (Điều 16 Luật Lực lượng dự bị động viên).',
    };
    expect(result).toMatchObject({ ok: true, value: { warnings: [warning] } });
    const stored = await call<Reservist>(core, 'reserves.reservist.get', { id: r.id });
    expect(stored.warnings).toEqual([warning]);
    expect((await units())[0]!.slots[0]).toMatchObject({ assigned: 1, matched: 0 });
  });

  it('keeps one active assignment per reservist, also in the database', async () => {
    const unit = await f.unit('Đại đội 1', 'combat');
    const a = await f.slot(unit.id, 'Xạ thủ', infantry.id, 5);
    const b = await f.slot(unit.id, 'Lái xe', driver.id, 5);
    const r = await f.reservist((await f.person('Hà Văn Quý', '1998-01-01')).id, { specialtyId: infantry.id });
    await f.assign(r.id, a.id);
    expect(await f.assign(r.id, b.id)).toMatchObject({
      ok: false,
      error: {
        code: 'RESERVE_ALREADY_ASSIGNED',
        message: 'Quân nhân dự bị này đang được sắp xếp vào Đại đội 1 (Xạ thủ). Hãy kết thúc sắp xếp đó trước.',
      },
    });
    expect(() =>
      core.db
        .prepare(
          `INSERT INTO reserve_assignments (id, reservist_id, slot_id, assigned_on, created_at, updated_at)
           VALUES ('x', ?, ?, '2026-01-01', 'x', 'x')`,
        )
        .run(r.id, b.id),
    ).toThrow(/UNIQUE/);
    // Ended, the reservist may be placed again.
    const current = (await call<Reservist>(core, 'reserves.reservist.get', { id: r.id })).assignment!;
    const input = { id: current.id, version: current.version, endedOn: '2026-05-01' };
    expect(await refusal(core, 'reserves.assignment.end', input)).toMatchObject({
      fieldErrors: { endedOn: expect.any(String) },
    });
    await call(core, 'reserves.assignment.end', {
      id: current.id,
      version: current.version,
      endedOn: '2026-09-01',
      reason: 'Chuyển vị trí',
    });
    expect(await f.assign(r.id, b.id, '2026-08-31')).toMatchObject({
      ok: false,
      error: { fieldErrors: { assignedOn: 'Ngày này không được trước ngày 01/09/2026.' } },
    });
    expect((await f.assign(r.id, b.id, '2026-09-01')).ok).toBe(true);
  });

  it('refuses beyond 115% of a slot (Art. 15)', async () => {
    const unit = await f.unit('Đại đội 1', 'combat');
    const slot = await f.slot(unit.id, 'Xạ thủ', infantry.id, 7);
    for (let i = 0; i < 8; i++) {
      const r = await f.reservist((await f.person(`Hà Văn Số${i}`, '2000-01-01')).id, { specialtyId: infantry.id });
      expect((await f.assign(r.id, slot.id)).ok).toBe(true);
    }
    const ninth = await f.reservist((await f.person('Hà Văn Chín', '2000-01-01')).id, { specialtyId: infantry.id });
    expect(await f.assign(ninth.id, slot.id)).toMatchObject({
      ok: false,
      error: {
        code: 'RESERVE_SLOT_FULL',
        message:
          'Vị trí "Xạ thủ" cần 7 người, đã sắp xếp 8; tối đa được vượt 15% biên chế (8 người) (Điều 15 Luật Lực lượng dự bị động viên).',
      },
    });
    expect((await units())[0]).toMatchObject({
      required: 7,
      assigned: 8,
      fillRate: 114.29,
      surplus: 1,
      surplusRate: 14.29,
      slots: [{ capacity: 8, assigned: 8, matched: 8 }],
    });
  });

  it('refuses a removed reservist and a dissolved unit', async () => {
    const unit = await f.unit('Đại đội 1', 'combat');
    const slot = await f.slot(unit.id, 'Xạ thủ', infantry.id, 5);
    const r = await f.reservist((await f.person('Hà Văn Tú', '2000-01-01')).id);
    const removed = await call<Reservist>(core, 'reserves.reservist.remove', {
      id: r.id,
      version: r.version,
      removedOn: '2026-01-01',
      reason: 'Chuyển đi',
    });
    expect(await f.assign(removed.id, slot.id)).toMatchObject({ ok: false, error: { code: 'RESERVIST_REMOVED' } });
    const other = await f.reservist((await f.person('Hà Văn Út', '2000-01-01')).id);
    const retired = await call<ReserveUnit>(core, 'reserves.unit.retire', {
      id: unit.id,
      version: unit.version,
      retiredOn: '2026-11-01',
    });
    expect(retired.retiredOn).toBe('2026-11-01');
    expect(await f.assign(other.id, slot.id)).toMatchObject({ ok: false, error: { code: 'RESERVE_UNIT_RETIRED' } });
    expect(await units()).toEqual([]);
  });
});

describe('units and slots', () => {
  it('edits a unit, nests it, and refuses a loop', async () => {
    const battalion = await f.unit('Tiểu đoàn 1', 'combat');
    const company = await f.unit('Đại đội 2', 'combat');
    const nested = await call<ReserveUnit>(core, 'reserves.unit.update', {
      id: company.id,
      version: company.version,
      name: 'Đại đội 2',
      kind: 'combat',
      parentId: battalion.id,
      receivingUnit: 'Trung đoàn 892',
    });
    expect(nested).toMatchObject({ parentId: battalion.id, receivingUnit: 'Trung đoàn 892', version: 2 });
    expect(
      await refusal(core, 'reserves.unit.update', {
        id: battalion.id,
        version: battalion.version,
        name: 'Tiểu đoàn 1',
        kind: 'combat',
        parentId: company.id,
      }),
    ).toMatchObject({ fieldErrors: { parentId: 'Đơn vị cấp trên không hợp lệ.' } });
  });

  it('deletes a slot only when nobody is or was assigned; retires a unit only when empty', async () => {
    const unit = await f.unit('Đại đội 1', 'combat');
    const used = await f.slot(unit.id, 'Xạ thủ', infantry.id, 5);
    const spare = await f.slot(unit.id, 'Lái xe', driver.id, 2);
    const r = await f.reservist((await f.person('Hà Văn Vinh', '2000-01-01')).id);
    await f.assign(r.id, used.id);
    expect(await refusal(core, 'reserves.slot.delete', { id: used.id, version: used.version })).toMatchObject({
      code: 'RESERVE_SLOT_IN_USE',
    });
    expect(
      await refusal(core, 'reserves.unit.retire', { id: unit.id, version: unit.version, retiredOn: '2026-11-27' }),
    ).toMatchObject({
      message: 'Đơn vị còn 1 quân nhân dự bị đang được sắp xếp; hãy kết thúc sắp xếp trước khi giải thể.',
    });
    const a = (await call<Reservist>(core, 'reserves.reservist.get', { id: r.id })).assignment!;
    await call(core, 'reserves.assignment.end', { id: a.id, version: a.version, endedOn: '2026-11-27' });
    expect(await refusal(core, 'reserves.slot.delete', { id: used.id, version: used.version })).toMatchObject({
      code: 'RESERVE_SLOT_HAS_HISTORY',
    });
    expect(await call(core, 'reserves.slot.delete', { id: spare.id, version: spare.version })).toEqual({
      deleted: true,
    });
    const edited = await call<ReserveSlot>(core, 'reserves.slot.update', {
      id: used.id,
      version: used.version,
      title: 'Xạ thủ B41',
      specialtyId: infantry.id,
      required: 6,
    });
    expect(edited).toMatchObject({ title: 'Xạ thủ B41', required: 6, capacity: 6, assigned: 0 });
    expect((await units())[0]!.slots.map((s) => s.title)).toEqual(['Xạ thủ B41']);
  });
});
