import os from 'node:os';
import path from 'node:path';

export interface WebOptions {
  dataDir: string;
  /** QSDP_PORT (0: a free one); undefined when not set: then the data folder's last port (last-port.ts). */
  port: number | undefined;
  demo: boolean;
  open: boolean;
}

/**
 * The same folder Electron's `userData` uses for this app (productName "QSĐP"),
 * so browser mode and the desktop program share one database by default.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'QSĐP');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'QSĐP');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'QSĐP');
}

export class OptionsError extends Error {}

export function parseWebOptions(argv: readonly string[], env: NodeJS.ProcessEnv): WebOptions {
  const known = new Set(['--demo', '--no-open']);
  const unknown = argv.filter((a) => !known.has(a));
  if (unknown.length > 0) throw new OptionsError(`Unknown option(s): ${unknown.join(' ')} (known: --demo, --no-open)`);
  const portText = env.QSDP_PORT?.trim() ?? '';
  const port = portText === '' ? undefined : Number(portText);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new OptionsError(`QSDP_PORT must be a port number (0–65535), got "${portText}"`);
  }
  return {
    dataDir: path.resolve(env.QSDP_DATA_DIR?.trim() || defaultDataDir()),
    port,
    demo: argv.includes('--demo'),
    open: !argv.includes('--no-open'),
  };
}
