import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

const CLI = path.resolve(__dirname, '../../../dist-electron/electron/server/cli.js');

export interface RunningServer {
  url: string;
  origin: string;
  dataDir: string;
  output(): string;
  stop(): Promise<number | null>;
  /**
   * Logs the page's browser context in before it opens the program, through the same API call
   * the login screen makes: an empty office gets its administrator (E2E_ADMIN), a demo office
   * logs in with the demo account of the role asked for. The session cookie lands in the context.
   */
  signIn(page: Page, role?: 'admin' | 'officer' | 'viewer'): Promise<void>;
}

/** The passphrase that protects each test office's data key (browser mode asks for one). */
export const E2E_DATA_PASSPHRASE = 'cum-mat-khau-du-lieu-e2e';

/** The administrator every test of an empty office starts with. */
export const E2E_ADMIN = { username: 'quantri', displayName: 'Quản trị viên', password: 'mat-khau-e2e' };
/** The demo office's accounts, as `--demo` creates and prints them. */
export const DEMO_LOGINS = {
  admin: { username: 'quantri', password: 'demo-quantri' },
  officer: { username: 'canbo', password: 'demo-canbo' },
  viewer: { username: 'chixem', password: 'demo-chixem' },
} as const;

/** Starts `npm run web`'s built server on a fresh data folder and waits for the URL it prints. */
export async function startWebServer(args: string[] = [], dataDir?: string): Promise<RunningServer> {
  if (!fs.existsSync(CLI)) throw new Error(`Build first (npm run build): ${CLI} is missing`);
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-e2e-'));
  // Plain Node has no OS key store: the data key is sealed with this passphrase (kept beside the folder).
  const passphraseFile = `${dir}.passphrase`;
  if (!fs.existsSync(passphraseFile)) fs.writeFileSync(passphraseFile, `${E2E_DATA_PASSPHRASE}\n`, { mode: 0o600 });
  const child: ChildProcess = spawn(process.execPath, [CLI, '--no-open', ...args], {
    env: { ...process.env, QSDP_DATA_DIR: dir, QSDP_PORT: '0', QSDP_PASSPHRASE_FILE: passphraseFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    exited.then((code) => reject(new Error(`Server exited (${code}) before printing its URL:\n${output}`)));
  });

  const origin = new URL(url).origin;
  const token = new URL(url).hash.replace('#token=', '');
  const demo = args.includes('--demo');
  return {
    url,
    origin,
    dataDir: dir,
    output: () => output,
    async signIn(page, role = 'admin') {
      const [method, input] = demo ? ['accounts.login', DEMO_LOGINS[role]] : ['accounts.setupAdmin', E2E_ADMIN];
      const reply = await page.request.post(`${origin}/api/${method}`, {
        headers: { Authorization: `Bearer ${token}` },
        data: input,
      });
      const body = (await reply.json()) as { ok: boolean; error?: unknown };
      if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      if (!dataDir) {
        fs.rmSync(dir, { recursive: true, force: true });
        fs.rmSync(passphraseFile, { force: true });
      }
      return code;
    },
  };
}
