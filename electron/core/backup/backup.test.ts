import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionGate } from '../accounts/sessions';
import { createCore } from '../app-core';
import { openDatabase } from '../db/connection';
import { LATEST_SCHEMA_VERSION, migrations } from '../db/migrations';
import { call, createTestCore, makeTempDir, removeTempDir, TEST_KEY, refusal } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import { connect } from '../encryption/sqlcipher';
import { silentLogger } from '../log/logger';
import { runAutoBackup } from './auto';
import { readLayout } from './container';
import { allRows, corruptCopy } from './test-support';
import { openBackup, verifyBackupFile } from './verify';

type TestCore = ReturnType<typeof createTestCore>;
let core: TestCore;
let usb: string;
const PASSPHRASE = 'Ban CHQS phường 2026';

beforeEach(() => {
  core = createTestCore();
  usb = makeTempDir('qsdp-usb-');
});
afterEach(() => {
  core.dispose();
  removeTempDir(usb);
});

const live = () => core.db.name;
/** The live file as it sits on disk, WAL folded in first so the bytes say everything. */
function liveBytes(): Buffer {
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  return fs.readFileSync(live());
}

async function backupNow(passphrase = PASSPHRASE): Promise<string> {
  const result = await call<{ file: string; size: number }>(core, 'backup.create', { folder: usb, passphrase });
  return result.file;
}

/** One byte of a file changed in place (a bit flipped at `at`). */
function flipByte(file: string, at: number, mask = 0x01): void {
  const bytes = fs.readFileSync(file);
  bytes[at]! ^= mask;
  fs.writeFileSync(file, bytes);
}

describe('backup.create', () => {
  it('writes a verified, passphrase-sealed copy named with the office and the local date-time', async () => {
    seedDemoOffice(core.context);
    const file = await backupNow();
    expect(path.dirname(file)).toBe(usb);
    expect(path.basename(file)).toMatch(/^qsdp-[A-Z0-9-]+-\d{4}-\d{2}-\d{2}-\d{4}\.qsdpbak$/);
    // One self-contained file: nothing was left beside it (no scratch copy, no partial).
    expect(fs.readdirSync(usb)).toEqual([path.basename(file)]);
    expect(readLayout(file).header).toMatchObject({ protection: 'passphrase', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(verifyBackupFile(file, { officeKey: null, passphrase: PASSPHRASE })).toMatchObject({
      protection: 'passphrase',
      older: false,
    });
    const audit = core.db.prepare(`SELECT action, entity_id FROM audit_log WHERE entity = 'backup'`).all();
    expect(audit).toEqual([{ action: 'create', entity_id: path.basename(file) }]);
  });

  it('needs a passphrase of 8 characters or more, and refuses a relative, missing or non-folder path', async () => {
    expect(await refusal(core, 'backup.create', { folder: usb, passphrase: 'ngan' })).toMatchObject({
      fieldErrors: { passphrase: expect.stringContaining('8 ký tự') },
    });
    for (const folder of ['saoluu', path.join(usb, 'khong-co'), __filename]) {
      const result = await core.invoke('backup.create', { folder, passphrase: PASSPHRASE });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('BACKUP_FOLDER_INVALID');
        expect(result.error.fieldErrors?.folder).toBeTruthy();
      }
    }
  });

  it('deletes a copy that fails verification and says so, leaving nothing under a backup name', async () => {
    // A dangling reference in the live data makes foreign_key_check fail on the copy.
    core.db.pragma('foreign_keys = OFF');
    core.db
      .prepare(
        `INSERT INTO locality_names (id, locality_id, name, valid_from, created_at, updated_at, version)
         SELECT 'x', 'missing', 'Mồ côi', '2020-01-01', '2020', '2020', 1`,
      )
      .run();
    core.db.pragma('foreign_keys = ON');
    const result = await core.invoke('backup.create', { folder: usb, passphrase: PASSPHRASE });
    expect(result.ok || result.error.code).toBe('BACKUP_VERIFY_FAILED');
    expect(fs.readdirSync(usb)).toEqual([]);
  });
});

describe('data at rest', () => {
  it('leaves no readable name or citizen ID in the database, its WAL, or any backup', async () => {
    seedDemoOffice(core.context);
    const person = core.db
      .prepare(
        `SELECT family_name || ' ' || middle_name || ' ' || given_name AS name, citizen_id FROM people
                WHERE citizen_id IS NOT NULL LIMIT 1`,
      )
      .get() as { name: string; citizen_id: string };
    const given = person.name.split(' ').pop()!;
    await backupNow();
    await runAutoBackup(core.context, 'start');
    // A write after the backups: it sits in the WAL until the next checkpoint.
    await call(core, 'localities.create', { name: 'Phường Dấu Vết Riêng', kind: 'ward' });
    const files = [live(), `${live()}-wal`, ...listFiles(path.join(core.dataDir, 'backups')), ...listFiles(usb)];
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(fs.statSync(`${live()}-wal`).size).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      for (const secret of [person.citizen_id, person.name, given, 'Phường Dấu Vết Riêng', 'Dấu Vết']) {
        for (const form of [Buffer.from(secret, 'utf8'), Buffer.from(secret.normalize('NFD'), 'utf8')]) {
          expect(bytes.includes(form), `${path.basename(file)} holds "${secret}"`).toBe(false);
        }
      }
      expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    }
  });

  it('opens the database only with its key: without one, or with another, it is noise', () => {
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(() => new BetterSqlite3(live(), { readonly: true }).prepare('SELECT * FROM people').all()).toThrow(
      /file is not a database/,
    );
    const other = Buffer.alloc(32, 7);
    expect(() => openDatabase(live(), { key: other })).toThrow(/Khóa này không mở được tệp dữ liệu/);
  });
});

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : [full];
  });
}

