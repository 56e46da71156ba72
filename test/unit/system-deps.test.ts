import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ensureSystemPackages, missingLine, missingPackages, SYSTEM_NEEDS } from '../../scripts/system-deps.mjs';

let bin: string;
beforeEach(() => (bin = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-path-'))));
afterEach(() => fs.rmSync(bin, { recursive: true, force: true }));

/** A fake PATH folder holding executables named `commands` (a fresh Debian machine has none of ours). */
function fakePath(commands: string[]): string {
  for (const command of commands) fs.writeFileSync(path.join(bin, command), '#!/bin/sh\n', { mode: 0o755 });
  return bin;
}
const fontsThere = () => true;
const EVERY_COMMAND = SYSTEM_NEEDS.flatMap((need) => need.commands ?? []);

it('finds nothing missing when every command is on PATH and the fonts are there', () => {
  expect(missingPackages({ pathValue: fakePath(EVERY_COMMAND), exists: fontsThere })).toEqual([]);
});

it('names the Debian packages of the missing commands, in .ci/run order', () => {
  const pathValue = fakePath(EVERY_COMMAND.filter((c) => c !== 'chromium' && c !== 'soffice'));
  expect(missingPackages({ pathValue, exists: fontsThere })).toEqual(['chromium', 'libreoffice-writer-nogui']);
  expect(missingPackages({ pathValue: fakePath(EVERY_COMMAND), exists: () => false })).toEqual(['fonts-liberation2']);
});

it('does not take a file that cannot run for the command', () => {
  fakePath(EVERY_COMMAND.filter((c) => c !== 'chromium'));
  fs.writeFileSync(path.join(bin, 'chromium'), 'not a program', { mode: 0o644 });
  expect(missingPackages({ pathValue: bin, exists: fontsThere })).toEqual(['chromium']);
});

it('stops a newcomer’s run at once with one line naming what to install', () => {
  const lines: string[] = [];
  const ok = ensureSystemPackages({
    pathValue: fakePath(['pdftotext', 'pdftoppm', 'pdfinfo']),
    exists: fontsThere,
    platform: 'linux',
    isRoot: false,
    log: (line) => lines.push(line),
  });
  expect(ok).toBe(false);
  expect(lines).toEqual([missingLine(['chromium', 'libreoffice-writer-nogui'])]);
  expect(lines[0]).toMatch(
    /^Thiếu gói hệ thống.*apt-get install -y --no-install-recommends chromium libreoffice-writer-nogui$/,
  );
  expect(lines[0]).not.toContain('\n');
});

it('lets the run go on when all is there, and never checks off Linux', () => {
  const quiet = { exists: fontsThere, isRoot: false, log: () => undefined };
  expect(ensureSystemPackages({ ...quiet, pathValue: fakePath(EVERY_COMMAND), platform: 'linux' })).toBe(true);
  expect(ensureSystemPackages({ ...quiet, pathValue: '', platform: 'win32' })).toBe(true);
});

it('asks for the same packages .ci/run installs', () => {
  const ci = fs.readFileSync(path.resolve(__dirname, '../../.ci/run'), 'utf8');
  const install = ci.slice(ci.indexOf('apt-get install'), ci.indexOf('>/dev/null', ci.indexOf('apt-get install')));
  for (const need of SYSTEM_NEEDS) expect(install).toContain(need.pkg);
});
