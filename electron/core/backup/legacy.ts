import fs from 'node:fs';
import path from 'node:path';
import type { ApiContext } from '../api/context';
import { keyIdOf } from '../encryption/key-file';
import { connect, isPlainSqliteFile, rekeyDatabase } from '../encryption/sqlcipher';
import { BACKUP_EXTENSION, writeContainer } from './container';
import { autoBackupsDir, backupsDir } from './files';
import { openBackup } from './verify';

/**
 * The plain `.sqlite` copies an older QSĐP left in the data folder (automatic, before an upgrade,
 * before a restore) hold the office's records in the clear: each is turned into a backup
 * container of the office's key under the same name (checked before the plain file goes). A file
 * that does not check out is left alone and logged: it may be someone's only copy of something.
 */
export function encryptLegacyBackups(ctx: Pick<ApiContext, 'dataKey' | 'dataDir' | 'log'>): number {
  let converted = 0;
  for (const folder of [backupsDir(ctx.dataDir), autoBackupsDir(ctx.dataDir)]) {
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder)) {
      const file = path.join(folder, name);
      if (!name.endsWith('.sqlite') || !fs.statSync(file).isFile() || !isPlainSqliteFile(file)) continue;
      try {
        encryptOne(file, ctx.dataKey);
        converted += 1;
      } catch (error) {
        ctx.log.error('backup.legacy_not_converted', { name, detail: (error as Error).message });
      }
    }
  }
  if (converted > 0) ctx.log.info('backup.legacy_converted', { count: converted });
  return converted;
}

function encryptOne(file: string, key: Buffer): void {
  const target = file.replace(/\.sqlite$/, BACKUP_EXTENSION);
  const scratch = `${file}.ma-hoa.tmp`;
  const partial = `${target}.dang-ghi`;
  try {
    const { verified } = openBackup(file, { officeKey: key }, { extractTo: scratch });
    const copy = connect(scratch, null, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      rekeyDatabase(copy, key);
    } finally {
      copy.close();
    }
    const header = {
      format: 1 as const,
      createdAt: fs.statSync(file).mtime.toISOString(),
      schemaVersion: verified.schemaVersion,
      office: '',
      protection: 'office' as const,
      keyId: keyIdOf(key),
    };
    writeContainer(scratch, partial, header, key);
    openBackup(partial, { officeKey: key }, { depth: 'quick' });
    fs.renameSync(partial, target);
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  } finally {
    fs.rmSync(scratch, { force: true });
    fs.rmSync(`${scratch}-journal`, { force: true });
    fs.rmSync(partial, { force: true });
  }
}
