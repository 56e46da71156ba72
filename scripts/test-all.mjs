#!/usr/bin/env node
// `npm test`: type-check, lint, build, unit/integration tests (Vitest, including the packaging check in
// test/packaging) and the renderer's component tests (Vitest's `renderer` project, jsdom over a real core;
// counted in the same JSON report), end-to-end tests (Playwright + Debian's Chromium), the Electron smoke
// test. Every step runs even if an earlier one failed, so one run shows everything; the last line is the
// plain "N passed, N failed" summary CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureSystemPackages } from './system-deps.mjs';

// Chromium, LibreOffice and poppler first: without them the run would fail late and obscurely.
if (!ensureSystemPackages()) process.exit(1);

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, '.test-output');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(out, file), 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
const failures = [];
function check(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

check(
  'typecheck',
  run('Type-check', npx, ['tsc', '-p', 'tsconfig.json']) &&
    run('Type-check renderer', npx, ['tsc', '-p', 'renderer/tsconfig.json']) &&
    run('Type-check component tests', npx, ['tsc', '-p', 'renderer/tsconfig.test.json']),
);
check(
  'lint',
  run('Lint', npx, ['eslint', '.', '--max-warnings', '0']) &&
    run('Format', npx, ['prettier', '--check', '.', '--log-level', 'warn']),
);
const built =
  run('Build', npx, ['vite', 'build', '--config', 'vite.config.mts', '--logLevel', 'warn']) &&
  run('Build shell', npx, ['tsc', '-p', 'tsconfig.build.json']);
check('build', built);

const unitOk = run('Unit, integration and component tests', npx, [
  'vitest',
  'run',
  '--config',
  'vitest.config.mts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${path.join(out, 'unit.json')}`,
]);
const unit = readJson('unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (!unitOk && unit.numFailedTests === 0) check('vitest run', false);
} else check('vitest run', false);

if (built) {
  const e2eOk = run('End-to-end tests (Chromium, browser mode)', npx, ['playwright', 'test']);
  const e2e = readJson('e2e.json');
  if (e2e) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    if (!e2eOk && e2e.stats.unexpected + e2e.stats.flaky === 0) check('playwright run', false);
  } else check('playwright run', false);
} else check('end-to-end tests (build failed)', false);

if (built) {
  // The real Electron shell; skipped with one printed line where the Electron binary was never downloaded.
  const smokeOk = run('Electron smoke test', npx, [
    'playwright',
    'test',
    '--config',
    'test/electron/playwright.config.ts',
  ]);
  const smoke = readJson('electron.json');
  if (smoke) {
    passed += smoke.stats.expected;
    failed += smoke.stats.unexpected + smoke.stats.flaky;
    if (!smokeOk && smoke.stats.unexpected + smoke.stats.flaky === 0) check('electron smoke run', false);
  } else check('electron smoke run', false);
}

console.log('');
if (failures.length) console.log(`Failed steps: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
