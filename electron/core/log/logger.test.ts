import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createFileLogger } from './logger';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('writes JSON lines under logs/ and rotates past 1 MB keeping three old files', () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-log-'));
  const log = createFileLogger(dir);
  const padding = 'x'.repeat(10_000);
  for (let i = 0; i < 500; i++) log.info('test.event', { i, padding });
  const files = fs.readdirSync(path.join(dir, 'logs')).sort();
  expect(files).toEqual(['qsdp.log', 'qsdp.log.1', 'qsdp.log.2', 'qsdp.log.3']);
  const last = fs
    .readFileSync(path.join(dir, 'logs', 'qsdp.log'), 'utf8')
    .trim()
    .split('\n')
    .pop()!;
  expect(JSON.parse(last)).toMatchObject({ level: 'info', event: 'test.event', i: 499 });
});
