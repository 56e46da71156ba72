import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { BackupListItem } from './auto';
import { runAutoBackup } from './auto';
import { call, type TestCore, useTestCore } from '../db/test-helpers';

let core: TestCore;
useTestCore((c) => (core = c));

const list = async () => (await call<{ items: BackupListItem[] }>(core, 'backup.list')).items;

it('lists a "Sao lưu ngay" copy with the automatic ones, and says when its USB stick is gone', async () => {
  await runAutoBackup(core.context, 'start');
  const usb = path.join(core.dataDir, 'usb');
  fs.mkdirSync(usb);
  const made = await call<{ file: string; size: number }>(core, 'backup.create', {
    folder: usb,
    passphrase: 'mot cum mat khau du dai',
  });

  const items = await list();
  expect(items.map((i) => i.kind).sort()).toEqual(['auto', 'manual']);
  expect(items.find((i) => i.kind === 'manual')).toMatchObject({
    file: made.file,
    name: path.basename(made.file),
    size: made.size,
    present: true,
  });

  fs.rmSync(usb, { recursive: true });
  expect((await list()).find((i) => i.kind === 'manual')).toMatchObject({ file: made.file, present: false });
});
