import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../core/app-core';
import { makeTempDir, removeTempDir } from '../core/db/test-helpers';
import { silentLogger } from '../core/log/logger';

const ROOT = path.resolve(__dirname, '..', '..');
let tmp: string;
let cli: string;
let dataDir: string;
let usb: string;

beforeAll(async () => {
  tmp = makeTempDir('qsdp-cli-');
  cli = path.join(tmp, 'qsdp.cjs');
  // Run the real entry point as a child process, as a scheduled task would (bundled: Node cannot run .ts).
  await build({
    input: path.join(__dirname, 'qsdp.ts'),
    platform: 'node',
    external: ['better-sqlite3'],
    logLevel: 'silent',
    output: { file: cli, format: 'cjs' },
  });
  dataDir = path.join(tmp, 'data');
  usb = path.join(tmp, 'usb');
  fs.mkdirSync(usb);
  const core = createCore({ dataDir, log: silentLogger });
  await core.invoke('localities.create', { name: 'Phường Sông Cầu', kind: 'ward' });
  core.close();
});
afterAll(() => removeTempDir(tmp));

function qsdp(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    env: { ...process.env, QSDP_DATA_DIR: dataDir, NODE_PATH: path.join(ROOT, 'node_modules') },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const localityNames = () => {
  const core = createCore({ dataDir, log: silentLogger });
  try {
    return (core.db.prepare(`SELECT name FROM locality_names ORDER BY name`).all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
  } finally {
    core.close();
  }
};

describe('qsdp command line', () => {
  it('backs up, verifies and restores with exit code 0 and Vietnamese messages', async () => {
    const backup = qsdp('backup', '--to', usb);
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/Đã sao lưu và kiểm tra: .*qsdp-.*\.sqlite/);
    const [file] = fs.readdirSync(usb);
    const copy = path.join(usb, file!);

    const verify = qsdp('verify', copy);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/Bản sao lưu hợp lệ/);

    const core = createCore({ dataDir, log: silentLogger });
    await core.invoke('localities.create', { name: 'Phường Thêm Sau', kind: 'ward' });
    core.close();
    expect(localityNames()).toContain('Phường Thêm Sau');

    const restore = qsdp('restore', copy);
    expect(restore.err).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/Đã khôi phục dữ liệu/);
    expect(localityNames()).toEqual(['Phường Sông Cầu']);
  });

  it('exits 1 with the reason when a file fails verification or a restore is refused', () => {
    const junk = path.join(tmp, 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database');
    const live = path.join(dataDir, 'qsdp.sqlite');
    const before = fs.readFileSync(live);
    for (const args of [
      ['verify', junk],
      ['restore', junk],
      ['backup', '--to', path.join(tmp, 'khong-co')],
    ]) {
      const run = qsdp(...args);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/không phải là tệp dữ liệu QSĐP|thư mục không tồn tại/);
    }
    expect(fs.readFileSync(live).equals(before)).toBe(true);
  });

  it('exits 2 with the usage for a wrong command line', () => {
    // Each run starts a whole Node process: three cases cover no command, an unknown one and a missing value.
    for (const args of [[], ['sao-luu'], ['backup', '--to']]) {
      const run = qsdp(...args);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/Cách dùng: npm run qsdp/);
    }
  });
});
