import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROWSER_FALLBACK_NOTICE, electronBinaryPath, planLaunch } from './launch';

let pkg: string;
beforeEach(() => {
  pkg = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-electron-pkg-'));
});
afterEach(() => {
  fs.rmSync(pkg, { recursive: true, force: true });
});

describe('electronBinaryPath', () => {
  it('is null without the package', () => {
    expect(electronBinaryPath(null)).toBeNull();
  });

  it('is null when path.txt is missing (the download was skipped)', () => {
    expect(electronBinaryPath(pkg)).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    fs.writeFileSync(path.join(pkg, 'path.txt'), 'electron.exe');
    expect(electronBinaryPath(pkg)).toBeNull();
  });

  it('is null when path.txt is empty or names a folder', () => {
    fs.writeFileSync(path.join(pkg, 'path.txt'), '');
    expect(electronBinaryPath(pkg)).toBeNull();
    fs.mkdirSync(path.join(pkg, 'dist', 'electron'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'path.txt'), 'electron');
    expect(electronBinaryPath(pkg)).toBeNull();
  });

  it('is the binary under dist/ when it exists', () => {
    fs.mkdirSync(path.join(pkg, 'dist'));
    fs.writeFileSync(path.join(pkg, 'dist', 'electron.exe'), '');
    fs.writeFileSync(path.join(pkg, 'path.txt'), 'electron.exe\n');
    expect(electronBinaryPath(pkg)).toBe(path.join(pkg, 'dist', 'electron.exe'));
  });
});

describe('planLaunch', () => {
  const appDir = path.resolve('/proj');

  it('runs Electron on the project when the binary exists', () => {
    expect(planLaunch('/e/electron', appDir, '/usr/bin/node', ['--demo'])).toEqual({
      command: '/e/electron',
      args: [appDir, '--demo'],
    });
  });

  it('falls back to the browser-mode server with the same arguments and one notice', () => {
    expect(planLaunch(null, appDir, '/usr/bin/node', ['--demo', '--no-open'])).toEqual({
      command: '/usr/bin/node',
      args: [path.join(appDir, 'dist-electron', 'electron', 'server', 'cli.js'), '--demo', '--no-open'],
      notice: BROWSER_FALLBACK_NOTICE,
    });
    expect(BROWSER_FALLBACK_NOTICE).not.toContain('\n');
    // Both languages, and the command that gets the binary.
    expect(BROWSER_FALLBACK_NOTICE).toMatch(
      /^Máy này chưa có chương trình Electron .* \/ Electron binary not installed/,
    );
    expect(BROWSER_FALLBACK_NOTICE).toContain('node node_modules/electron/install.js');
  });
});
