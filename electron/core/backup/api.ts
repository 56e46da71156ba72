import path from 'node:path';
import { z } from 'zod';
import { defineMethod } from '../kernel/method';
import { writeAudit } from '../db/audit';
import { MIN_PASSPHRASE_LENGTH } from '../encryption/unlock';
import { format, vi } from '../messages/vi';
import { inTransaction } from '../kernel/transaction';
import { listAllBackups } from './manual';
import { createBackup } from './create';
import { backupFileName, checkBackupFolder, officeTag, autoBackupsDir } from './files';
import { networkPathWarning } from './network-path';
import { restoreBackup } from './restore';

const pathText = z.string().trim().min(1).max(1000);
/** A copy that leaves the PC is sealed with a passphrase; ≥ 8 characters, said in Vietnamese. */
const newPassphrase = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, { error: format(vi.errors.BACKUP_PASSPHRASE_SHORT, { min: MIN_PASSPHRASE_LENGTH }) })
  .max(200);
const givenPassphrase = z.string().max(200).optional();

export const backupApi = {
  /**
   * "Sao lưu ngay": a verified copy in a folder the user chose (typed in browser mode, picked in
   * Electron), usually a USB stick, so sealed with the passphrase given: restorable only with it.
   */
  'backup.create': defineMethod(z.strictObject({ folder: pathText, passphrase: newPassphrase }), async (ctx, input) => {
    const folder = checkBackupFolder(input.folder);
    const at = ctx.now();
    const file = path.join(folder, backupFileName(folder, officeTag(ctx.db), at));
    const created = await createBackup(ctx.db, file, { officeKey: ctx.dataKey, passphrase: input.passphrase });
    inTransaction(ctx, () =>
      writeAudit(ctx.db, {
        actor: ctx.actor,
        at,
        entity: 'backup',
        entityId: path.basename(created.file),
        action: 'create',
        before: null,
        after: { file: created.file, size: created.size, schemaVersion: created.schemaVersion },
      }),
    );
    return { file: created.file, size: created.size, warning: networkPathWarning(folder) };
  }),

  'backup.restore': defineMethod(z.strictObject({ file: pathText, passphrase: givenPassphrase }), (ctx, input) =>
    restoreBackup(ctx, input.file, input.passphrase),
  ),

  /** Every backup (automatic and "Sao lưu ngay") for Cài đặt, and where the data lives (with the network-share warning if it applies). */
  'backup.list': defineMethod(z.strictObject({}), (ctx) => ({
    dataDir: ctx.dataDir,
    autoDir: autoBackupsDir(ctx.dataDir),
    items: listAllBackups(ctx.db, ctx.dataDir),
    warning: networkPathWarning(ctx.dataDir),
  })),
};
