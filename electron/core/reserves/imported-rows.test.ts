import { describe, expect, it } from 'vitest';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import { maleId, seedLocalities } from '../import/people-import-fixtures';
import { commitTarget, inspectOfficeSheet } from '../import/target-import-fixtures';
import type { ReservistPage } from './schema';
import { reservesFixture } from './test-fixtures';

let core: TestCore;
useTestCore(async (c) => {
  core = c;
  await seedLocalities(core);
});

const HEADERS = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Cấp bậc', 'CNQS', 'Hạng', 'Ngày đăng ký'];
const ROWS = () => [
  ['Nguyễn Văn An', '05/02/2000', 'Nam', maleId(2000, 1), 'H1', '121', '1', '10/03/2021'],
  ['Trần Văn Bình', '06/03/2000', 'Nam', maleId(2000, 2), 'B1', '121', '1', '10/03/2021'],
];

const reservists = async () => (await call<ReservistPage>(core, 'reserves.reservist.list', { pageSize: 50 })).rows;

describe("reservists' face for an import's undo", () => {
  it('refuses while an imported reservist was since placed in a unit slot, naming them', async () => {
    const fixture = reservesFixture(core);
    const rifle = await fixture.specialty('121', 'Súng trường, tiểu liên');
    const token = await inspectOfficeSheet(core, 'DANH SÁCH QUÂN NHÂN DỰ BỊ', HEADERS, ROWS());
    const { batchId } = await commitTarget(core, token, 'reservists');
    const an = (await reservists()).find((r) => r.fullName === 'Nguyễn Văn An')!;
    const unit = await fixture.unit('Đại đội 1', 'combat');
    const slot = await fixture.slot(unit.id, 'Xạ thủ', rifle.id, 2);
    expect(await fixture.assign(an.id, slot.id)).toMatchObject({ ok: true });
    const refused = await refusal(core, 'import.batch.undo', { id: batchId, version: 1 });
    expect(refused.code).toBe('IMPORT_UNDO_BLOCKED');
    expect(refused.message).toContain('(Nguyễn Văn An) đã');
    expect(refused.message).not.toContain('Trần Văn Bình');
    expect(await reservists()).toHaveLength(2);
  });

  it('deletes the reservists and the people the import created, each audited as its own', async () => {
    const fixture = reservesFixture(core);
    await fixture.specialty('121', 'Súng trường, tiểu liên');
    const token = await inspectOfficeSheet(core, 'DANH SÁCH QUÂN NHÂN DỰ BỊ', HEADERS, ROWS());
    const { batchId } = await commitTarget(core, token, 'reservists');
    await call(core, 'import.batch.undo', { id: batchId, version: 1 });
    expect(await reservists()).toHaveLength(0);
    const deleted = (entity: string) =>
      core.db.prepare(`SELECT count(*) FROM audit_log WHERE entity = ? AND action = 'delete'`).pluck().get(entity);
    expect(deleted('reservist')).toBe(2);
    expect(deleted('person')).toBe(2);
  });
});
