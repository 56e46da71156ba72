import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, type TestCore, useTestCore } from '../db/test-helpers';
import { listAutoBackups, pruneAutoBackups, runAutoBackup, startAutoBackups } from './auto';
import { autoBackupsDir } from './files';

let core: TestCore;
useTestCore((c) => (core = c));

describe('automatic backups', () => {
  it('are taken at start and at exit into <dataDir>/backups/auto and listed for Cài đặt', async () => {
    const reasons: unknown[] = [];
    core.context.log = { info: (event, f) => event === 'backup.auto' && reasons.push(f?.reason), error() {} };
    const auto = startAutoBackups(core.context);
    await auto.stop();
    expect(reasons).toEqual(['start', 'exit']);
    const list = await call<{ items: Array<{ name: string; size: number }>; autoDir: string; warning: null }>(
      core,
      'backup.list',
    );
    expect(list.autoDir).toBe(autoBackupsDir(core.dataDir));
    // Start and exit fall on the same day: the rule keeps the day's newest, the exit backup ("-2": same second).
    expect(list.items).toHaveLength(1);
    expect(list.items[0]!.name).toMatch(/-2\.qsdpbak$/);
    expect(list.items.every((i) => i.size > 0 && i.name.startsWith('qsdp-'))).toBe(true);
    expect(list.warning).toBeNull();
  });

  it('are pruned by the retention rule, newest kept', async () => {
    const folder = autoBackupsDir(core.dataDir);
    fs.mkdirSync(folder, { recursive: true });
    const first = await runAutoBackup(core.context, 'start');
    // Ten older copies, one a day for days 2..11 back: days 2..6 stay daily, the rest fall into weekly blocks.
    for (let d = 2; d <= 11; d += 1) {
      const when = new Date(core.context.now().getTime() - d * 86_400_000);
      const stamp = `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, '0')}-${String(when.getDate()).padStart(2, '0')}-120000`;
      fs.copyFileSync(first.file, path.join(folder, `qsdp-${stamp}.qsdpbak`));
    }
    const removed = pruneAutoBackups(core.dataDir, core.context.now());
    // Days 7..11 back share the first weekly block: only day 7 (the newest of them) stays.
    expect(removed).toHaveLength(4);
    expect(listAutoBackups(core.dataDir)).toHaveLength(7);
    expect(fs.existsSync(first.file)).toBe(true);
  });
});
