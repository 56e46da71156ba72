import fs from 'node:fs';
import path from 'node:path';
import { connect } from '../core/encryption/sqlcipher';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { DATABASE_FILE } from '../core/app-core';
import {
  makeTempDir,
  removeTempDir,
  TEST_KEY,
  writeTestKeyFile,
  type TestCore,
  useTestCore,
} from '../core/db/test-helpers';
import { createPerson } from '../core/people/test-steps';
import { runCli } from './commands';

let core: TestCore;
let out: string[];
let err: string[];
const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
let passphraseFile = '';
const qsdp = (...argv: string[]) =>
  runCli(argv, { QSDP_DATA_DIR: core.dataDir, QSDP_PASSPHRASE_FILE: passphraseFile }, io);

useTestCore(async (c) => {
  core = c;
  passphraseFile = writeTestKeyFile(core.dataDir);
  await createPerson(core, 'Lê Văn Tám', { birthDate: '2005-01-01', sex: 'M', citizenId: '001205000009' });
  core.close();
  out = [];
  err = [];
});

it('audit-check exits 0 on an intact log and 1 naming the row after tampering', async () => {
  expect(await qsdp('audit-check')).toBe(0);
  expect(out).toEqual(['Nhật ký nguyên vẹn: đã kiểm tra 1 dòng.']);

  const db = connect(path.join(core.dataDir, DATABASE_FILE), TEST_KEY);
  db.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'x' WHERE seq = 1;`);
  db.close();
  expect(await qsdp('audit-check')).toBe(1);
  expect(err[0]).toMatch(/^Dòng số 1 .* đã bị sửa/);
});

it('audit-check refuses a folder without a database instead of creating one', async () => {
  const empty = makeTempDir();
  try {
    expect(await runCli(['audit-check'], { QSDP_DATA_DIR: empty }, io)).toBe(1);
    expect(err[0]).toContain('Không tìm thấy tệp dữ liệu');
    expect(fs.readdirSync(empty)).toEqual([]);
  } finally {
    removeTempDir(empty);
  }
});

it('audit-export writes the log to the .xlsx given; a missing or wrong target is a usage error', async () => {
  const target = path.join(core.dataDir, 'nhat-ky.xlsx');
  expect(await qsdp('audit-export', '--to', target)).toBe(0);
  expect(out[0]).toBe(`Đã xuất 1 dòng nhật ký ra ${target}.`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(target);
  expect(workbook.getWorksheet('Nhật ký')!.getRow(2).getCell(5).value).toBe('Công dân');

  expect(await qsdp('audit-export')).toBe(2);
  expect(await qsdp('audit-export', '--to', 'nhat-ky.csv')).toBe(2);
  expect(err.filter((l) => l.startsWith('Cách dùng: npm run qsdp -- audit-export'))).toHaveLength(2);
});
