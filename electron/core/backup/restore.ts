import { errorSentence } from '../shared/fs-errors';
import fs from 'node:fs';
import path from 'node:path';
import { announceRestoredEnd, writeAuditAnchor } from '../audit';
import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { writeAudit } from '../db/audit';
import { openDatabase } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { statement } from '../db/statements';
import { PRIVATE_DIR_MODE } from '../encryption/private-files';
import { rekeyFile } from '../encryption/sqlcipher';
import { createBackup } from './create';
import { backupFileName, backupsDir, fileStamp } from './files';
import { checkDatabaseFile, openBackup } from './verify';

export interface RestoreResult {
  file: string;
  /** The live data as it was just before the restore, itself verified. */
  safetyCopy: string;
  fromVersion: number;
  schemaVersion: number;
}

/**
 * Replaces the live data with a backup, without restarting:
 *  1. open the backup (MAC, key, quick_check: backup/verify.ts) into a staging folder beside the
 *     live file, move it to the office's key, migrate it to our schema there and check it whole;
 *  2. copy the current data to a verified "truoc-khoi-phuc-…" backup;
 *  3. write the restore's own audit row into the staged file, and announce its last link in the
 *     anchor file (so the log may end there: audit/anchor.ts);
 *  4. swap the files in one rename (db/swap.ts) and anchor the restored log.
 * Any failure before step 4 leaves the live file untouched; a crash inside it leaves either file
 * whole, with an anchor that accepts both.
 */
export async function restoreBackup(ctx: ApiContext, file: string, passphrase?: string | null): Promise<RestoreResult> {
  const folder = backupsDir(ctx.dataDir);
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
  const at = ctx.now();
  // A folder of its own: migrating an older file there leaves a pre-upgrade copy beside it, removed with it.
  const stagingDir = path.join(folder, `.dang-khoi-phuc-${fileStamp(at, true)}-${process.pid}`);
  fs.mkdirSync(stagingDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const staging = path.join(stagingDir, 'qsdp.sqlite');
  try {
    // A quick look first (its bytes are proven by the MAC); the full check runs once, after the migration.
    const opened = openBackup(file, { officeKey: ctx.dataKey, passphrase }, { extractTo: staging, depth: 'quick' });
    // To the office's key: the copy may have been sealed with its own key (a passphrase copy), or be plain.
    if (!opened.databaseKey?.equals(ctx.dataKey)) rekeyFile(staging, opened.databaseKey, ctx.dataKey);
    const prepared = openDatabase(staging, { key: ctx.dataKey });
    prepared.close();
    checkDatabaseFile(staging, ctx.dataKey, LATEST_SCHEMA_VERSION, file);

    const safetyName = backupFileName(folder, 'truoc-khoi-phuc', at);
    const safety = await createBackup(ctx.db, path.join(folder, safetyName), { officeKey: ctx.dataKey });

    const staged = openDatabase(staging, { key: ctx.dataKey });
    let end: { seq: number; hash: string };
    try {
      staged.transaction(() =>
        writeAudit(staged, {
          actor: ctx.actor,
          at,
          entity: 'backup',
          entityId: path.basename(file),
          action: 'restore',
          before: { safetyCopy: safety.file },
          after: { file, fromVersion: opened.verified.schemaVersion, schemaVersion: LATEST_SCHEMA_VERSION },
        }),
      )();
      end = statement(staged, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as typeof end;
      staged.pragma('journal_mode = DELETE');
    } finally {
      staged.close();
    }
    announceRestoredEnd(ctx.db, ctx.dataDir, end, at);

    const db = ctx.replaceDatabase(staging);
    const version = schemaVersion(db);
    const quick = db.pragma('quick_check', { simple: true });
    if (version !== LATEST_SCHEMA_VERSION || quick !== 'ok') {
      // Should not happen (the staged file was verified), but the live data did change: point at the way back.
      throw ApiError.of('RESTORE_CHECK_FAILED', { detail: `${version}, ${String(quick)}`, safetyCopy: safety.file });
    }
    try {
      writeAuditAnchor(db, ctx.dataDir, at);
    } catch (error) {
      ctx.log.error('audit.anchor_failed', { detail: (error as Error).message });
    }
    ctx.log.info('backup.restored', {
      safetyCopy: path.basename(safety.file),
      fromVersion: opened.verified.schemaVersion,
    });
    return { file, safetyCopy: safety.file, fromVersion: opened.verified.schemaVersion, schemaVersion: version };
  } catch (error) {
    ctx.log.error('backup.restore_failed', { detail: (error as Error).message });
    if (error instanceof ApiError) throw error;
    throw ApiError.of('RESTORE_FAILED', { detail: errorSentence(error, undefined, 'read') });
  } finally {
    fs.rmSync(stagingDir, { recursive: true, force: true });
  }
}
