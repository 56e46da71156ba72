import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from '../core/db/test-helpers';
import { cliArguments, runInstalledCli } from './packaged';

let dir = '';
beforeEach(() => (dir = makeTempDir()));
afterEach(() => removeTempDir(dir));

it('finds the command after --cli, in the installed program and in development', () => {
  expect(cliArguments(['C:\\QSDP\\QSDP.exe', '--cli', 'backup', '--to', 'E:\\'])).toEqual(['backup', '--to', 'E:\\']);
  expect(cliArguments(['/usr/bin/electron', '.', '--cli', 'audit-check'])).toEqual(['audit-check']);
  expect(cliArguments(['C:\\QSDP\\QSDP.exe'])).toBeNull();
});

it('runs the command on the data folder and leaves its lines and exit code in qsdp-cli.log', async () => {
  const saved = process.env.QSDP_DATA_DIR;
  delete process.env.QSDP_DATA_DIR;
  try {
    expect(await runInstalledCli(['audit-check'], dir)).toBe(1);
  } finally {
    if (saved !== undefined) process.env.QSDP_DATA_DIR = saved;
  }
  const log = fs.readFileSync(path.join(dir, 'qsdp-cli.log'), 'utf8');
  expect(log).toContain('qsdp audit-check');
  expect(log).toContain('Không tìm thấy tệp dữ liệu');
  expect(log).toMatch(/exit 1\n$/);
  // No database was created by a check.
  expect(fs.readdirSync(dir)).toEqual(['qsdp-cli.log']);
});
