import fs from 'node:fs';
import path from 'node:path';
import { advanceAnchorQuietly } from '../audit';
import type { ApiContext } from '../kernel/context';
import { autoBackupsDir, backupFileName, backupsDir, officeTag, removeDatabaseFile, stampDate } from './files';
import { createBackup, type CreatedBackup } from './create';
import { PRIVATE_DIR_MODE } from '../encryption/private-files';
import { retain } from './retention';
import { BACKUP_EXTENSION } from './container';
import { networkPathWarning } from './network-path';

export type AutoReason = 'start' | 'exit' | 'daily';

export interface BackupListItem {
  file: string;
  name: string;
  /** ISO timestamp read from the name (local time when it was taken). */
  at: string;
  size: number;
  /** Made by the program on its own, or by a clerk with "Sao lưu ngay" (sealed with a passphrase). */
  kind: 'auto' | 'manual';
  /** Whether the file is there now: a "Sao lưu ngay" copy on an unplugged USB stick is not. */
  present: boolean;
}

/** The automatic backups, newest first. */
export function listAutoBackups(dataDir: string): BackupListItem[] {
  const folder = autoBackupsDir(dataDir);
  if (!fs.existsSync(folder)) return [];
  const items: BackupListItem[] = [];
  for (const name of fs.readdirSync(folder)) {
    const at = stampDate(name);
    // Only finished backups: a copy being written has another ending until it is verified (create.ts).
    if (!at || !name.startsWith('qsdp-') || !name.endsWith(BACKUP_EXTENSION)) continue;
    const file = path.join(folder, name);
    items.push({ file, name, at: at.toISOString(), size: fs.statSync(file).size, kind: 'auto', present: true });
  }
  return items.sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name));
}

/** Deletes the automatic backups the retention rule no longer keeps; returns their names. */
export function pruneAutoBackups(dataDir: string, now: Date): string[] {
  const items = listAutoBackups(dataDir).map((item) => ({ item, date: new Date(item.at) }));
  const kept = new Set(
    retain(
      items.map((i) => i.date),
      now,
    ),
  );
  const removed = items.filter((i) => !kept.has(i.date)).map((i) => i.item);
  for (const item of removed) removeDatabaseFile(item.file);
  return removed.map((i) => i.name);
}

/** One automatic backup into `<dataDir>/backups/auto/`, then pruning by the retention rule. */
export async function runAutoBackup(ctx: ApiContext, reason: AutoReason): Promise<CreatedBackup> {
  const folder = autoBackupsDir(ctx.dataDir);
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
  const now = ctx.now();
  const name = backupFileName(folder, officeTag(ctx.db), now, true);
  const created = await createBackup(ctx.db, path.join(folder, name), { officeKey: ctx.dataKey });
  const removed = pruneAutoBackups(ctx.dataDir, now);
  advanceAnchorQuietly(ctx);
  ctx.log.info('backup.auto', { reason, file: created.file, size: created.size, removed: removed.length });
  return created;
}

/**
 * What a killed backup or restore left behind: partial copies (never listed as backups: they do
 * not end in .qsdpbak) and scratch folders. Run by the process that owns the data, at start.
 */
export function removeUnfinishedCopies(dataDir: string): void {
  for (const folder of [backupsDir(dataDir), autoBackupsDir(dataDir)]) {
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder)) {
      if (/\.dang-ghi$|^\.qsdp-sao-luu-|^\.dang-khoi-phuc-|\.ma-hoa\.tmp(-journal)?$/.test(name)) {
        fs.rmSync(path.join(folder, name), { recursive: true, force: true });
      }
    }
  }
}

export interface AutoBackups {
  /** Stops the daily timer and takes the exit backup; await it before closing the core. */
  stop(): Promise<void>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Automatic backups for the process that owns the core: one now, one a day
 * while it stays open, one at exit. Failures are logged, never thrown: a backup
 * problem must not stop the office from working. Also logs the network-share
 * warning for the data folder once.
 */
export function startAutoBackups(ctx: ApiContext, intervalMs = DAY_MS): AutoBackups {
  const warning = networkPathWarning(ctx.dataDir);
  if (warning) ctx.log.error('backup.network_data_dir', { dataDir: ctx.dataDir, warning });
  try {
    removeUnfinishedCopies(ctx.dataDir);
  } catch (error) {
    ctx.log.error('backup.cleanup_failed', { detail: (error as Error).message });
  }
  let running: Promise<unknown> = Promise.resolve();
  const take = (reason: AutoReason) => {
    running = running
      .then(() => runAutoBackup(ctx, reason))
      .catch((error: Error) => ctx.log.error('backup.auto_failed', { reason, detail: error.message }));
    return running;
  };
  void take('start');
  const timer = setInterval(() => void take('daily'), intervalMs);
  timer.unref();
  let stopped: Promise<void> | null = null;
  return {
    stop() {
      stopped ??= (async () => {
        clearInterval(timer);
        await running;
        if (ctx.db.open) await take('exit');
      })();
      return stopped;
    },
  };
}
