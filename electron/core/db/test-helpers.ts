import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../app-core';
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

/** A real core on a real SQLite file in its own temp folder, with a fixed clock. */
export function createTestCore(): Core & { dataDir: string; dispose(): void } {
  const dataDir = makeTempDir();
  const core = createCore({ dataDir, now: () => TEST_NOW, actor: 'tester', log: silentLogger });
  return {
    ...core,
    dataDir,
    dispose() {
      core.close();
      removeTempDir(dataDir);
    },
  };
}

/** Invokes and unwraps a successful result, failing the test with the error otherwise. */
export async function call<T = unknown>(core: Core, method: string, input: unknown = {}): Promise<T> {
  const result = await core.invoke(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
