import Database from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countAndPage, focusedCountAndPage, pageOfId, pageWindow } from './paging';
import { whereClause } from './where';

/*
 * The page pageOfId names must be the page on which countAndPage really shows the row, whatever
 * the order, the filter and the ties: a record just saved is looked for there and highlighted.
 */

function tableOfTies() {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE t (id TEXT PRIMARY KEY, k INTEGER NOT NULL, name TEXT NOT NULL, day TEXT);
    CREATE INDEX t_k ON t (k); CREATE INDEX t_day ON t (day, id);`);
  const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?)');
  // 157 rows sharing a handful of keys: most rows tie with dozens of others on each sort key.
  for (let i = 0; i < 157; i++) {
    insert.run(randomUUID(), i % 4, ['An', 'Bình', 'Cường'][i % 3]!, i % 5 === 0 ? null : `2026-0${1 + (i % 2)}-01`);
  }
  return db;
}

const ORDERS = [
  't.k, t.id',
  't.k DESC, t.name, t.id',
  't.name DESC, t.k, t.id DESC',
  't.day IS NULL, t.day DESC, t.id',
  't.id DESC',
];
const FILTERS = [
  whereClause([]),
  whereClause([['t.k <> @k', { k: 2 }]]),
  whereClause([['t.name = @name', { name: 'Bình' }], ['t.day IS NOT NULL']]),
];

/** Where each row really is: read every page the way a list reads it. */
function shownPages(db: Database.Database, where: ReturnType<typeof whereClause>, orderBy: string, pageSize: number) {
  const pages = new Map<string, number>();
  const q = { countFrom: 't', select: 'SELECT t.id FROM t', where, orderBy };
  const { total } = countAndPage<{ id: string }>(db, { ...q, limit: 1, offset: 0 });
  for (let page = 1; page <= Math.ceil(total / pageSize); page++) {
    const { rows } = countAndPage<{ id: string }>(db, { ...q, ...pageWindow({ page, pageSize }) });
    for (const row of rows) pages.set(row.id, page);
  }
  return pages;
}

describe('pageOfId', () => {
  it('names the page on which the list shows each row, under every order and filter, ties included', () => {
    const db = tableOfTies();
    const all = db.prepare('SELECT id FROM t').pluck().all() as string[];
    let checked = 0;
    for (const orderBy of ORDERS) {
      for (const where of FILTERS) {
        for (const pageSize of [7, 20]) {
          const shown = shownPages(db, where, orderBy, pageSize);
          expect(shown.size).toBeGreaterThan(20);
          for (const id of all) {
            const q = { select: 'SELECT t.id, t.name FROM t', where, orderBy, pageSize, id };
            expect(pageOfId(db, q), `${orderBy} / ${where.sql} / ${pageSize}`).toBe(shown.get(id) ?? null);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(ORDERS.length * FILTERS.length * 2 * all.length);
  });

  it('refuses an order without the id at its end, where ties could fall differently', () => {
    const db = tableOfTies();
    const q = { select: 'SELECT t.id FROM t', where: whereClause([]), pageSize: 10, id: 'x' };
    expect(() => pageOfId(db, { ...q, orderBy: 't.k, t.name' })).toThrow(/end with the id/);
    expect(() => pageOfId(db, { ...q, orderBy: 't.k, t.paid' })).toThrow(/end with the id/);
  });

  it('reads the focused page, or the page asked for with focusOutside when the filters leave the row out', () => {
    const db = tableOfTies();
    const q = { countFrom: 't', select: 'SELECT t.id FROM t', orderBy: 't.k, t.name, t.id' };
    const last = db.prepare('SELECT id FROM t WHERE k = 3 ORDER BY name DESC, id DESC LIMIT 1').pluck().get() as string;
    const found = focusedCountAndPage<{ id: string }>(
      db,
      { ...q, where: whereClause([]) },
      { page: 1, pageSize: 20, focusId: last },
    );
    expect(found.page).toBe(8);
    expect(found.rows.at(-1)!.id).toBe(last);
    expect(found.focusOutside).toBeUndefined();
    const outside = focusedCountAndPage<{ id: string }>(
      db,
      { ...q, where: whereClause([['t.k = @k', { k: 0 }]]) },
      { page: 2, pageSize: 20, focusId: last },
    );
    expect(outside).toMatchObject({ page: 2, focusOutside: true });
    expect(outside.rows.map((r) => r.id)).not.toContain(last);
  });
});
