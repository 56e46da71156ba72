import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
// A download host that never resolves (.invalid is reserved), so the check fails the same way on a machine with
// internet as on our offline build machines.
const OFFLINE_ENV = {
  ...process.env,
  ELECTRON_MIRROR: 'https://electron-mirror.invalid/',
  QSDP_DIST_SKIP_NETWORK_CHECK: '',
};

function run(command: string, args: string[]) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, env: OFFLINE_ENV, encoding: 'utf8', timeout: 30_000 });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

describe('packaging on a machine without internet', () => {
  it('stops at once, in Vietnamese and English, naming the host it could not reach', () => {
    const result = run(process.execPath, ['scripts/dist-preflight.mjs', 'linux']);
    expect(result.status).toBe(1);
    expect(result.seconds).toBeLessThan(10);
    expect(result.stderr).toContain('[dist] DỪNG: máy này không kết nối được Internet (electron-mirror.invalid');
    expect(result.stderr).toContain('[dist] STOPPED: no internet on this machine');
  });

  it('makes `npm run dist:win` exit non-zero within seconds, before anything is built', () => {
    const result = run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'dist:win']);
    expect(result.status).not.toBe(0);
    expect(result.seconds).toBeLessThan(15);
    expect(result.stderr).toContain('[dist] STOPPED');
    // The build step (`npm run build` → vite) never started.
    expect(`${result.stdout}${result.stderr}`).not.toContain('vite build');
  });

  it('asks for a target when none is given', () => {
    const result = run(process.execPath, ['scripts/dist-preflight.mjs']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('win hoặc linux');
  });
});
