import fs from 'node:fs';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { build } from 'rolldown';

/** Every row of every table, in a stable order: what a user would call "the data". */
export function allRows(db: Database): Record<string, unknown[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as Array<{ name: string }>;
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    // Table names come from sqlite_master, not from input. Some tables have no rowid: sort the rows as text.
    const rows = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all();
    out[name] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** A copy of a valid database with its pages after the first overwritten by noise. */
export function corruptCopy(source: string, target: string): void {
  const bytes = Buffer.from(fs.readFileSync(source));
  for (let i = 4096 + 100; i < bytes.length; i += 7) bytes[i] = (i * 31) & 0xff;
  fs.writeFileSync(target, bytes);
}

/**
 * Bundles a TypeScript entry point into one CommonJS file that plain Node runs as a child process
 * (the product's own code, the native SQLite module left outside), for the tests that run the CLI
 * or kill a writer mid-way.
 */
export async function bundleForNode(input: string, file: string): Promise<void> {
  await build({
    input,
    platform: 'node',
    external: ['better-sqlite3-multiple-ciphers'],
    logLevel: 'silent',
    output: { file, format: 'cjs' },
  });
}
