/**
 * Child process for the office kill test (electron/core/backup/kill-office.test.ts): opens the
 * office's encrypted data folder with the product's own core, then does one kind of work in a
 * loop until it is killed — `write` (batches of rows, each batch and its audit row in one
 * transaction), `backup` (automatic backups) or `restore` (restores of one backup file). Prints
 * "ready" once the work starts. The key arrives as hex (a test key, never a real one).
 */
import { createCore } from '../../electron/core/app-core';
import { runAutoBackup } from '../../electron/core/backup/auto';
import { restoreBackup } from '../../electron/core/backup/restore';
import { writeAudit } from '../../electron/core/db/audit';
import { silentLogger } from '../../electron/core/log/logger';
import { inTransaction } from '../../electron/core/kernel/transaction';
import { KILL_TABLES } from './kill-tables';

export const BATCH_ROWS = 300;

async function main(): Promise<void> {
  const [dataDir, mode, keyHex, restoreFile] = process.argv.slice(2);
  if (!dataDir || !mode || !keyHex) throw new Error('usage: kill-office DIR write|backup|restore KEYHEX [FILE]');
  const core = createCore({ dataDir, key: Buffer.from(keyHex, 'hex'), log: silentLogger, actor: 'kill-test' });
  const ctx = core.context;
  ctx.db.exec(KILL_TABLES);
  const writeBatch = () =>
    inTransaction(ctx, () => {
      const batch = (
        ctx.db.prepare(`SELECT coalesce(max(batch), 0) + 1 AS n FROM kill_batches`).get() as {
          n: number;
        }
      ).n;
      ctx.db.prepare(`INSERT INTO kill_batches (batch, rows) VALUES (?, ?)`).run(batch, BATCH_ROWS);
      const row = ctx.db.prepare(`INSERT INTO kill_rows (batch, seq, payload) VALUES (?, ?, ?)`);
      for (let seq = 0; seq < BATCH_ROWS; seq += 1) row.run(batch, seq, `Nguyễn Văn Bí Mật ${batch}-${seq}`);
      writeAudit(ctx.db, {
        actor: ctx.actor,
        at: new Date(),
        entity: 'kill_batch',
        entityId: String(batch),
        action: 'create',
        before: null,
        after: { rows: BATCH_ROWS },
      });
    });
  process.stdout.write('ready\n');
  for (;;) {
    if (mode === 'write') writeBatch();
    else if (mode === 'backup') await runAutoBackup(ctx, 'daily');
    else if (mode === 'restore') await restoreBackup(ctx, restoreFile!);
    else throw new Error(`unknown mode ${mode}`);
    // Let the parent's kill timer fire between steps, as a busy event loop would.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(3);
});
