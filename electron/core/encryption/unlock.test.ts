import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../app-core';
import { runAutoBackup } from '../backup/auto';
import { call, makeTempDir, removeTempDir } from '../db/test-helpers';
import { silentLogger } from '../log/logger';
import { keyFilePath, readKeyFile } from './key-file';
import { keyFromRecoveryCode, recoveryCodeOf } from './recovery-code';
import { connect } from './sqlcipher';
import { unlockDataKey, type KeyHost, type OsKeyStore } from './unlock';

let dir: string;
beforeEach(() => (dir = makeTempDir('qsdp-key-')));
afterEach(() => removeTempDir(dir));

const PASSPHRASE = 'cum mat khau van phong';
const withPassphrase = (passphrase: string | null = PASSPHRASE): KeyHost => ({ passphrase: async () => passphrase });

/** A stand-in for DPAPI that only "this Windows user" (this instance) can undo. */
function fakeOsStore(): OsKeyStore {
  const secret = Buffer.alloc(32, 9);
  const xor = (data: Buffer) => Buffer.from(data.map((b, i) => b ^ secret[i % 32]!));
  return { wrap: async (key) => xor(key), unwrap: async (data) => xor(data) };
}

async function officeWithPeople(host: KeyHost): Promise<Buffer> {
  const { key } = await unlockDataKey(dir, host);
  const core = createCore({ dataDir: dir, key, log: silentLogger });
  try {
    await call(core, 'localities.create', { kind: 'ward', name: 'Phường Đức Xuân' });
  } finally {
    core.close();
  }
  return key;
}

describe('the recovery code', () => {
  it('is the key in 14 groups of four, read back in any case, with or without dashes, O as 0', () => {
    const key = Buffer.from('8f'.repeat(32), 'hex');
    const code = recoveryCodeOf(key);
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(keyFromRecoveryCode(code)?.equals(key)).toBe(true);
    expect(keyFromRecoveryCode(code.toLowerCase().replace(/-/g, ' '))?.equals(key)).toBe(true);
    expect(keyFromRecoveryCode(code.replace(/0/g, 'O'))?.equals(key)).toBe(true);
  });

  it('refuses a code with one character mistyped or missing', () => {
    const code = recoveryCodeOf(Buffer.alloc(32, 3));
    const wrong = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
    expect(keyFromRecoveryCode(wrong)).toBeNull();
    expect(keyFromRecoveryCode(code.slice(0, -1))).toBeNull();
  });
});

