import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.resolve(__dirname, '../../../dist-electron/electron/server/cli.js');

export interface RunningServer {
  url: string;
  origin: string;
  dataDir: string;
  output(): string;
  stop(): Promise<number | null>;
}

/** Starts `npm run web`'s built server on a fresh data folder and waits for the URL it prints. */
export async function startWebServer(args: string[] = [], dataDir?: string): Promise<RunningServer> {
  if (!fs.existsSync(CLI)) throw new Error(`Build first (npm run build): ${CLI} is missing`);
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [CLI, '--no-open', ...args], {
    env: { ...process.env, QSDP_DATA_DIR: dir, QSDP_PORT: '0' },
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

  return {
    url,
    origin: new URL(url).origin,
    dataDir: dir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      if (!dataDir) fs.rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}
