import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from './core/messages/vi';

// What `npm start` runs. It must not import 'electron': on machines where the binary could not be
// downloaded that import throws, and we want a working program (browser mode) instead of a stack trace.

export const BROWSER_FALLBACK_NOTICE = vi.shell.noElectron;

/** The Electron executable named by the package's path.txt, or null when the download never happened. */
export function electronBinaryPath(electronPkgDir: string | null): string | null {
  if (!electronPkgDir) return null;
  let relative: string;
  try {
    relative = fs.readFileSync(path.join(electronPkgDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!relative) return null;
  const binary = path.join(electronPkgDir, 'dist', relative);
  return fs.statSync(binary, { throwIfNoEntry: false })?.isFile() ? binary : null;
}

export interface LaunchPlan {
  command: string;
  args: string[];
  /** Printed once before starting, when falling back. */
  notice?: string;
}

/** Electron with the project as its app when installed, otherwise the browser-mode server under this Node. */
export function planLaunch(binary: string | null, appDir: string, nodePath: string, args: string[]): LaunchPlan {
  if (binary) return { command: binary, args: [appDir, ...args] };
  return {
    command: nodePath,
    args: [path.join(appDir, 'dist-electron', 'electron', 'server', 'cli.js'), ...args],
    notice: BROWSER_FALLBACK_NOTICE,
  };
}

function findElectronPackageDir(): string | null {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function run(plan: LaunchPlan): void {
  if (plan.notice) console.error(plan.notice);
  // Inherited ELECTRON_RUN_AS_NODE would make Electron behave as plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(plan.command, plan.args, { stdio: 'inherit', env, windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start ${plan.command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
  });
}

if (require.main === module) {
  const appDir = path.resolve(__dirname, '../..');
  run(planLaunch(electronBinaryPath(findElectronPackageDir()), appDir, process.execPath, process.argv.slice(2)));
}
