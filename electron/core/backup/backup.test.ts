import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../app-core';
import { openDatabase } from '../db/connection';
import { LATEST_SCHEMA_VERSION, migrations } from '../db/migrations';
import { call, createTestCore, makeTempDir, removeTempDir } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import { silentLogger } from '../log/logger';
import { allRows, corruptCopy } from './test-support';

type TestCore = ReturnType<typeof createTestCore>;
let core: TestCore;
let usb: string;

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

async function backupNow(): Promise<string> {
  const result = await call<{ file: string; size: number }>(core, 'backup.create', { folder: usb });
  return result.file;
}

describe('backup.create', () => {
  it('writes a verified, self-contained copy named with the office and the local date-time', async () => {
    seedDemoOffice(core.context);
    const file = await backupNow();
    expect(path.dirname(file)).toBe(usb);
    expect(path.basename(file)).toMatch(/^qsdp-[A-Z0-9-]+-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const copy = new BetterSqlite3(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const audit = core.db.prepare(`SELECT action, entity_id FROM audit_log WHERE entity = 'backup'`).all();
    expect(audit).toEqual([{ action: 'create', entity_id: path.basename(file) }]);
  });

  it('refuses a relative, missing or non-folder path with a field error', async () => {
    for (const folder of ['saoluu', path.join(usb, 'khong-co'), __filename]) {
      const result = await core.invoke('backup.create', { folder });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('BACKUP_FOLDER_INVALID');
        expect(result.error.fieldErrors?.folder).toBeTruthy();
      }
    }
  });

  it('deletes a copy that fails verification and says so', async () => {
    // A dangling reference in the live data makes foreign_key_check fail on the copy.
    core.db.pragma('foreign_keys = OFF');
    core.db
      .prepare(
        `INSERT INTO locality_names (id, locality_id, name, valid_from, created_at, updated_at, version)
         SELECT 'x', 'missing', 'Mồ côi', '2020-01-01', '2020', '2020', 1`,
      )
      .run();
    core.db.pragma('foreign_keys = ON');
    const result = await core.invoke('backup.create', { folder: usb });
    expect(result.ok || result.error.code).toBe('BACKUP_VERIFY_FAILED');
    expect(fs.readdirSync(usb)).toEqual([]);
  });
});

describe('backup.restore', () => {
  it('round-trips: after a restore every table holds exactly the rows of the backup', async () => {
    seedDemoOffice(core.context);
    const before = allRows(core.db);
    const file = await backupNow();
    core.db.prepare(`UPDATE people SET family_name = 'Đã sửa'`).run();
    core.db.prepare(`DELETE FROM locality_names WHERE rowid IN (SELECT max(rowid) FROM locality_names)`).run();
    await call(core, 'localities.create', { name: 'Phường Mới', kind: 'ward' });

    const result = await call<{ safetyCopy: string; schemaVersion: number }>(core, 'backup.restore', { file });
    expect(result.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const after = allRows(core.db);
    // The audit log gains the restore (the backup's own row was written after the copy); all else is the backup's.
    const added = after.audit_log!.filter((r) => !before.audit_log!.includes(r));
    expect(added.map((r) => (JSON.parse(r as string) as { action: string }).action)).toEqual(['restore']);
    expect({ ...after, audit_log: after.audit_log!.filter((r) => before.audit_log!.includes(r)) }).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    // The data before the restore was kept, and it holds the change the restore undid.
    const safety = new BetterSqlite3(result.safetyCopy, { readonly: true });
    expect(safety.prepare(`SELECT count(*) AS n FROM locality_names WHERE name = 'Phường Mới'`).get()).toEqual({
      n: 1,
    });
    safety.close();
    expect(path.basename(result.safetyCopy)).toMatch(/^qsdp-truoc-khoi-phuc-/);
    // The API keeps working on the restored data through the same connection.
    await call(core, 'localities.create', { name: 'Phường Sau Khôi Phục', kind: 'ward' });
  });

  it('migrates an older backup after restoring it', async () => {
    const old = path.join(usb, 'cu.sqlite');
    // Made by an older program, with a page size other than the live file's (SQLite cannot copy across those in WAL).
    const blank = new BetterSqlite3(old);
    blank.pragma('page_size = 1024');
    blank.exec('VACUUM');
    blank.close();
    const db = openDatabase(old, { migrations: migrations.slice(0, 3) });
    expect(db.pragma('page_size', { simple: true })).toBe(1024);
    db.pragma('journal_mode = DELETE');
    db.close();
    const result = await call<{ fromVersion: number; schemaVersion: number; safetyCopy: string }>(
      core,
      'backup.restore',
      { file: old },
    );
    expect(result).toMatchObject({ fromVersion: 3, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(core.db.pragma('page_size', { simple: true })).toBe(4096);
    expect(core.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // Only the safety copy is left behind: no staging file, no upgrade copy of the backup itself.
    expect(fs.readdirSync(path.join(core.dataDir, 'backups'))).toEqual([path.basename(result.safetyCopy)]);
  });

  describe('refuses a bad file and leaves the current database byte-identical', () => {
    async function expectRefused(file: string, code: string) {
      await call(core, 'localities.create', { name: 'Phường Hiện Tại', kind: 'ward' });
      const bytes = liveBytes();
      const result = await core.invoke('backup.restore', { file });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(/Dữ liệu hiện tại không bị thay đổi|không tìm thấy/i);
      }
      expect(liveBytes().equals(bytes)).toBe(true);
      expect(
        fs.existsSync(path.join(core.dataDir, 'backups')) ? fs.readdirSync(path.join(core.dataDir, 'backups')) : [],
      ).toEqual([]);
    }

    it('a corrupt backup', async () => {
      const good = await backupNow();
      const bad = path.join(usb, 'hong.sqlite');
      corruptCopy(good, bad);
      await expectRefused(bad, 'BACKUP_DAMAGED');
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
      const good = await backupNow();
      const db = new BetterSqlite3(good);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      db.close();
      await expectRefused(good, 'BACKUP_NEWER');
    });
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
        expect(() => createCore({ dataDir: dir, log: silentLogger })).toThrow(/bị hỏng/);
        expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      }
    } finally {
      removeTempDir(dir);
    }
  });
});
