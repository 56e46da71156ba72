import fs from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
  type Event,
  type MenuItemConstructorOptions,
  type WebContents,
} from 'electron';
import { cliArguments, runInstalledCli } from './cli/packaged';
import { createSessionGate } from './core/accounts/sessions';
import { createCore, type Core } from './core/app-core';
import { ApiError } from './core/kernel/errors';
import { startAutoBackups, type AutoBackups } from './core/backup/auto';
import { unlockDataKey, type OsKeyStore } from './core/encryption/unlock';
import { format, vi as messages } from './core/messages/vi';
import { registerIpc, registerPickers } from './ipc';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  appResponseHeaders,
  contentSecurityPolicy,
  isAllowedNavigation,
  resolveAppFile,
  secureWebPreferences,
} from './security';
import { fitToDisplays, loadWindowState, MIN_HEIGHT, MIN_WIDTH, saveWindowState } from './window-state';

const vi = messages.shell;

// Privileges must be declared before 'ready'. No corsEnabled/bypassCSP: other origins stay unable to read app://.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Sandbox every renderer, including any a future change might create without our webPreferences.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let autoBackups: AutoBackups | null = null;

const cliArgv = cliArguments(process.argv);
if (cliArgv) {
  // `QSDP.exe --cli backup --to E:\` (a scheduled task): run the command, no window, exit with its code.
  // After 'ready': the OS key store (safeStorage) answers only then.
  void app
    .whenReady()
    .then(() => runInstalledCli(cliArgv, process.env.QSDP_DATA_DIR || app.getPath('userData'), osKeyStore()))
    .then(
      (code) => app.exit(code),
      () => app.exit(1),
    );
} else if (!app.requestSingleInstanceLock()) {
  // Two processes writing one SQLite file is what the lock prevents; the first window is focused instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (autoBackups) {
      // The exit backup is asynchronous: hold the quit until it is written, then quit for real.
      event.preventDefault();
      const pending = autoBackups;
      autoBackups = null;
      void pending.stop().finally(() => app.quit());
      return;
    }
    core?.close();
    core = null;
  });
  app.whenReady().then(start).catch(fail);
}

/** A recovery code the office typed into this file (README: "Khôi phục khóa dữ liệu"), read once and removed. */
const RECOVERY_FILE = 'ma-khoi-phuc.txt';

/**
 * The OS's key store for the data key: DPAPI on Windows (only this Windows user on this PC can
 * unwrap it). safeStorage takes strings, so the key travels as hex. The asynchronous API is used
 * where this Electron has it (the synchronous one is deprecated and goes away in Electron 46);
 * Electron 41 has only the synchronous one.
 */
function osKeyStore(): OsKeyStore {
  const store = safeStorage as typeof safeStorage & {
    encryptStringAsync?: (text: string) => Promise<Buffer>;
    decryptStringAsync?: (data: Buffer) => Promise<string | { result: string }>;
  };
  return {
    async wrap(key) {
      const hex = key.toString('hex');
      return store.encryptStringAsync ? store.encryptStringAsync(hex) : store.encryptString(hex);
    },
    async unwrap(data) {
      const text = store.decryptStringAsync ? await store.decryptStringAsync(data) : store.decryptString(data);
      return Buffer.from(typeof text === 'string' ? text : text.result, 'hex');
    },
  };
}

async function start(): Promise<void> {
  const dataDir = process.env.QSDP_DATA_DIR || app.getPath('userData');
  const recoveryFile = path.join(dataDir, RECOVERY_FILE);
  const unlocked = await unlockDataKey(dataDir, {
    osStore: osKeyStore(),
    recoveryCode: async () => (await fs.readFile(recoveryFile, 'utf8').catch(() => '')).trim() || null,
  });
  await fs.rm(recoveryFile, { force: true });
  // Throws ApiError DB_NEWER_VERSION / DB_DAMAGED before writing anything; whenReady's catch reports it.
  core = createCore({ dataDir, key: unlocked.key });
  autoBackups = startAutoBackups(core.context);
  lockDownSession();
  serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'));
  registerIpc(createSessionGate(core.context, core.invokeWith), core.context.log);
  registerPickers(core.context.log);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate()));
  mainWindow = createWindow(dataDir);
}

/** A newer or damaged database is refused by the core before anything is written; tell the user and leave. */
function fail(error: unknown): void {
  let message = error instanceof ApiError ? error.message : `${vi.startFailed}\n\n${String(error)}`;
  // The data key could not be had: say how the recovery code is given to the desktop program.
  if (error instanceof ApiError && /^DB_KEY_(LOCKED|OS_STORE_FAILED|FILE_DAMAGED)$/.test(error.code)) {
    const dir = process.env.QSDP_DATA_DIR || app.getPath('userData');
    message += `\n\n${format(vi.recoveryHowTo, { dir })}`;
  }
  core?.close();
  dialog.showErrorBox(vi.openFailedTitle, message);
  app.exit(1);
}

function createWindow(dataDir: string): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = fitToDisplays(loadWindowState(dataDir), workAreas);
  const win = new BrowserWindow({
    title: vi.windowTitle,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.js')),
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    saveWindowState(dataDir, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** Applied to every web contents, so a stray frame or popup cannot leave our origin or gain a <webview>. */
function hardenContents(contents: WebContents): void {
  const blockForeign = (event: Event, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, notifications, clipboard-read etc.: the app needs none. The CSP header covers any http(s) response. */
function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  const csp = contentSecurityPolicy();
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

/** Serves dist/renderer on app://qsdp/; unknown extension-less paths get index.html so client-side routes reload. */
function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return new Response('Forbidden', { status: 403 });
    for (const candidate of path.extname(file) ? [file] : [file, path.join(rootDir, 'index.html')]) {
      try {
        const body = await fs.readFile(candidate);
        return new Response(new Uint8Array(body), { status: 200, headers: appResponseHeaders(candidate) });
      } catch {
        // Try the next candidate, then answer 404.
      }
    }
    return new Response('Not found', { status: 404 });
  });
}

function menuTemplate(): MenuItemConstructorOptions[] {
  const m = vi.menu;
  return [
    { label: m.file, submenu: [{ label: m.quit, role: 'quit' }] },
    {
      label: m.edit,
      submenu: [
        { label: m.undo, role: 'undo' },
        { label: m.redo, role: 'redo' },
        { type: 'separator' },
        { label: m.cut, role: 'cut' },
        { label: m.copy, role: 'copy' },
        { label: m.paste, role: 'paste' },
        { label: m.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: m.view,
      submenu: [
        { label: m.zoomIn, role: 'zoomIn' },
        { label: m.zoomOut, role: 'zoomOut' },
        { label: m.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: m.fullScreen, role: 'togglefullscreen' },
      ],
    },
  ];
}
