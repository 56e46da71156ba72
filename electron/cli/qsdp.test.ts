import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../core/app-core';
import { makeTempDir, removeTempDir, TEST_KEY, writeTestKeyFile } from '../core/db/test-helpers';
import { silentLogger } from '../core/log/logger';
import { bundleForNode } from '../core/backup/test-support';

const ROOT = path.resolve(__dirname, '..', '..');
let tmp: string;
let cli: string;
let dataDir: string;
let usb: string;
let passphraseFile: string;
let backupPassphraseFile: string;

beforeAll(async () => {
  tmp = makeTempDir('qsdp-cli-');
  cli = path.join(tmp, 'qsdp.cjs');
  // Run the real entry point as a child process, as a scheduled task would (bundled: Node cannot run .ts).
  await bundleForNode(path.join(__dirname, 'qsdp.ts'), cli);
  dataDir = path.join(tmp, 'data');
  usb = path.join(tmp, 'usb');
  fs.mkdirSync(usb);
  // The folder unlocks as a real one does: its key file, and the data passphrase in a file.
  passphraseFile = writeTestKeyFile(dataDir);
  backupPassphraseFile = path.join(tmp, 'backup-passphrase.txt');
  fs.writeFileSync(backupPassphraseFile, 'cum-mat-khau-usb-2026\n');
  const core = createCore({ dataDir, key: TEST_KEY, log: silentLogger });
  await core.invoke('localities.create', { name: 'Phường Sông Cầu', kind: 'ward' });
  core.close();
});
afterAll(() => removeTempDir(tmp));

function qsdp(...args: string[]) {
  return qsdpWithInput(undefined, ...args);
}

/** The CLI with `input` on its standard input (a pipe: answers to its questions, one a line). */
function qsdpWithInput(input: string | undefined, ...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    env: {
      ...process.env,
      QSDP_DATA_DIR: dataDir,
      QSDP_PASSPHRASE_FILE: passphraseFile,
      NODE_PATH: path.join(ROOT, 'node_modules'),
    },
    encoding: 'utf8',
    input,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const localityNames = () => {
  const core = createCore({ dataDir, key: TEST_KEY, log: silentLogger });
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
    // The backup's passphrase is never an argument: with no terminal and no file, nothing is written.
    expect(qsdp('backup', '--to', usb)).toMatchObject({ code: 1, err: expect.stringContaining('--passphrase-file') });
    expect(fs.readdirSync(usb)).toEqual([]);
    const backup = qsdp('backup', '--to', usb, '--passphrase-file', backupPassphraseFile);
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/Đã sao lưu và kiểm tra: .*qsdp-.*\.qsdpbak/);
    const [file] = fs.readdirSync(usb);
    const copy = path.join(usb, file!);

    expect(qsdp('verify', copy).code).toBe(1);
    const verify = qsdp('verify', copy, '--passphrase-file', backupPassphraseFile);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/Bản sao lưu hợp lệ/);

    const core = createCore({ dataDir, key: TEST_KEY, log: silentLogger });
    await core.invoke('localities.create', { name: 'Phường Thêm Sau', kind: 'ward' });
    core.close();
    expect(localityNames()).toContain('Phường Thêm Sau');

    const restore = qsdp('restore', copy, '--passphrase-file', backupPassphraseFile);
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
      ['backup', '--to', path.join(tmp, 'khong-co'), '--passphrase-file', backupPassphraseFile],
      ['backup', '--to', usb, '--passphrase-file', path.join(tmp, 'khong-co.txt')],
    ]) {
      const run = qsdp(...args);
      expect(run.code).toBe(1);
      expect(run.err).toMatch(/không phải là tệp dữ liệu QSĐP|không tồn tại|Không đọc được tệp/);
    }
    expect(fs.readFileSync(live).equals(before)).toBe(true);
  });

  it('exits 2 with the usage for a wrong command line', () => {
    // Each run starts a whole Node process: three cases cover no command, an unknown one and a missing value.
    for (const args of [[], ['sao-luu'], ['backup', '--to'], ['backup', '--to', usb, '--passphrase', 'x']]) {
      const run = qsdp(...args);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/Cách dùng: npm run qsdp/);
    }
  });

  it('unlocks an account and sets a new password for someone at the PC, audited as the CLI user', async () => {
    const core = createCore({ dataDir, key: TEST_KEY, log: silentLogger });
    await core.invoke('accounts.create', {
      username: 'chihuy',
      displayName: 'Chỉ huy',
      role: 'officer',
      password: 'mat-khau-cu-1',
    });
    core.db.prepare(`UPDATE accounts SET locked = 1, failed_count = 7 WHERE username = 'chihuy'`).run();
    core.close();

    const unlock = qsdp('unlock', 'chihuy');
    expect(unlock.err).toBe('');
    expect(unlock.code).toBe(0);
    expect(unlock.out).toMatch(/Đã mở khóa tài khoản "chihuy"/);

    // Typed twice (here through a pipe); a mismatch changes nothing.
    const mismatch = qsdpWithInput('mat-khau-moi-2\nkhac-han-3\n', 'reset-password', 'chihuy');
    expect(mismatch.code).toBe(1);
    expect(mismatch.err).toMatch(/không giống nhau/);
    const reset = qsdpWithInput('mat-khau-moi-2\nmat-khau-moi-2\n', 'reset-password', 'chihuy');
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/Đã đặt mật khẩu mới cho tài khoản "chihuy"/);
    // The questions go to the terminal (standard error); what was typed is never echoed.
    expect(reset.err).toContain('Mật khẩu mới');
    expect(reset.out + reset.err).not.toContain('mat-khau-moi-2');
    expect(qsdp('unlock', 'khong-co').err).toMatch(/Không có tài khoản "khong-co"/);
    // The password never goes on the command line.
    expect(qsdp('reset-password', 'chihuy', '--password', 'x').code).toBe(2);

    const after = createCore({ dataDir, key: TEST_KEY, log: silentLogger });
    try {
      const login = await after.invoke('accounts.login', { username: 'chihuy', password: 'mat-khau-moi-2' });
      expect(login.ok).toBe(true);
      const rows = after.db
        .prepare(`SELECT actor, action, after_json FROM audit_log WHERE entity = 'account' ORDER BY seq`)
        .all() as Array<{ actor: string; action: string; after_json: string }>;
      const byCli = rows.filter((r) => r.actor.startsWith('cli:'));
      expect(byCli.map((r) => r.action)).toEqual(['unlock', 'update']);
      expect(byCli[1]!.after_json).toContain('"changed":"password"');
      expect(JSON.stringify(rows)).not.toContain('mat-khau-moi-2');
    } finally {
      after.close();
    }
  });
});
