import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type Page } from '@playwright/test';
import { electronBinaryPath } from '../../electron/launch';

const ROOT = path.resolve(__dirname, '..', '..');
const SKIP_LINE = 'Electron smoke test skipped: no Electron binary (ELECTRON_SKIP_BINARY_DOWNLOAD)';

/** The same call the renderer makes: preload bridge → ipcMain → the core's router. */
function invoke(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    ([m, i]) =>
      (globalThis as unknown as { qsdp: { invoke(m: unknown, i: unknown): Promise<unknown> } }).qsdp.invoke(m, i),
    [method, input] as const,
  );
}

test('the Electron program opens its window and answers API calls through IPC', async () => {
  const pkgDir = path.join(ROOT, 'node_modules', 'electron');
  const binary = electronBinaryPath(fs.existsSync(pkgDir) ? pkgDir : null);
  if (!binary) {
    console.log(SKIP_LINE);
    test.skip(true, SKIP_LINE);
    return;
  }
  for (const file of ['dist/renderer/index.html', 'dist-electron/electron/main.js']) {
    expect(fs.existsSync(path.join(ROOT, file)), `${file}: run "npm run build" first`).toBe(true);
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-electron-'));
  const app = await electron.launch({
    executablePath: binary,
    args: [ROOT],
    env: { ...process.env, QSDP_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    await expect(window).toHaveTitle(/QSĐP/);
    // Nothing runs before a login; the first run creates the administrator, which logs this window in.
    expect(await invoke(window, 'office.get', {})).toMatchObject({ ok: false, error: { code: 'LOGIN_REQUIRED' } });
    const admin = { username: 'quantri', displayName: 'Quản trị', password: 'mat-khau-dai-1' };
    expect(await invoke(window, 'accounts.setupAdmin', admin)).toMatchObject({ ok: true });
    // A fresh data folder: no office profile yet, no localities; the database file was created there.
    expect(await invoke(window, 'office.get', {})).toEqual({ ok: true, value: null });
    expect(await invoke(window, 'localities.list', {})).toEqual({ ok: true, value: [] });
    expect(fs.existsSync(path.join(dataDir, 'qsdp.sqlite'))).toBe(true);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
