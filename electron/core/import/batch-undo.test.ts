import { describe, expect, it } from 'vitest';
import { call, refusal, type TestCore, useTestCore } from '../db/test-helpers';
import type { MilitiaUnit } from '../militia/public-types';
import type { Person, PersonPage } from '../people/schema';
import type { ImportBatch } from './types';
import { commit, inspect, maleId, peopleWorkbook, seedLocalities, type PeopleRow } from './people-import-fixtures';

let core: TestCore;
let wardId: string;
useTestCore(async (c) => {
  core = c;
  wardId = (await seedLocalities(core))['Phường Đức Xuân']!.id;
});

const ROWS: PeopleRow[] = [
  ['Nguyễn Văn An', '05/02/2004', 'Nam', maleId(2004, 1), 'Tổ 7', 'Phường Đức Xuân'],
  ['Trần Văn Bình', '10/03/2004', 'Nam', maleId(2004, 2), 'Tổ 8', 'Phường Đức Xuân'],
  ['Lê Văn Cường', '11/04/2004', 'Nam', maleId(2004, 3), 'Tổ 7', 'Phường Đức Xuân', 'Thợ hàn'],
];

async function importRows(rows: PeopleRow[], options: Record<string, unknown> = {}, fileName = 'danh-sach.xlsx') {
  const { token } = await inspect(core, await peopleWorkbook(rows), fileName);
  return commit(core, token, options);
}

const people = async () => (await call<PersonPage>(core, 'people.list', { pageSize: 200 })).rows;
const batches = async () =>
  (await call<{ rows: ImportBatch[]; total: number }>(core, 'import.batch.list', { target: 'people' })).rows;
const auditCount = (entity: string, action: string) =>
  core.db.prepare('SELECT count(*) FROM audit_log WHERE entity = ? AND action = ?').pluck().get(entity, action);

describe('import batches', () => {
  it('lists a committed import as a batch: who, when, which file, how many', async () => {
    const result = await importRows(ROWS, {}, 'to-7.xlsx');
    const [batch] = await batches();
    expect(batch).toMatchObject({
      id: result.batchId,
      target: 'people',
      fileName: 'to-7.xlsx',
      sheet: 'Danh sách',
      createdCount: 3,
      peopleCreated: 3,
      undoneAt: null,
      version: 1,
    });
    expect(batch!.actor).toBeTruthy();
  });

  it('undoes a batch: every person it created is gone, audited, in one step; a second undo is refused', async () => {
    const before = await people();
    const { batchId } = await importRows(ROWS);
    expect(await people()).toHaveLength(before.length + 3);
    const undone = await call<ImportBatch>(core, 'import.batch.undo', { id: batchId, version: 1 });
    expect(undone.undoneAt).not.toBeNull();
    expect(await people()).toHaveLength(before.length);
    expect(auditCount('person', 'delete')).toBe(3);
    expect(auditCount('import_batch', 'update')).toBe(1);
    const again = await refusal(core, 'import.batch.undo', { id: batchId, version: undone.version });
    expect(again.code).toBe('IMPORT_BATCH_UNDONE');
    const stale = await refusal(core, 'import.batch.undo', { id: batchId, version: 1 });
    expect(stale.code).toBe('IMPORT_BATCH_UNDONE');
  });

  it('puts back the people an overwrite import updated', async () => {
    await importRows(ROWS);
    const changed = ROWS.map((r): PeopleRow => [r[0], r[1], r[2], r[3], r[4], r[5], 'Lái xe']);
    const { batchId, updated } = await importRows(changed, { duplicateMode: 'overwrite' });
    expect(updated).toBe(3);
    expect((await people()).map((p) => p.occupation)).toEqual(['Lái xe', 'Lái xe', 'Lái xe']);
    await call(core, 'import.batch.undo', { id: batchId, version: 1 });
    const restored = await people();
    expect(restored).toHaveLength(3);
    expect(restored.map((p) => p.occupation).sort()).toEqual(['', '', 'Thợ hàn']);
  });

  it('refuses while a row was edited since, naming it, and deletes nothing', async () => {
    const { batchId } = await importRows(ROWS);
    const binh = (await people()).find((p) => p.givenName === 'Bình')!;
    const full = await call<Person>(core, 'people.get', { id: binh.id });
    const { id, version, familyName, middleName, givenName, birthDate, sex, citizenId, localityId } = full;
    await call(core, 'people.update', {
      ...{ id, version, familyName, middleName, givenName, birthDate, sex, citizenId, localityId },
      phone: '0912345678',
    });
    const refused = await refusal(core, 'import.batch.undo', { id: batchId, version: 1 });
    expect(refused.code).toBe('IMPORT_UNDO_BLOCKED');
    expect(refused.message).toContain('dòng 6 (Trần Văn Bình) đã được sửa');
    expect(await people()).toHaveLength(3);
    expect((await batches())[0]!.undoneAt).toBeNull();
  });

  it('refuses while something else now points at an imported person (put in a militia unit)', async () => {
    const { batchId } = await importRows(ROWS);
    const an = (await people()).find((p) => p.givenName === 'An')!;
    const unit = await call<MilitiaUnit>(core, 'militia.unit.create', {
      force: 'militia',
      level: 'platoon',
      component: 'mobile',
      name: 'Trung đội 1',
      localityId: wardId,
    });
    await call(core, 'militia.member.create', { personId: an.id, unitId: unit.id, startedOn: '2024-01-01' });
    const refused = await refusal(core, 'import.batch.undo', { id: batchId, version: 1 });
    expect(refused.code).toBe('IMPORT_UNDO_BLOCKED');
    expect(refused.message).toContain('dòng 5 (Nguyễn Văn An) đã có thêm hồ sơ dân quân tự vệ');
    expect(await people()).toHaveLength(3);
  });

  it('refuses a batch row of a kind no feature takes back, naming it, and deletes nothing', async () => {
    const { batchId } = await importRows(ROWS);
    // A batch row no import writes (a damaged or hand-edited file): its kind is never turned into SQL.
    core.db
      .prepare(
        `INSERT INTO import_batch_rows (id, batch_id, seq, table_name, row_id, action, row_version, row_updated_at,
           excel_row, label, created_at, updated_at)
         VALUES ('x', ?, 99, 'duty_shifts', 'y', 'create', 1, 'z', 9, 'Ca trực', 'z', 'z')`,
      )
      .run(batchId);
    const refused = await refusal(core, 'import.batch.undo', { id: batchId, version: 1 });
    expect(refused.code).toBe('IMPORT_UNDO_BLOCKED');
    expect(refused.message).toContain('dòng 9 (Ca trực) là loại dữ liệu chương trình không tự hoàn tác được');
    expect(await people()).toHaveLength(3);
    expect(auditCount('person', 'delete')).toBe(0);
  });

  it('names the day a batch was undone on the office’s clock, whatever the process’s time zone', async () => {
    const saved = process.env.TZ;
    process.env.TZ = 'UTC';
    try {
      const { batchId } = await importRows(ROWS);
      const undone = await call<ImportBatch>(core, 'import.batch.undo', { id: batchId, version: 1 });
      // Undone at 00:30 on 28/11 in Vietnam: 17:30 UTC the day before.
      core.db.prepare(`UPDATE import_batches SET undone_at = '2026-11-27T17:30:00.000Z' WHERE id = ?`).run(batchId);
      const again = await refusal(core, 'import.batch.undo', { id: batchId, version: undone.version });
      expect(again.message).toBe('Lần nhập này đã được hoàn tác lúc 28/11/2026; không hoàn tác lại được nữa.');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
