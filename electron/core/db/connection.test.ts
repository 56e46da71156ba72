import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../kernel/errors';
import { openDatabase } from './connection';
import { migrations, LATEST_SCHEMA_VERSION } from './migrations';
import { connect } from '../encryption/sqlcipher';
import { makeTempDir, removeTempDir, TEST_KEY } from './test-helpers';

let dir = '';
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeTempDir(dir));

function openError(file: string): ApiError {
  try {
    openDatabase(file, { key: TEST_KEY }).close();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected openDatabase to refuse the file');
}

describe('openDatabase', () => {
  it('creates a new file with WAL, synchronous=FULL, foreign keys and the latest schema', () => {
    const db = openDatabase(path.join(dir, 'office.sqlite'), { key: TEST_KEY });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('applies every migration in turn from an empty file, each leaving a consistent schema', () => {
    for (let upTo = 1; upTo <= migrations.length; upTo++) {
      const file = path.join(dir, `step-${upTo}.sqlite`);
      const db = openDatabase(file, { key: TEST_KEY, migrations: migrations.slice(0, upTo) });
      expect(db.pragma('user_version', { simple: true })).toBe(upTo);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      db.close();
      // Reopening with the full list finishes the job from that version.
      const reopened = openDatabase(file, { key: TEST_KEY });
      expect(reopened.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      reopened.close();
    }
  });

  it('gives every record table an id, timestamps, a version and STRICT typing', () => {
    const db = openDatabase(path.join(dir, 'office.sqlite'), { key: TEST_KEY });
    // Ordinary tables only: full-text indexes (virtual and shadow tables) are derived data, and the audit log is a log.
    const tables = db
      .prepare(
        `SELECT s.name, s.sql FROM pragma_table_list t JOIN sqlite_schema s ON s.name = t.name
         WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite_%' AND t.name <> 'audit_log'`,
      )
      .all() as Array<{ name: string; sql: string }>;
    expect(tables.map((t) => t.name)).toContain('people');
    expect(tables.map((t) => t.name)).not.toContain('people_search');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const columns = (
        db.prepare('SELECT name FROM pragma_table_info(?)').all(table.name) as Array<{ name: string }>
      ).map((c) => c.name);
      expect(columns, table.name).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'version']));
      expect(table.sql, table.name).toMatch(/\)\s*STRICT\s*$/);
    }
    db.close();
  });

  it('refuses a database from a newer program and leaves the file byte-identical', () => {
    const file = path.join(dir, 'newer.sqlite');
    const maker = connect(file, TEST_KEY);
    maker.exec('CREATE TABLE future_things (id TEXT PRIMARY KEY); INSERT INTO future_things VALUES (1)');
    maker.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    maker.close();
    const before = fs.readFileSync(file);
    const filesBefore = fs.readdirSync(dir).sort();

    const error = openError(file);
    expect(error.code).toBe('DB_NEWER_VERSION');
    expect(error.message).toContain('phiên bản QSĐP mới hơn');
    expect(error.message).toContain(String(LATEST_SCHEMA_VERSION + 5));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(filesBefore);
  });

  it('reports a damaged file (quick_check failure) with a clear message and leaves it unchanged', () => {
    const file = path.join(dir, 'damaged.sqlite');
    const maker = connect(file, TEST_KEY);
    maker.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t (v);');
    const insert = maker.prepare('INSERT INTO t (v) VALUES (?)');
    maker.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`value-${i}-${'x'.repeat(40)}`);
    })();
    const indexRoot = (
      maker.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 't_v'`).get() as { rootpage: number }
    ).rootpage;
    maker.close();
    // Scribble over the index's root page (not the schema page), as a bad sector would.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, (indexRoot - 1) * 4096);
    fs.closeSync(fd);
    const before = fs.readFileSync(file);

    const error = openError(file);
    expect(error.code).toBe('DB_DAMAGED');
    expect(error.message).toContain('Tệp dữ liệu bị hỏng');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a file the key cannot read (not a database, or another office’s) and leaves it unchanged', () => {
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, 'Danh sách công dân — not a database'.repeat(200));
    const before = fs.readFileSync(file);
    const error = openError(file);
    expect(error.code).toBe('DB_KEY_NOT_THIS_DATABASE');
    expect(error.message).toContain('không phải tệp dữ liệu QSĐP');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('openDatabase after a power cut in rollback-journal mode', () => {
  it('rolls back the hot journal and opens the data as it was before the cut', () => {
    // A database in rollback-journal mode, as a restored file is until it is reopened in WAL mode.
    const file = path.join(dir, 'qsdp.sqlite');
    openDatabase(file, { key: TEST_KEY }).close();
    const db = connect(file, TEST_KEY);
    db.pragma('journal_mode = DELETE');
    db.exec(`CREATE TABLE cut (n INTEGER); INSERT INTO cut VALUES (1), (2), (3);`);
    db.close();
    // A process killed in the middle of a transaction whose pages already reached the file.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const Db = require('better-sqlite3-multiple-ciphers');
         const db = new Db(process.argv[1]);
         db.pragma("cipher = 'sqlcipher'"); db.pragma('legacy = 4');
         db.pragma("key = \\"x'" + process.argv[2] + "'\\"");
         db.pragma('cache_size = 1');
         db.exec('BEGIN');
         const add = db.prepare('INSERT INTO cut VALUES (?)');
         for (let i = 0; i < 20000; i += 1) add.run(i);
         process.kill(process.pid, 'SIGKILL');`,
        file,
        TEST_KEY.toString('hex'),
      ],
      { cwd: path.resolve(__dirname, '..', '..', '..') },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(fs.statSync(`${file}-journal`).size).toBeGreaterThan(0);

    const reopened = openDatabase(file, { key: TEST_KEY });
    try {
      expect(reopened.prepare('SELECT count(*) AS n FROM cut').get()).toEqual({ n: 3 });
      expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      reopened.close();
    }
  });
});
