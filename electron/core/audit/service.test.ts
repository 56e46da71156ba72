import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { writeAudit, type AuditAction } from '../db/audit';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { createPerson } from '../people/test-steps';
import type { AuditExport } from './export';
import type { AuditFacets, AuditPage } from './service';
import type { AuditEntryView } from './view';

let core: TestCore;
useTestCore((c) => (core = c));

/** A log across users, record types and days (local noon, so any PC time zone keeps the day). */
function seed() {
  const rows: Array<[string, string, string, string, AuditAction]> = [
    ['2026-11-01', 'lan', 'person', 'p1', 'create'],
    ['2026-11-02', 'lan', 'person', 'p1', 'update'],
    ['2026-11-02', 'hùng', 'militia_unit', 'u1', 'create'],
    ['2026-11-05', 'hùng', 'person', 'p2', 'create'],
    ['2026-11-09', 'lan', 'person', 'p1', 'archive'],
  ];
  core.db.transaction(() => {
    for (const [day, actor, entity, entityId, action] of rows) {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      writeAudit(core.db, {
        actor,
        at: new Date(y, m - 1, d, 12),
        entity,
        entityId,
        action,
        before: action === 'create' ? null : { phone: null },
        after: { phone: '0912345678' },
      });
    }
  })();
}

const list = (input: Record<string, unknown>) => call<AuditPage>(core, 'audit.list', input);
const seqs = (page: AuditPage) => page.rows.map((r) => r.seq);

it('lists newest first, a page at a time, with Vietnamese labels', async () => {
  seed();
  const first = await list({ pageSize: 2 });
  expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
  expect(seqs(first)).toEqual([5, 4]);
  expect(seqs(await list({ pageSize: 2, page: 3 }))).toEqual([1]);
  expect(first.rows[0]).toMatchObject({
    actor: 'lan',
    action: 'archive',
    actionLabel: 'Lưu trữ',
    entity: 'person',
    entityLabel: 'Công dân',
    entityId: 'p1',
    before: { phone: null },
    after: { phone: '0912345678' },
  });
});

it('filters by user, record type, record id and date range, alone and together', async () => {
  seed();
  expect(seqs(await list({ actor: 'hùng' }))).toEqual([4, 3]);
  expect(seqs(await list({ entity: 'militia_unit' }))).toEqual([3]);
  expect(seqs(await list({ entity: 'person', entityId: 'p1' }))).toEqual([5, 2, 1]);
  // Both ends of the range are whole days.
  expect(seqs(await list({ from: '2026-11-02', to: '2026-11-05' }))).toEqual([4, 3, 2]);
  expect(seqs(await list({ from: '2026-11-06' }))).toEqual([5]);
  expect(seqs(await list({ actor: 'lan', entity: 'person', to: '2026-11-02' }))).toEqual([2, 1]);
  expect((await list({ actor: 'nobody' })).total).toBe(0);
});

it('refuses a date range that ends before it starts', async () => {
  expect(await refusal(core, 'audit.list', { from: '2026-11-05', to: '2026-11-01' })).toMatchObject({
    code: 'VALIDATION_FAILED',
    fieldErrors: { to: expect.any(String) },
  });
});

it('gives the users and record types present, for the filters', async () => {
  seed();
  const facets = await call<AuditFacets>(core, 'audit.facets');
  expect(facets.actors).toEqual(['hùng', 'lan']);
  expect(facets.entities).toEqual([
    { value: 'person', label: 'Công dân' },
    { value: 'militia_unit', label: 'Đơn vị dân quân tự vệ' },
  ]);
});

it('shows a person’s own change history from the real API, newest first', async () => {
  const created = await createPerson(core, 'Trần Thị Mai', {
    birthDate: '2004-06-01',
    sex: 'F',
    citizenId: '001304000001',
  });
  await call(core, 'people.archive', { id: created.id, version: 1 });
  const history = await call<AuditEntryView[]>(core, 'audit.forEntity', { entity: 'person', entityId: created.id });
  expect(history.map((h) => h.action)).toEqual(['archive', 'create']);
  expect(history[1]!.after).toMatchObject({ givenName: 'Mai' });
});

it('exports the filtered rows as an .xlsx with Vietnamese headers that reads back', async () => {
  seed();
  const file = await call<AuditExport>(core, 'audit.export', { actor: 'lan' });
  expect(file.fileName).toBe('nhat-ky-2026-11-27.xlsx');
  expect(file.count).toBe(3);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Nhật ký')!;
  const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  expect(values(1)).toEqual([
    'STT trong nhật ký',
    'Thời gian',
    'Người thực hiện',
    'Thao tác',
    'Loại bản ghi',
    'Mã bản ghi',
    'Tên bản ghi',
    'Chi tiết',
    'Trước khi thay đổi',
    'Sau khi thay đổi',
    'Mã kiểm tra (SHA-256)',
  ]);
  expect(sheet.rowCount).toBe(4);
  expect(values(2).slice(0, 6)).toEqual([5, '09/11/2026 12:00', 'lan', 'Lưu trữ', 'Công dân', 'p1']);
  expect(values(4).slice(0, 5)).toEqual([1, '01/11/2026 12:00', 'lan', 'Thêm mới', 'Công dân']);
  expect(values(2)[7]).toBe('Điện thoại: (trống) → 0912345678');
  expect(JSON.parse(values(2)[9] as string)).toEqual({ phone: '0912345678' });
  expect(values(2)[10]).toMatch(/^[0-9a-f]{64}$/);
});
