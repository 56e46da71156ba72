import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

/**
 * The JSON Schemas written in docs/exchange-format.md, compiled, so a test can check what the
 * program writes against the written specification rather than against its own zod schemas.
 * Each schema is the ```json block that follows a `<!-- schema: <name> -->` line. Test-only.
 */
export function specSchemas(repoRoot: string): Map<string, ValidateFunction> {
  const text = readFileSync(path.join(repoRoot, 'docs', 'exchange-format.md'), 'utf8');
  const ajv = new Ajv({ allErrors: true, strict: true });
  const found = new Map<string, ValidateFunction>();
  for (const match of text.matchAll(/<!-- schema: ([a-z_]+) -->\s*```json\n([\s\S]*?)\n```/g)) {
    found.set(match[1]!, ajv.compile(JSON.parse(match[2]!) as object));
  }
  return found;
}
