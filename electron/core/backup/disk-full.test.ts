import { expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';

let core: TestCore;
useTestCore((c) => (core = c));

const count = (sql: string) => (core.db.prepare(sql).get() as { n: number }).n;

it('a full disk gives a clear Vietnamese message, leaves no half-written change, and the core keeps working', async () => {
  const pages = core.db.pragma('page_count', { simple: true }) as number;
  // The file may not grow by more than a few pages: the disk is "full" after a handful of localities.
  core.db.pragma(`max_page_count = ${pages + 4}`);
  let failure: { code: string; message: string } | undefined;
  let created = 0;
  for (let i = 0; i < 500 && !failure; i += 1) {
    // Long names fill pages quickly; each create writes a locality, its name row and an audit row.
    const result = await core.invoke('localities.create', { name: `Phường ${i} ${'Đ'.repeat(110)}`, kind: 'ward' });
    if (result.ok) created += 1;
    else failure = result.error;
  }
  expect(failure?.code).toBe('DISK_FULL');
  expect(failure?.message).toMatch(/Ổ đĩa đã đầy/);
  expect(failure?.message).toMatch(/không có dữ liệu nào bị ghi dở/);
  // All-or-none: every locality has its name row and its audit row, and the failed one has none of them.
  expect(count(`SELECT count(*) AS n FROM localities`)).toBe(created);
  expect(count(`SELECT count(*) AS n FROM locality_names`)).toBe(created);
  expect(count(`SELECT count(*) AS n FROM audit_log WHERE entity = 'locality'`)).toBe(created);
  expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  // Reads still work while the disk is full.
  expect(await call<unknown[]>(core, 'localities.list')).toHaveLength(created);

  core.db.pragma('max_page_count = 1073741823');
  await call(core, 'localities.create', { name: 'Phường Sau Khi Dọn Ổ Đĩa', kind: 'ward' });
  expect(count(`SELECT count(*) AS n FROM localities`)).toBe(created + 1);
});