describe('backup.restore', () => {
  it('round-trips: after a restore every table holds exactly the rows of the backup', async () => {
    seedDemoOffice(core.context);
    const before = allRows(core.db);
    const file = await backupNow();
    core.db.prepare(`UPDATE people SET family_name = 'Đã sửa'`).run();
    core.db.prepare(`DELETE FROM locality_names WHERE rowid IN (SELECT max(rowid) FROM locality_names)`).run();
    await call(core, 'localities.create', { name: 'Phường Mới', kind: 'ward' });

    expect(await refusal(core, 'backup.restore', { file })).toMatchObject({ code: 'BACKUP_PASSPHRASE_NEEDED' });
    const result = await call<{ safetyCopy: string; schemaVersion: number }>(core, 'backup.restore', {
      file,
      passphrase: PASSPHRASE,
    });
    expect(result.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const after = allRows(core.db);
    // The audit log gains the restore (the backup's own row was written after the copy); all else is the backup's.
    const added = after.audit_log!.filter((r) => !before.audit_log!.includes(r));
    expect(added.map((r) => (JSON.parse(r as string) as { action: string }).action)).toEqual(['restore']);
    expect({ ...after, audit_log: after.audit_log!.filter((r) => before.audit_log!.includes(r)) }).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    // The data before the restore was kept (sealed with the office's key), and it holds the change the restore undid.
    expect(path.basename(result.safetyCopy)).toMatch(/^qsdp-truoc-khoi-phuc-.*\.qsdpbak$/);
    const extracted = path.join(usb, 'an-toan.sqlite');
    openBackup(result.safetyCopy, { officeKey: TEST_KEY }, { extractTo: extracted });
    const safety = connect(extracted, TEST_KEY, { readonly: true });
    expect(safety.prepare(`SELECT count(*) AS n FROM locality_names WHERE name = 'Phường Mới'`).get()).toEqual({
      n: 1,
    });
    safety.close();
    // The API keeps working on the restored data.
    await call(core, 'localities.create', { name: 'Phường Sau Khôi Phục', kind: 'ward' });
    expect(core.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('restores through a login session (a context copied for the call) and serves the next call', async () => {
    const gate = createSessionGate(core.context, core.invokeWith);
    const admin = { username: 'quantri', displayName: 'Quản trị', password: 'mat-khau-dai-1' };
    expect((await gate.invoke('w', 'accounts.setupAdmin', admin)).ok).toBe(true);
    const file = (await runAutoBackup(core.context, 'start')).file;
    await call(core, 'localities.create', { name: 'Phường Sau Sao Lưu', kind: 'ward' });
    expect(await gate.invoke('w', 'backup.restore', { file })).toMatchObject({ ok: true });
    expect(await gate.invoke('w', 'localities.list', {})).toEqual({ ok: true, value: [] });
    expect((await gate.invoke('w', 'localities.create', { name: 'Phường Mới', kind: 'ward' })).ok).toBe(true);
  });

  it('restores and migrates a plain backup of an older QSĐP (which has no content MAC)', async () => {
    const old = path.join(usb, 'cu.sqlite');
    // Made by an older program, with a page size other than the live file's.
    const blank = new BetterSqlite3(old);
    blank.pragma('page_size = 1024');
    blank.exec('VACUUM');
    blank.close();
    const db = openDatabase(old, { key: null, migrations: migrations.slice(0, 3) });
    db.pragma('journal_mode = DELETE');
    db.close();
    const result = await call<{ fromVersion: number; schemaVersion: number; safetyCopy: string }>(
      core,
      'backup.restore',
      { file: old },
    );
    expect(result).toMatchObject({ fromVersion: 3, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(core.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(live()).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // Only the safety copy is left behind: no staging file, no upgrade copy of the backup itself.
    expect(fs.readdirSync(path.join(core.dataDir, 'backups'))).toEqual([path.basename(result.safetyCopy)]);
  });

  describe('refuses a bad file and leaves the current database byte-identical', () => {
    async function expectRefused(file: string, code: string, passphrase: string | undefined = PASSPHRASE) {
      await call(core, 'localities.create', { name: 'Phường Hiện Tại', kind: 'ward' });
      const bytes = liveBytes();
      const result = await core.invoke('backup.restore', { file, passphrase });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(/Dữ liệu hiện tại không bị thay đổi|không tìm thấy|cụm mật khẩu/i);
      }
      expect(liveBytes().equals(bytes)).toBe(true);
      expect(
        fs.existsSync(path.join(core.dataDir, 'backups')) ? fs.readdirSync(path.join(core.dataDir, 'backups')) : [],
      ).toEqual([]);
    }

    it('a backup with one byte of its data changed', async () => {
      seedDemoOffice(core.context);
      const file = await backupNow();
      const { bodyStart, bodyEnd } = readLayout(file);
      flipByte(file, Math.floor((bodyStart + bodyEnd) / 2), 0x08);
      expect(() => verifyBackupFile(file, { officeKey: TEST_KEY, passphrase: PASSPHRASE })).toThrow(
        /đã bị thay đổi sau khi sao lưu/,
      );
      await expectRefused(file, 'BACKUP_TAMPERED');
    });

    it('a hostile header asking for a huge key derivation (refused before any is run)', async () => {
      const file = await backupNow();
      const bytes = fs.readFileSync(file);
      const { header, bodyStart } = readLayout(file);
      const hostile = Buffer.from(JSON.stringify({ ...header, sealedKey: { ...header.sealedKey, N: 2 ** 20, p: 16 } }));
      const length = Buffer.alloc(4);
      length.writeUInt32BE(hostile.length);
      fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, 8), length, hostile, bytes.subarray(bodyStart)]));
      await expectRefused(file, 'BACKUP_DAMAGED');
    });

    it('a wrong passphrase', async () => {
      const file = await backupNow();
      await expectRefused(file, 'BACKUP_PASSPHRASE_WRONG', 'Ban CHQS phường 2025');
    });

    it('a backup whose frame is broken', async () => {
      const bad = await backupNow();
      const bytes = fs.readFileSync(bad);
      bytes.fill(0x7e, 14, 40);
      fs.writeFileSync(bad, bytes);
      await expectRefused(bad, 'BACKUP_DAMAGED');
    });

    it('a backup cut short or overwritten in the middle (a failing stick)', async () => {
      const good = await backupNow();
      const bad = path.join(usb, 'hong.qsdpbak');
      corruptCopy(good, bad);
      await expectRefused(bad, 'BACKUP_TAMPERED');
      fs.truncateSync(good, Math.floor(fs.statSync(good).size / 2));
      await expectRefused(good, 'BACKUP_TAMPERED');
    });

    it('a file that is not a database', async () => {
      const text = path.join(usb, 'ghi-chu.sqlite');
      fs.writeFileSync(text, 'Danh sách công dân\n'.repeat(500));
      await expectRefused(text, 'BACKUP_NOT_SQLITE');
    });

    it('a SQLite file that is not ours', async () => {
      const foreign = path.join(usb, 'khac.sqlite');
      const db = new BetterSqlite3(foreign);
      db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
      db.close();
      await expectRefused(foreign, 'BACKUP_NOT_QSDP');
    });

    it('a backup from a newer program', async () => {
      const newer = path.join(usb, 'moi.sqlite');
      const db = openDatabase(newer, { key: null });
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      db.pragma('journal_mode = DELETE');
      db.close();
      await expectRefused(newer, 'BACKUP_NEWER');
    });
  });
});

describe('a backup proves its content', () => {
  it('refuses every one of 60 random single-bit flips, anywhere in the file', async () => {
    seedDemoOffice(core.context);
    const good = (await runAutoBackup(core.context, 'start')).file;
    const pristine = fs.readFileSync(good);
    const flipped = path.join(usb, 'lat-bit.qsdpbak');
    let refused = 0;
    for (let i = 0; i < 60; i += 1) {
      const bytes = Buffer.from(pristine);
      const at = Math.floor(Math.random() * bytes.length);
      bytes[at]! ^= 1 << Math.floor(Math.random() * 8);
      fs.writeFileSync(flipped, bytes);
      try {
        verifyBackupFile(flipped, { officeKey: TEST_KEY });
      } catch {
        refused += 1;
      }
    }
    expect(refused).toBe(60);
    expect(verifyBackupFile(good, { officeKey: TEST_KEY }).protection).toBe('office');
  });
});

describe('a corrupt or foreign file given as the database', () => {
  it('is refused at start-up with a clear message and left byte-identical', () => {
    const dir = makeTempDir();
    try {
      const file = path.join(dir, 'qsdp.sqlite');
      for (const content of [Buffer.from('không phải cơ sở dữ liệu'.repeat(300)), null]) {
        if (content) fs.writeFileSync(file, content);
        else {
          liveBytes();
          corruptCopy(live(), file);
        }
        const bytes = fs.readFileSync(file);
        expect(() => createCore({ dataDir: dir, key: TEST_KEY, log: silentLogger })).toThrow(
          /bị hỏng|không mở được tệp dữ liệu/,
        );
        expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      }
    } finally {
      removeTempDir(dir);
    }
  });
});