describe('unlocking the data', () => {
  it('creates a key on a new folder, sealed with the passphrase; the same passphrase opens it again', async () => {
    const first = await unlockDataKey(dir, withPassphrase());
    expect(first.created).toBe(true);
    const file = readKeyFile(dir)!;
    expect(file.wraps.map((w) => w.kind)).toEqual(['passphrase']);
    expect(fs.readFileSync(keyFilePath(dir), 'utf8')).not.toContain(first.key.toString('hex'));
    const again = await unlockDataKey(dir, withPassphrase());
    expect(again).toMatchObject({ created: false, migrated: false });
    expect(again.key.equals(first.key)).toBe(true);
  });

  it('refuses a wrong passphrase, and says what is needed when none is given, touching nothing', async () => {
    await officeWithPeople(withPassphrase());
    const before = fs.readFileSync(path.join(dir, DATABASE_FILE));
    await expect(unlockDataKey(dir, withPassphrase('mot cum khac hoan toan'))).rejects.toMatchObject({
      code: 'DB_KEY_PASSPHRASE_WRONG',
      message: expect.stringContaining('Cụm mật khẩu bảo vệ dữ liệu không đúng'),
    });
    await expect(unlockDataKey(dir, withPassphrase(null))).rejects.toMatchObject({
      code: 'DB_KEY_LOCKED',
      message: expect.stringContaining('mã khôi phục'),
    });
    expect(fs.readFileSync(path.join(dir, DATABASE_FILE)).equals(before)).toBe(true);
  });

  it('refuses a new passphrase shorter than 8 characters, and a folder with no way to keep the key', async () => {
    await expect(unlockDataKey(dir, withPassphrase('ngan'))).rejects.toMatchObject({ code: 'PASSPHRASE_TOO_SHORT' });
    await expect(unlockDataKey(dir, {})).rejects.toMatchObject({ code: 'DB_KEY_NO_PROTECTION' });
    expect(fs.existsSync(keyFilePath(dir))).toBe(false);
  });

  it('opens the data on a "new PC" with only the database and the recovery code', async () => {
    const store = fakeOsStore();
    const key = await officeWithPeople({ osStore: store });
    const code = recoveryCodeOf(key);
    // A new PC: a fresh folder holding only the database file.
    const newPc = makeTempDir('qsdp-may-moi-');
    try {
      fs.copyFileSync(path.join(dir, DATABASE_FILE), path.join(newPc, DATABASE_FILE));
      await expect(unlockDataKey(newPc, withPassphrase())).rejects.toMatchObject({ code: 'DB_KEY_LOCKED' });
      await expect(
        unlockDataKey(newPc, { ...withPassphrase(), recoveryCode: async () => recoveryCodeOf(Buffer.alloc(32, 1)) }),
      ).rejects.toMatchObject({ code: 'DB_KEY_NOT_THIS_DATABASE' });
      const opened = await unlockDataKey(newPc, { ...withPassphrase(), recoveryCode: async () => code.toLowerCase() });
      expect(opened.key.equals(key)).toBe(true);
      // The new PC keeps the key its own way (here: the passphrase) and no longer needs the code.
      expect(readKeyFile(newPc)!.wraps.map((w) => w.kind)).toEqual(['passphrase']);
      expect((await unlockDataKey(newPc, withPassphrase())).key.equals(key)).toBe(true);
      const core = createCore({ dataDir: newPc, key: opened.key, log: silentLogger });
      expect((await call<Array<{ name: string }>>(core, 'localities.list', {})).map((l) => l.name)).toEqual([
        'Phường Đức Xuân',
      ]);
      core.close();
    } finally {
      removeTempDir(newPc);
    }
  });

  it('uses the OS key store when there is one, and adds a passphrase wrap when browser mode opens the folder', async () => {
    const store = fakeOsStore();
    const key = await officeWithPeople({ osStore: store });
    expect(readKeyFile(dir)!.wraps.map((w) => w.kind)).toEqual(['os']);
    expect((await unlockDataKey(dir, { osStore: store })).key.equals(key)).toBe(true);
    // Browser mode on the same folder: no OS store there; the recovery code once, then its passphrase.
    const browser = { ...withPassphrase(), recoveryCode: async () => recoveryCodeOf(key) };
    expect((await unlockDataKey(dir, browser)).key.equals(key)).toBe(true);
    expect(readKeyFile(dir)!.wraps.map((w) => w.kind)).toEqual(['os', 'passphrase']);
    expect((await unlockDataKey(dir, withPassphrase())).key.equals(key)).toBe(true);
  });

  it('wraps the key anew for Windows once the recovery code opened it (Windows reinstalled)', async () => {
    const key = await officeWithPeople({ osStore: fakeOsStore() });
    // Windows reinstalled: the new store cannot undo the old wrap.
    const reinstalled: OsKeyStore = {
      wrap: async (k) => Buffer.from(k.map((b) => b ^ 0x55)),
      unwrap: async (d) => Buffer.from(d.map((b) => b ^ 0x55)),
    };
    await expect(unlockDataKey(dir, { osStore: reinstalled })).rejects.toMatchObject({
      code: 'DB_KEY_OS_STORE_FAILED',
      message: expect.stringContaining('mã khôi phục'),
    });
    const opened = await unlockDataKey(dir, { osStore: reinstalled, recoveryCode: async () => recoveryCodeOf(key) });
    expect(opened.key.equals(key)).toBe(true);
    // The next start needs no code: the key file holds the new store's wrap, and only that one.
    expect(readKeyFile(dir)!.wraps.map((w) => w.kind)).toEqual(['os']);
    expect((await unlockDataKey(dir, { osStore: reinstalled })).key.equals(key)).toBe(true);
  });

  it('encrypts a plain database even when an earlier attempt left a damaged key file beside it', async () => {
    const plain = connect(path.join(dir, DATABASE_FILE), null);
    plain.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('Nguyễn Văn Cũ')");
    plain.close();
    fs.writeFileSync(keyFilePath(dir), '{"format": 1, "wraps": [');
    const { key, migrated } = await unlockDataKey(dir, withPassphrase());
    expect(migrated).toBe(true);
    const db = connect(path.join(dir, DATABASE_FILE), key, { readonly: true });
    expect(db.prepare('SELECT v FROM t').pluck().get()).toBe('Nguyễn Văn Cũ');
    db.close();
    // With no database at all, a damaged key file is reported, never replaced (its database may be elsewhere).
    fs.rmSync(path.join(dir, DATABASE_FILE));
    fs.writeFileSync(keyFilePath(dir), 'hỏng');
    await expect(unlockDataKey(dir, withPassphrase())).rejects.toMatchObject({ code: 'DB_KEY_FILE_DAMAGED' });
  });

  it('makes the data folder private: 0700 for folders, 0600 for the database, its WAL, the key file', async () => {
    if (process.platform === 'win32') return;
    fs.chmodSync(dir, 0o755);
    const { key } = await unlockDataKey(dir, withPassphrase());
    const core = createCore({ dataDir: dir, key });
    try {
      await call(core, 'localities.create', { kind: 'ward', name: 'Phường Riêng' });
      const mode = (file: string) => fs.statSync(file).mode & 0o777;
      expect(mode(dir)).toBe(0o700);
      await runAutoBackup(core.context, 'start');
      for (const folder of ['backups', path.join('backups', 'auto'), 'logs']) {
        expect(mode(path.join(dir, folder)), folder).toBe(0o700);
      }
      for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`, 'qsdp.key']) {
        expect(mode(path.join(dir, file)), file).toBe(0o600);
      }
    } finally {
      core.close();
    }
  });
});
