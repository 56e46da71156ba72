import { errorSentence } from '../shared/fs-errors';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../kernel/errors';
import { syncFolder } from '../encryption/private-files';
import { writeContainer, type BackupHeader, type BackupKeys } from './container';
import { openBackup, type VerifiedFile } from './verify';

/**
 * The one way a backup file comes to exist: `database` (already encrypted with `bodyKey`) is framed
 * with its MAC under a temporary name beside `target`, checked as a restore would check it (MAC,
 * key, quick_check — `VACUUM INTO` rebuilt its indexes — foreign keys, schema), and only then given
 * its name. A file under a backup's name is therefore always a checked backup; one that fails is
 * deleted: a bad backup is worse than none, because someone would trust it.
 */
export function sealVerified(
  database: string,
  target: string,
  header: BackupHeader,
  bodyKey: Buffer,
  keys: BackupKeys,
  latest?: number,
): VerifiedFile {
  const partial = `${target}.${process.pid}.dang-ghi`;
  try {
    writeContainer(database, partial, header, bodyKey);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw ApiError.of('BACKUP_WRITE_FAILED', { detail: errorSentence(error, path.dirname(target)) });
  }
  try {
    const { verified } = openBackup(partial, keys, { depth: 'quick', latest });
    fs.renameSync(partial, target);
    syncFolder(path.dirname(target));
    return verified;
  } catch (error) {
    fs.rmSync(partial, { force: true });
    const detail = error instanceof ApiError ? error.message : (error as Error).message;
    throw ApiError.of('BACKUP_VERIFY_FAILED', { detail });
  }
}
