/**
 * Import figures for `npm run bench`: a 20,000-row office sheet is written
 * once, then read, its header found, encodings detected and every row's name,
 * date, sex and citizen ID parsed (the work before the preview) in a child
 * process, so the peak memory is the import's own. Also the export of a
 * 20,000-person list to .xlsx (people.export, the whole list).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/app-core';
import { largeWorkbook } from '../../electron/core/import/test-fixtures';
import { largePeopleRows, peopleWorkbook, seedLocalities } from '../../electron/core/import/people-import-fixtures';
import { silentLogger } from '../../electron/core/log/logger';
import { seedLargeOffice } from './seed-office';
import { BENCH_KEY, round, timeOnce } from './stats';

const ROWS = 20_000;

export async function importFigures(): Promise<Array<{ name: string; value: number; target?: number }>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-bench-import-'));
  try {
    const file = path.join(dir, 'danh-sach.xlsx');
    fs.writeFileSync(file, await largeWorkbook(ROWS));
    const output = execFileSync(process.execPath, [path.join(__dirname, 'import-child.js'), file], {
      encoding: 'utf8',
    });
    const result = JSON.parse(output) as { ms: number; peakMb: number; rows: number };
    if (result.rows !== ROWS) throw new Error(`parsed ${result.rows} rows, expected ${ROWS}`);
    return [
      { name: `import: read + parse a ${ROWS}-row .xlsx sheet (ms)`, value: round(result.ms), target: 10_000 },
      { name: 'import: peak memory of that process (MB)', value: round(result.peakMb), target: 500 },
      await exportFigure(dir),
      await previewCommitFigure(dir),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function exportFigure(dir: string): Promise<{ name: string; value: number; target: number }> {
  const core = createCore({ dataDir: path.join(dir, 'export'), key: BENCH_KEY, log: silentLogger });
  try {
    await seedLargeOffice(core, ROWS);
    const run = await timeOnce(() => core.invoke('people.export', {}));
    if (!run.value.ok) throw new Error(run.value.error.message);
    const count = (run.value.value as { count: number }).count;
    return { name: `export: people.export of ${count} people to .xlsx (ms)`, value: round(run.ms), target: 5_000 };
  } finally {
    core.close();
  }
}

/** The whole people import through the API: inspect, preview (first page), commit of every row in one transaction. */
async function previewCommitFigure(dir: string): Promise<{ name: string; value: number; target: number }> {
  const core = createCore({ dataDir: path.join(dir, 'import-commit'), key: BENCH_KEY, log: silentLogger });
  try {
    await seedLocalities(core);
    const base64 = (await peopleWorkbook(largePeopleRows(ROWS))).toString('base64');
    const run = await timeOnce(async () => {
      const inspected = await core.invoke('import.inspect', { fileName: 'danh-sach.xlsx', base64 });
      if (!inspected.ok) throw new Error(inspected.error.message);
      const token = (inspected.value as { token: string }).token;
      const previewed = await core.invoke('import.preview', { token, target: 'people' });
      if (!previewed.ok) throw new Error(previewed.error.message);
      return core.invoke('import.commit', { token, target: 'people' });
    });
    if (!run.value.ok) throw new Error(run.value.error.message);
    const created = (run.value.value as { created: number }).created;
    if (created !== ROWS) throw new Error(`imported ${created} people, expected ${ROWS}`);
    return { name: `import: inspect + preview + commit of ${ROWS} people (ms)`, value: round(run.ms), target: 10_000 };
  } finally {
    core.close();
  }
}
