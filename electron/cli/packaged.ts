import fs from 'node:fs';
import path from 'node:path';
import type { OsKeyStore } from '../core/encryption/unlock';
import { runCli } from './commands';

/**
 * The installed program runs the administrators' commands when started as
 * `QSDP.exe --cli <command> …` (RunAsNode is fused off, so `node qsdp.js` is not available
 * there). Returns the command's arguments, or null for a normal start.
 */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--cli');
  return at === -1 ? null : argv.slice(at + 1);
}

/**
 * Runs a command for the installed program and resolves with its exit code. A Windows GUI
 * program has no console to print to, so every line also goes to `qsdp-cli.log` in the data
 * folder: a scheduled task's result can be read there.
 */
export async function runInstalledCli(argv: readonly string[], dataDir: string, osStore?: OsKeyStore): Promise<number> {
  const logFile = path.join(dataDir, 'qsdp-cli.log');
  const log = (line: string) => {
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
    } catch {
      // The log is a convenience: a full or read-only disk must not change the exit code.
    }
  };
  log(`qsdp ${argv.join(' ')}`);
  const code = await runCli(
    argv,
    { ...process.env, QSDP_DATA_DIR: process.env.QSDP_DATA_DIR || dataDir },
    {
      out: (line) => {
        console.log(line);
        log(line);
      },
      err: (line) => {
        console.error(line);
        log(line);
      },
      osStore,
    },
  );
  log(`exit ${code}`);
  return code;
}
