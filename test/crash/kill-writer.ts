/**
 * Child process for the kill test (electron/core/backup/kill.test.ts): opens the
 * database with the product's own connection code and pragmas, then writes
 * batches of BATCH_ROWS rows, each batch in one transaction with a header row
 * that records its size, until it is killed. Prints "ready" once writing starts.
 */
import { openDatabase } from '../../electron/core/db/connection';
import { KILL_TABLES } from './kill-tables';

export const BATCH_ROWS = 2000;

const file = process.argv[2];
if (!file) throw new Error('usage: kill-writer FILE');
// The product's own encrypted file: the key arrives as hex in the test's argument (a test key, never a real one).
const db = openDatabase(file, { key: Buffer.from(process.argv[3] ?? '', 'hex') });
db.exec(KILL_TABLES);
const nextBatch = db.prepare(`SELECT coalesce(max(batch), 0) + 1 AS n FROM kill_batches`);
const header = db.prepare(`INSERT INTO kill_batches (batch, rows) VALUES (?, ?)`);
const row = db.prepare(`INSERT INTO kill_rows (batch, seq, payload) VALUES (?, ?, ?)`);
const writeBatch = db.transaction(() => {
  const batch = (nextBatch.get() as { n: number }).n;
  header.run(batch, BATCH_ROWS);
  for (let seq = 0; seq < BATCH_ROWS; seq += 1) row.run(batch, seq, `Nguyễn Văn ${batch}-${seq}`);
});
process.stdout.write('ready\n');
for (;;) writeBatch();
