import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { inputStamp, isUpToDate, OUTPUTS, writeStamp } from '../../scripts/build-stamp.mjs';

let root: string;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
/** A project as a build left it: inputs, the outputs and the stamp of those inputs. */
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-stamp-'));
  write('renderer/src/App.tsx', 'export const App = 1;');
  write('electron/core/app-core.ts', 'export const core = 1;');
  write('vocabulary/people.ts', 'export const sex = 1;');
  write('package-lock.json', '{}');
  for (const output of OUTPUTS) write(output, 'built');
  writeStamp(root, inputStamp(root));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

it('skips the build when nothing changed since the last one', () => {
  expect(isUpToDate(root)).toBe(true);
});

it('rebuilds when a source is saved, added or removed, or the lock file changes', () => {
  const later = new Date(Date.now() + 5_000);
  fs.utimesSync(path.join(root, 'vocabulary/people.ts'), later, later);
  expect(isUpToDate(root)).toBe(false);
  writeStamp(root, inputStamp(root));

  write('renderer/src/New.tsx', 'export const x = 1;');
  expect(isUpToDate(root)).toBe(false);
  writeStamp(root, inputStamp(root));

  fs.rmSync(path.join(root, 'electron/core/app-core.ts'));
  expect(isUpToDate(root)).toBe(false);
  writeStamp(root, inputStamp(root));

  write('package-lock.json', '{"lockfileVersion":3}');
  expect(isUpToDate(root)).toBe(false);
});

it('rebuilds when an output is missing or no build ever stamped', () => {
  fs.rmSync(path.join(root, OUTPUTS[0]!));
  expect(isUpToDate(root)).toBe(false);
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-stamp-'));
  try {
    expect(isUpToDate(fresh)).toBe(false);
  } finally {
    fs.rmSync(fresh, { recursive: true, force: true });
  }
});
