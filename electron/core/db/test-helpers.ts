import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect } from 'vitest';
import { createCore, type Core } from '../app-core';
import { keyIdOf, writeKeyFile } from '../encryption/key-file';
import { seal } from '../encryption/sealed';
import { silentLogger } from '../log/logger';

/** A fresh temp folder; the caller removes it (see `removeTempDir`). */
export function makeTempDir(prefix = 'qsdp-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** "Today" in tests, fixed so ages and default dates are reproducible. */
export const TEST_NOW = new Date('2026-11-27T03:00:00Z');

/** The data key of every test office: fixed, so a test can reopen a folder it made (never a real key). */
export const TEST_KEY = createHash('sha256').update('qsdp test data key').digest();
export const TEST_PASSPHRASE = 'cum-mat-khau-thu-nghiem';

/**
 * Gives a test data folder the key file a real one has (TEST_KEY sealed with TEST_PASSPHRASE), and
 * a file holding the passphrase, so browser mode and the CLI started by a test (QSDP_PASSPHRASE_FILE)
 * unlock the same data the test opened with TEST_KEY. Returns the passphrase file.
 */
export function writeTestKeyFile(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  writeKeyFile(dataDir, {
    format: 1,
    keyId: keyIdOf(TEST_KEY),
    createdAt: TEST_NOW.toISOString(),
    recoveryKeptAt: null,
    wraps: [{ kind: 'passphrase', sealed: seal(TEST_KEY, TEST_PASSPHRASE) }],
  });
  const passphraseFile = path.join(dataDir, '..', `${path.basename(dataDir)}.passphrase`);
  fs.writeFileSync(passphraseFile, `${TEST_PASSPHRASE}\n`, { mode: 0o600 });
  return passphraseFile;
}

/** A real core on a real (encrypted) SQLite file in its own temp folder, with a fixed clock. */
export function createTestCore(): Core & { dataDir: string; dispose(): void } {
  const dataDir = makeTempDir();
  const core = createCore({ dataDir, key: TEST_KEY, now: () => TEST_NOW, actor: 'tester', log: silentLogger });
  // Not a spread: `db` is a getter (a restore replaces the connection) and must stay one.
  return Object.assign(core, {
    dataDir,
    dispose() {
      core.close();
      removeTempDir(dataDir);
    },
  });
}

export type TestCore = ReturnType<typeof createTestCore>;

/**
 * A fresh test core for each test of the file, created before the test and closed after it, handed
 * to `receive` (`let core: TestCore; useTestCore((c) => (core = c));`): no test sees another's data.
 */
export function useTestCore(receive: (core: TestCore) => unknown): void {
  let core: TestCore | undefined;
  beforeEach(async () => {
    core = createTestCore();
    await receive(core);
  });
  afterEach(() => core?.dispose());
}

/** Invokes and unwraps a successful result, failing the test with the error otherwise. */
export async function call<T = unknown>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const result = await core.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Invokes a call that must be refused and returns its error, failing the test if it succeeds. */
export async function refusal(core: Core, method: string, input: unknown = {}) {
  const result = await core.invoke(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

/**
 * A row written by plain SQL, for a scene whose rows belong to a feature other than the one under
 * test (a reader reads the table, whatever service wrote it): an id and both timestamps (`at`,
 * TEST_NOW unless told) added to `values`. Returns the id.
 */
export function insertRow(core: Core, table: string, values: Record<string, unknown>, at = TEST_NOW.toISOString()) {
  const id = randomUUID();
  const row = { id, created_at: at, updated_at: at, ...values };
  const columns = Object.keys(row);
  core.db
    .prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`)
    .run(row);
  return id;
}

/** Each of `items` appears somewhere in `text`, in any order (a message's or a document's phrases). */
export function expectAllIn(text: string, items: readonly string[]): void {
  for (const item of items) expect(text, `"${item}"`).toContain(item);
}
