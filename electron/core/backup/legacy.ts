import fs from 'node:fs';
import path from 'node:path';
import type { ApiContext } from '../kernel/context';
import { isPlainSqliteFile, rekeyFile } from '../encryption/sqlcipher';
import { BACKUP_EXTENSION, officeHeader } from './container';
import { autoBackupsDir, backupsDir, removeDatabaseFile } from './files';
import { sealVerified } from './seal';
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
  const scratch = `${file}.ma-hoa.tmp`;
  try {
    const { verified } = openBackup(file, { officeKey: key }, { extractTo: scratch });
    rekeyFile(scratch, null, key);
    const header = officeHeader(key, verified.schemaVersion, '', fs.statSync(file).mtime);
    sealVerified(scratch, file.replace(/\.sqlite$/, BACKUP_EXTENSION), header, key, { officeKey: key });
    removeDatabaseFile(file);
  } finally {
    removeDatabaseFile(scratch);
  }
}
