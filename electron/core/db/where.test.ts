import { describe, expect, it } from 'vitest';
import { createTestCore } from './test-helpers';
import { containsPattern, whereClause } from './where';

describe('whereClause', () => {
  it('keeps the filters given, joined with AND, and binds their values', () => {
    const status = 'done';
    const typeId = '';
    expect(
      whereClause([
        status && ['e.status = @status', { status }],
        typeId && ['e.type_id = @typeId', { typeId }],
        undefined,
        false,
        ['e.planned_on BETWEEN @from AND @to', { from: '2026-01-01', to: '2026-06-30' }],
      ]),
    ).toEqual({
      sql: 'WHERE e.status = @status AND e.planned_on BETWEEN @from AND @to',
      params: { status: 'done', from: '2026-01-01', to: '2026-06-30' },
    });
    expect(whereClause([undefined, ''])).toEqual({ sql: '', params: {} });
  });

  it('never writes a value into the SQL: a quote or a LIKE wildcard is only ever data', () => {
    const core = createTestCore();
    try {
      core.db.exec(`CREATE TABLE t (name TEXT); INSERT INTO t VALUES ('Lớp 100%'), ('Lớp 1000'), ('O''Brien');`);
      const find = (text: string) => {
        const w = whereClause([["name LIKE @search ESCAPE '\\'", { search: containsPattern(text) }]]);
        return core.db.prepare(`SELECT name FROM t ${w.sql} ORDER BY name`).all(w.params);
      };
      expect(find('100%')).toEqual([{ name: 'Lớp 100%' }]);
      expect(find("O'B")).toEqual([{ name: "O'Brien" }]);
      expect(find("' OR 1=1 --")).toEqual([]);
    } finally {
      core.dispose();
    }
  });
});
