// `npm run web` / `npm start` rebuild only when something changed since the last build: the stamp is
// a hash of every input file's path, size and modification time (renderer/, electron/, vocabulary/,
// the configs and package-lock.json), written after a build that succeeded. Reading ~1,000 stats takes
// milliseconds, where vite + tsc take 10–30 s.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Everything tsconfig.build.json and vite.config.mts compile or read (test/bench is compiled for `npm run bench`).
export const INPUT_DIRS = ['renderer', 'electron', 'vocabulary', 'resources', 'test/bench'];
export const INPUT_FILES = [
  'package.json',
  'package-lock.json',
  'vite.config.mts',
  'tsconfig.base.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'renderer/tsconfig.json',
];
/** What a build leaves; a missing one means "build", whatever the stamp says. */
export const OUTPUTS = [
  'dist/renderer/index.html',
  'dist-electron/electron/server/cli.js',
  'dist-electron/electron/launch.js',
];
export const STAMP_FILE = 'dist-electron/.build-stamp';

function* filesUnder(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* filesUnder(full);
    } else if (entry.isFile()) yield full;
  }
}

/** The hash of the inputs as they are now (a file added, removed, resized or saved changes it). */
export function inputStamp(root) {
  const hash = createHash('sha256');
  const files = [
    ...INPUT_DIRS.flatMap((dir) => [...filesUnder(path.join(root, dir))]),
    ...INPUT_FILES.map((f) => path.join(root, f)),
  ];
  for (const file of files.sort()) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    hash.update(`${path.relative(root, file)}\0${stat ? `${stat.size}:${stat.mtimeMs}` : '-'}\n`);
  }
  return hash.digest('hex');
}

/** Whether the last successful build is of exactly these inputs, and its outputs are all there. */
export function isUpToDate(root) {
  if (OUTPUTS.some((file) => !fs.existsSync(path.join(root, file)))) return false;
  try {
    return fs.readFileSync(path.join(root, STAMP_FILE), 'utf8').trim() === inputStamp(root);
  } catch {
    return false;
  }
}

export function writeStamp(root, stamp) {
  fs.mkdirSync(path.dirname(path.join(root, STAMP_FILE)), { recursive: true });
  fs.writeFileSync(path.join(root, STAMP_FILE), `${stamp}\n`);
}

/** Builds unless up to date; returns whether the outputs are now current. */
export function buildIfChanged(root, { log = console.error } = {}) {
  const started = performance.now();
  if (isUpToDate(root)) {
    log(
      `Bản dựng đã mới nhất, bỏ qua bước dựng / Build up to date, skipped (${Math.round(performance.now() - started)} ms)`,
    );
    return true;
  }
  // Stamped from the inputs as they were before building: a file saved during the build triggers the next one.
  const stamp = inputStamp(root);
  const ok =
    spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    }).status === 0;
  if (ok) writeStamp(root, stamp);
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(buildIfChanged(path.resolve(import.meta.dirname, '..')) ? 0 : 1);
}
