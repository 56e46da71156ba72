import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { Locality } from '../localities/schema';
import type { Person } from '../people/schema';
import { createPerson } from '../people/test-steps';
import type { Exercise } from '../exercises/public-types';
import { labelsOf } from './labels';
import type { AuditPage } from './service';
import type { AuditEntryView } from './view';

let core: TestCore;
useTestCore((c) => (core = c));

const RESCUE = '00000000-0000-4000-8000-000000000002';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

describe('audit labels', () => {
  it('names every field the services write to the trail of a full demo office', () => {
    seedDemoOffice(core.context);
    const rows = core.db.prepare(`SELECT DISTINCT entity, before_json, after_json FROM audit_log`).all() as Array<{
      entity: string;
      before_json: string | null;
      after_json: string | null;
    }>;
    const missing = new Set<string>();
    for (const row of rows) {
      const labels = labelsOf(row.entity);
      for (const json of [row.before_json, row.after_json]) {
        const value = json === null ? null : (JSON.parse(json) as unknown);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
        for (const key of Object.keys(value)) if (!labels.field(key)) missing.add(`${row.entity}.${key}`);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });

  it('tells a person’s change in words: field labels, value labels and the person’s name', async () => {
    const ward = await call<Locality>(core, 'localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
    const to1 = await call<Locality>(core, 'localities.create', {
      name: 'Tổ 1',
      kind: 'residential_group',
      parentId: ward.id,
    });
    const to2 = await call<Locality>(core, 'localities.create', {
      name: 'Tổ 2',
      kind: 'residential_group',
      parentId: ward.id,
    });
    const person = await createPerson(core, 'Nguyễn Văn An', { birthDate: '2005-03-14', sex: 'M', localityId: to1.id });
    const { id, version, fullName, localityName, localityParentName, archivedAt, createdAt, updatedAt, ...fields } =
      person as Person & Record<string, unknown>;
    void [fullName, localityName, localityParentName, archivedAt, createdAt, updatedAt];
    await call(core, 'people.update', { ...fields, id, version, localityId: to2.id, sex: 'F' });

    const page = await call<AuditPage>(core, 'audit.list', { entity: 'person' });
    const [change] = page.rows;
    expect(change!.recordName).toBe('Nguyễn Văn An');
    expect(change!.changes).toEqual(
      expect.arrayContaining([
        { key: 'sex', field: 'Giới tính', before: 'Nam', after: 'Nữ' },
        { key: 'localityName', field: 'Địa bàn', before: 'Tổ 1', after: 'Tổ 2' },
      ]),
    );
    expect(change!.changes.map((c) => c.key)).not.toContain('localityId');
    expect(change!.details).toContain('Địa bàn: Tổ 1 → Tổ 2');
    expect(change!.details).toContain('Giới tính: Nam → Nữ');
    expect(change!.details).not.toMatch(UUID);
  });

  it('tells an exercise’s status step by its state names, with the exercise’s title', async () => {
    const exercise = await call<Exercise>(core, 'exercises.exercise.create', {
      typeId: RESCUE,
      level: 'commune',
      title: 'Diễn tập PCTT-TKCN phường Đức Xuân',
      plannedOn: '2026-08-15',
    });
    await call(core, 'exercises.exercise.transition', { id: exercise.id, version: exercise.version, to: 'preparing' });
    const history = await call<AuditEntryView[]>(core, 'audit.forEntity', {
      entity: 'exercise',
      entityId: exercise.id,
    });
    expect(history[0]!.recordName).toBe('Diễn tập PCTT-TKCN phường Đức Xuân');
    expect(history[0]!.details).toContain('Trạng thái: Kế hoạch → Đang chuẩn bị');
    expect(history[1]!.details).toContain('Cấp: Cấp xã, phường');
  });

  it('falls back to the name the row’s own snapshot carried when the record is not in its table', async () => {
    core.db.transaction(() => {
      core.db
        .prepare(
          `INSERT INTO audit_log (seq, id, at, actor, entity, entity_id, action, before_json, after_json, prev_hash, hash)
           VALUES (1, 'a', '2026-11-27T03:00:00.000Z', 'lan', 'person', 'gone', 'create', NULL, ?, 'x', 'y')`,
        )
        .run(JSON.stringify({ fullName: 'Lê Thị Hoa', sex: 'F', result: 'excellent' }));
    })();
    const [row] = (await call<AuditPage>(core, 'audit.list', {})).rows;
    expect(row).toMatchObject({ recordName: 'Lê Thị Hoa' });
    expect(row!.details).toBe('Họ và tên: Lê Thị Hoa; Giới tính: Nữ; Kết quả: excellent');
  });

  it('reads a participant’s result as the course screen does', () => {
    expect(labelsOf('training_participant').value('result', 'excellent')).toBe('Giỏi');
    expect(labelsOf('conscription_record').value('state', 'call_up_ordered')).toBe('Đã có lệnh gọi nhập ngũ');
  });
});
