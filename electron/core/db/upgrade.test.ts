import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE, type Core } from '../app-core';
import { openBackup } from '../backup/verify';
import { connect } from '../encryption/sqlcipher';
import { unlockDataKey } from '../encryption/unlock';
import { silentLogger } from '../log/logger';
import type { OfficeProfile } from '../office/schema';
import type { Locality } from '../localities/schema';
import type { Person, PersonPage } from '../people/schema';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { call, makeTempDir, removeTempDir, TEST_KEY, TEST_NOW, TEST_PASSPHRASE } from './test-helpers';
import { BACKUP_FOLDER } from './upgrade-backup';

// Made by scripts/make-schema-v1-fixture.mjs with only migration 0001, as the first release left its files.
const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/schema-v1.sqlite');
const DUC_ID = '30000000-0000-4000-8000-000000000001';

let dataDir = '';
let core: Core | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
  removeTempDir(dataDir);
});

/** A data folder holding a copy of the v1 fixture as the office's database (the fixture itself stays untouched). */
function dataFolderWithV1(): string {
  dataDir = makeTempDir('qsdp-upgrade-');
  fs.copyFileSync(FIXTURE, path.join(dataDir, DATABASE_FILE));
  return dataDir;
}

let key: Buffer = TEST_KEY;

/**
 * Opens the folder as the program does: the data key first (encryption/unlock.ts: a plain file of
 * an older release is encrypted in place under a new key), then the core (which migrates the schema).
 */
async function open(dir: string): Promise<Core> {
  const unlocked = await unlockDataKey(dir, { passphrase: async () => TEST_PASSPHRASE });
  key = unlocked.key;
  core = createCore({ dataDir: dir, key, now: () => TEST_NOW, actor: 'tester', log: silentLogger });
  return core;
}

function backups(dir: string): string[] {
  const folder = path.join(dir, BACKUP_FOLDER);
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
}

function readOnly<T>(file: string, read: (db: Database) => T): T {
  const db = connect(file, key, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('upgrading a database made by the first release', () => {
  it('encrypts the old plain file in place, and keeps the office profile, localities and people readable', async () => {
    const dir = dataFolderWithV1();
    const plain = fs.readFileSync(path.join(dir, DATABASE_FILE));
    expect(plain.includes(Buffer.from('001207012345'))).toBe(true);
    const c = await open(dir);
    c.db.pragma('wal_checkpoint(TRUNCATE)');
    const now = fs.readFileSync(path.join(dir, DATABASE_FILE));
    expect(now.includes(Buffer.from('001207012345'))).toBe(false);
    expect(now.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(c.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);

    const office = await call<OfficeProfile>(c, 'office.get');
    expect(office.name).toBe('BAN CHỈ HUY QUÂN SỰ XÃ AN PHÚ');
    expect(office.signers[0]?.name).toBe('Nguyễn Văn Thành');
    // The single old profile became the first period, in force since the start, its kind read from its name.
    expect(await call<OfficeProfile[]>(c, 'office.periods.list')).toEqual([
      expect.objectContaining({ name: office.name, validFrom: null, kind: 'ward_commune', peopleCommittee: null }),
    ]);
    expect(await call<OfficeProfile>(c, 'office.get', { on: '1990-01-01' })).toMatchObject({ id: office.id });

    const localities = await call<Locality[]>(c, 'localities.list', {});
    expect(localities.map((l) => l.name).sort()).toEqual(['Thôn Đông', 'Xã An Phú']);

    const page = await call<PersonPage>(c, 'people.list', {});
    expect(page.total).toBe(2);
    // The search index added by a later migration was filled from the old rows.
    const found = await call<PersonPage>(c, 'people.list', { search: 'tran van duc' });
    expect(found.rows.map((p) => p.id)).toEqual([DUC_ID]);
    const duc = await call<Person>(c, 'people.get', { id: DUC_ID });
    expect(duc).toMatchObject({ fullName: 'Trần Văn Đức', birthDate: '2007-03-09', citizenId: '001207012345' });
  });

  it('backs the old file up first, as a sealed copy that opens at version 1 with the same rows', async () => {
    const dir = dataFolderWithV1();
    await open(dir);
    const names = backups(dir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^truoc-nang-cap-v1-\d{8}-\d{6}\.qsdpbak$/);
    const copy = path.join(dir, 'v1-copy.sqlite');
    openBackup(path.join(dir, BACKUP_FOLDER, names[0]!), { officeKey: key }, { extractTo: copy, latest: 1 });
    const { version, people } = readOnly(copy, (db) => ({
      version: db.pragma('user_version', { simple: true }),
      people: (db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n,
    }));
    expect(version).toBe(1);
    expect(people).toBe(2);
  });

  it('runs the migrations once: opening the upgraded file again makes no second backup', async () => {
    const dir = dataFolderWithV1();
    (await open(dir)).close();
    await open(dir);
    expect(backups(dir)).toHaveLength(1);
  });

  it('makes no backup for a new, empty database', async () => {
    dataDir = makeTempDir('qsdp-upgrade-');
    await open(dataDir);
    expect(backups(dataDir)).toEqual([]);
  });

  it('refuses to upgrade, leaving the file at version 1, when the backup cannot be written', async () => {
    const dir = dataFolderWithV1();
    // A plain file where the backups folder should be: the copy cannot be made.
    fs.writeFileSync(path.join(dir, BACKUP_FOLDER), '');
    await expect(open(dir)).rejects.toThrow(expect.objectContaining({ code: 'DB_UPGRADE_BACKUP_FAILED' }));
    core = undefined;
    const version = readOnly(path.join(dir, DATABASE_FILE), (db) => db.pragma('user_version', { simple: true }));
    expect(version).toBe(1);
  });
});
