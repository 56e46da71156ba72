import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import type { Locality } from '../localities/schema';
import type { PersonPage } from '../people/schema';
import { inspect, largePeopleRows, maleId, peopleWorkbook, preview, seedLocalities } from './people-import-fixtures';

const ROWS = 20_000;
const FAILING = 19_999;

let core: TestCore;
useTestCore((c) => (core = c));

// Data row 19,999 alone lives in Tổ 9, the locality retired between preview and commit below.
const largeRows = () => largePeopleRows(ROWS, (i) => (i + 1 === FAILING ? 'Tổ 9' : `Tổ ${7 + (i % 2)}`));

describe('a 20,000-row import, all or nothing', () => {
  it('writes nothing when data row 19,999 fails while the rows before it are being written', async () => {
    const localities = await seedLocalities(core, 1);
    const buffer = await peopleWorkbook(largeRows());
    const started = performance.now();
    const { token } = await inspect(core, buffer);
    const inspected = performance.now();
    const checked = await preview(core, token, { pageSize: 20 });
    expect(checked.summary).toMatchObject({ rows: ROWS, withErrors: 0, toCreate: ROWS });
    expect(checked.rows).toHaveLength(20);
    const previewed = performance.now();

    // Tổ 9 is retired behind the import's back after the preview: the write of row 19,999 fails, after
    // 19,998 inserts. (A raw UPDATE leaving the version as it was: a retirement through the API
    // changes the localities' stamp, and the commit's fresh analysis would refuse the row before
    // writing anything — see people-import.test.ts.)
    const village: Locality = localities['Tổ 9']!;
    core.db.prepare('UPDATE localities SET retired_on = ? WHERE id = ?').run('2026-11-27', village.id);
    const result = await core.invoke('import.commit', { token, target: 'people' });
    const committed = performance.now();
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_ROW_FAILED' } });
    // Excel row = data row + 4 (two title rows, a blank row and the header above the data).
    expect(result.ok ? '' : result.error.message).toContain(`dòng ${FAILING + 4}`);
    expect((await call<PersonPage>(core, 'people.list', { pageSize: 1 })).total).toBe(0);
    const audit = core.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'person'").get() as { n: number };
    expect(audit.n).toBe(0);
    console.info(
      `20,000 rows: inspect ${Math.round(inspected - started)} ms, preview ${Math.round(previewed - inspected)} ms, ` +
        `failed commit ${Math.round(committed - previewed)} ms`,
    );
  }, 120_000);

  it('refuses the whole file before writing when data row 19,999 has an error', async () => {
    await seedLocalities(core);
    const rows = largeRows();
    rows[FAILING - 1] = ['Lê Văn Cường', '31/02/1995', 'Nam', maleId(1995, 1), 'Tổ 7', ''];
    const { token } = await inspect(core, await peopleWorkbook(rows));
    const result = await core.invoke('import.commit', { token, target: 'people' });
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_HAS_ERRORS' } });
    expect(result.ok ? '' : result.error.message).toContain(`dòng ${FAILING + 4}`);
    expect((await call<PersonPage>(core, 'people.list', { pageSize: 1 })).total).toBe(0);
  }, 120_000);
});
