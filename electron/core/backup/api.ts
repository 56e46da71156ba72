import path from 'node:path';
import { z } from 'zod';
import { defineMethod } from '../api/method';
import { writeAudit } from '../db/audit';
import { inTransaction } from '../shared/transaction';
import { listAutoBackups } from './auto';
import { createBackup } from './create';
import { backupFileName, checkBackupFolder, officeTag, autoBackupsDir } from './files';
import { networkPathWarning } from './network-path';
import { restoreBackup } from './restore';

const pathText = z.string().trim().min(1).max(1000);

export const backupApi = {
  /** "Sao lưu ngay": a verified copy in a folder the user chose (typed in browser mode, picked in Electron). */
  'backup.create': defineMethod(z.strictObject({ folder: pathText }), async (ctx, input) => {
    const folder = checkBackupFolder(input.folder);
    const at = ctx.now();
    const created = await createBackup(ctx.db, path.join(folder, backupFileName(folder, officeTag(ctx.db), at)));
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

  'backup.restore': defineMethod(z.strictObject({ file: pathText }), (ctx, input) => restoreBackup(ctx, input.file)),

  /** The automatic backups for Cài đặt, and where the data lives (with the network-share warning if it applies). */
  'backup.list': defineMethod(z.strictObject({}), (ctx) => ({
    dataDir: ctx.dataDir,
    autoDir: autoBackupsDir(ctx.dataDir),
    items: listAutoBackups(ctx.dataDir),
    warning: networkPathWarning(ctx.dataDir),
  })),
};
