/** `documents.register.export`: the outgoing-document register as filtered on screen, newest first. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import type { RegisterPage } from '../documents/register/public-types';
import { buildDrillsFixture, type DrillsFixture } from '../../../test/docs/drills-fixture';
import type { ExportedFile } from './export-list';
import { columnOf, columnValues, readBack } from './test-read';

let core: ReturnType<typeof createTestCore>;
let fixture: DrillsFixture;

beforeAll(async () => {
  core = createTestCore();
  fixture = await buildDrillsFixture(core);
  const generate = (input: Record<string, unknown>) => call(core, 'documents.generate', input);
  await generate({ kind: 'exercises.plan', exerciseId: fixture.plannedExercise, date: '2026-10-02' });
  await generate({ kind: 'exercises.resultReport', exerciseId: fixture.doneExercise, date: '2026-11-20' });
  await generate({ kind: 'exercises.plan', exerciseId: fixture.doneExercise, date: '2026-11-25' });
});
afterAll(() => core.dispose());

it('exports the entries of one kind in the register order, with the reference and the date as a date cell', async () => {
  const filters = { kind: 'exercises.plan' };
  const file = await call<ExportedFile>(core, 'documents.register.export', filters);
  const read = await readBack(file);
  const screen = (await call<RegisterPage>(core, 'documents.register.list', { ...filters, pageSize: 200 })).rows;
  expect(screen).toHaveLength(2);
  expect(columnValues(read, 'Số, ký hiệu')).toEqual(screen.map((r) => r.reference));
  expect(columnValues(read, 'Trích yếu nội dung')).toEqual(screen.map((r) => r.summary));
  expect(columnValues(read, 'Loại văn bản')).toEqual(screen.map((r) => r.kindLabel));
  const issued = read.sheet.getRow(read.headerRow + 1).getCell(columnOf(read, 'Ngày tháng'));
  expect(issued.value).toEqual(new Date(Date.UTC(2026, 10, 25)));
  expect(issued.numFmt).toBe('dd/mm/yyyy');
  expect(read.preamble[0]).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
  expect(read.preamble[1]).toBe('BAN CHQS XÃ DƯƠNG QUANG — Ngày xuất: 27/11/2026 — 2 dòng');
  expect(read.preamble[2]).toMatch(/^Lọc theo: loại văn bản /);
  expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
});
