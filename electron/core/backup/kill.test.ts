import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { connect } from '../encryption/sqlcipher';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, TEST_KEY } from '../db/test-helpers';
import { bundleForNode } from './test-support';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const KILLS = 50;
const BATCH_ROWS = 2000;
let dir: string;
let writer: string;

beforeAll(async () => {
  dir = makeTempDir('qsdp-kill-');
  writer = path.join(dir, 'kill-writer.cjs');
  // The writer is TypeScript using the product's connection code: bundle it so plain Node can run it.
  await bundleForNode(path.join(ROOT, 'test', 'crash', 'kill-writer.ts'), writer);
});
afterAll(() => removeTempDir(dir));

/** Starts the writer, lets it write for `ms` after it is ready, then SIGKILLs it. */
function killAfter(file: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, file, TEST_KEY.toString('hex')], {
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited without being killed: ${stderr}`)),
    );
  });
}

it(`survives ${KILLS} SIGKILLs mid-write: the file stays whole and every batch is all or nothing`, async () => {
  const file = path.join(dir, 'qsdp.sqlite');
  let previous = 0;
  let grew = 0;
  for (let i = 0; i < KILLS; i += 1) {
    // Random moments, from right after opening to several batches in.
    await killAfter(file, Math.floor(Math.random() * 80));
    const db = connect(file, TEST_KEY);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const partial = db
        .prepare(
          `SELECT b.batch, b.rows, count(r.seq) AS found FROM kill_batches b
           LEFT JOIN kill_rows r ON r.batch = b.batch GROUP BY b.batch HAVING found <> b.rows`,
        )
        .all();
      expect(partial).toEqual([]);
      const orphans = db
        .prepare(`SELECT count(*) AS n FROM kill_rows WHERE batch NOT IN (SELECT batch FROM kill_batches)`)
        .get();
      expect(orphans).toEqual({ n: 0 });
      const batches = (db.prepare(`SELECT count(*) AS n FROM kill_batches`).get() as { n: number }).n;
      expect(batches).toBeGreaterThanOrEqual(previous);
      if (batches > previous) grew += 1;
      previous = batches;
    } finally {
      db.close();
    }
  }
  // The kills landed while batches were being written, not only before the first one.
  expect(grew).toBeGreaterThan(KILLS / 4);
  expect(previous * BATCH_ROWS).toBeGreaterThan(0);
  expect(fs.statSync(file).size).toBeGreaterThan(0);
}, 120_000);
