import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { writeAuditAnchor } from '../audit/anchor';
import type { ApiContext } from '../api/context';
import { ApiError } from '../api/errors';
import { writeAudit } from '../db/audit';
import { openDatabase } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { inTransaction } from '../shared/transaction';
import { createBackup } from './create';
import { backupFileName, backupsDir, fileStamp } from './files';
import { verifyDatabaseFile } from './verify';

const ALL_PAGES = 0x7fffffff;

export interface RestoreResult {
  file: string;
  /** The live data as it was just before the restore, itself verified. */
  safetyCopy: string;
  fromVersion: number;
  schemaVersion: number;
}

/**
 * Copies the backup beside the live file and brings it to our schema there, so
 * the live file never holds an old one. SQLite cannot copy pages into a WAL
 * database of another page size, so a backup made with a different one is
 * rebuilt (VACUUM) with the live page size first.
 */
async function stage(file: string, staging: string, pageSize: number): Promise<void> {
  const source = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staging, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const copy = new BetterSqlite3(staging, { fileMustExist: true });
  try {
    if (copy.pragma('page_size', { simple: true }) !== pageSize) {
      copy.pragma('journal_mode = DELETE');
      // PRAGMA takes no bound parameters; the value is SQLite's own integer.
      copy.pragma(`page_size = ${Math.trunc(pageSize)}`);
      copy.exec('VACUUM');
    }
  } finally {
    copy.close();
  }
  openDatabase(staging).close();
  verifyDatabaseFile(staging);
}

/**
 * Replaces the live data with a backup, without restarting: verify the file →
 * stage a migrated copy → back up the current data ("truoc-khoi-phuc-…") →
 * copy the staged file INTO the live file with SQLite's backup API from a second
 * connection. That last step is one write transaction on the live file: it
 * commits whole or rolls back, and the core's own connection (ctx.db, held by
 * every caller) stays open and simply reads the new pages and schema next time.
 * Any failure before it leaves the live file untouched.
 */
export async function restoreBackup(ctx: ApiContext, file: string): Promise<RestoreResult> {
  const livePath = ctx.db.name;
  const checked = verifyDatabaseFile(file);
  const folder = backupsDir(ctx.dataDir);
  fs.mkdirSync(folder, { recursive: true });
  const at = ctx.now();
  // A folder of its own: opening an older file there may leave a pre-upgrade copy beside it, removed with it.
  const stagingDir = path.join(folder, `.dang-khoi-phuc-${fileStamp(at, true)}-${process.pid}`);
  fs.mkdirSync(stagingDir, { recursive: true });
  const staging = path.join(stagingDir, 'qsdp.sqlite');
  try {
    await stage(file, staging, ctx.db.pragma('page_size', { simple: true }) as number);
    const safety = await createBackup(ctx.db, path.join(folder, backupFileName(folder, 'truoc-khoi-phuc', at)));
    const staged = new BetterSqlite3(staging, { readonly: true, fileMustExist: true });
    try {
      await staged.backup(livePath, { progress: () => ALL_PAGES });
    } finally {
      staged.close();
    }
    // The core's own connection now reads the restored pages: check it sees a whole, current database.
    const version = schemaVersion(ctx.db);
    const quick = ctx.db.pragma('quick_check', { simple: true });
    if (version !== LATEST_SCHEMA_VERSION || quick !== 'ok') {
      // Should not happen (the staged file was verified), but the live data did change: point at the way back.
      throw ApiError.of('RESTORE_CHECK_FAILED', { detail: `${version}, ${String(quick)}`, safetyCopy: safety.file });
    }
    const result: RestoreResult = {
      file,
      safetyCopy: safety.file,
      fromVersion: checked.schemaVersion,
      schemaVersion: version,
    };
    inTransaction(ctx, () =>
      writeAudit(ctx.db, {
        actor: ctx.actor,
        at,
        entity: 'backup',
        entityId: path.basename(file),
        action: 'restore',
        before: { safetyCopy: safety.file },
        after: { file, fromVersion: checked.schemaVersion, schemaVersion: version },
      }),
    );
    // The restored log legitimately ends earlier than the one it replaced: anchor it afresh.
    try {
      writeAuditAnchor(ctx.db, ctx.dataDir, at);
    } catch (error) {
      ctx.log.error('audit.anchor_failed', { detail: (error as Error).message });
    }
    ctx.log.info('backup.restored', { file, safetyCopy: safety.file, fromVersion: checked.schemaVersion });
    return result;
  } catch (error) {
    ctx.log.error('backup.restore_failed', { file, detail: (error as Error).message });
    if (error instanceof ApiError) throw error;
    throw ApiError.of('RESTORE_FAILED', { detail: (error as Error).message });
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true });
  }
}
