/**
 * Child process for the kill test (electron/core/backup/kill.test.ts): opens the
 * database with the product's own connection code and pragmas, then writes
 * batches of BATCH_ROWS rows, each batch in one transaction with a header row
 * that records its size, until it is killed. Prints "ready" once writing starts.
 */
import { openDatabase } from '../../electron/core/db/connection';

export const BATCH_ROWS = 2000;

const file = process.argv[2];
if (!file) throw new Error('usage: kill-writer FILE');
const db = openDatabase(file);
db.exec(`
  CREATE TABLE IF NOT EXISTS kill_batches (batch INTEGER PRIMARY KEY, rows INTEGER NOT NULL) STRICT;
  CREATE TABLE IF NOT EXISTS kill_rows (
    batch INTEGER NOT NULL REFERENCES kill_batches (batch),
    seq INTEGER NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (batch, seq)
  ) STRICT;
`);
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
