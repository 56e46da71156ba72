import Database from 'better-sqlite3-multiple-ciphers';
import { expect, it } from 'vitest';
import { nameOrderBy, SORT_MATCHES_BELOW } from './name-order';

it('orders the same way whether the matches are sorted or read through the name index', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE t (id TEXT PRIMARY KEY, sort_given TEXT, sort_middle TEXT, sort_family TEXT, k INTEGER);
    CREATE INDEX t_sort ON t (sort_given, sort_middle, sort_family, id); CREATE INDEX t_k ON t (k);`);
  const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?)');
  const keys = ['b', 'a', 'c', 'a', 'b'];
  keys.forEach((given, i) => insert.run(`id${4 - i}`, given, keys[(i + 2) % 5], 'x', i % 2));
  const ids = (matches: number) =>
    db
      .prepare(`SELECT id FROM t WHERE k = 0 ORDER BY ${nameOrderBy('t', matches)}`)
      .pluck()
      .all();
  expect(nameOrderBy('t', 1)).toMatch(/^\+t\.sort_given/);
  expect(nameOrderBy('t', SORT_MATCHES_BELOW)).toMatch(/^t\.sort_given/);
  expect(ids(1)).toEqual(ids(SORT_MATCHES_BELOW));
  // k = 0: id4 (b, c), id2 (c, b), id0 (b, a).
  expect(ids(1)).toEqual(['id0', 'id4', 'id2']);
});
