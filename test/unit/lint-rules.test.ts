import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The house's boundaries are lint rules (eslint.config.mjs, eslint/layers.mjs). Each is shown to
 * fire on a violation planted in a file where it applies, and to stay quiet where the import is allowed.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function rulesFiredOn(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const planted = 1;\n`, { filePath: path.join(ROOT, file) });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('lint rules that keep the layers apart', () => {
  it('no Electron outside the shell files', async () => {
    const code = `import { app } from 'electron';\nexport const name = app.name;`;
    expect(await rulesFiredOn('electron/core/people/planted.ts', code)).toContain('no-restricted-imports');
    expect(await rulesFiredOn('electron/server/planted.ts', code)).toContain('no-restricted-imports');
    expect(await rulesFiredOn('renderer/src/shared/planted.ts', code)).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await rulesFiredOn('electron/ipc-planted.ts', code)).not.toContain('no-restricted-imports');
  });

  it('nothing below the features imports api/', async () => {
    const code = `import { apiMethods } from '../api/contract';\nexport const n = Object.keys(apiMethods).length;`;
    for (const folder of ['kernel', 'db', 'shared', 'encryption', 'docs']) {
      expect(await rulesFiredOn(`electron/core/${folder}/planted.ts`, code)).toContain('qsdp/no-api-below-features');
    }
    expect(await rulesFiredOn('electron/core/db/migrations/planted.ts', code.replace('../', '../../'))).toContain(
      'qsdp/no-api-below-features',
    );
    // A feature, or the core's entry point, may.
    expect(await rulesFiredOn('electron/core/people/planted.ts', code)).not.toContain('qsdp/no-api-below-features');
  });

  it('the document engine and the other feature-free folders below the features import no feature', async () => {
    const office = `import type { OfficeProfile } from '../office/schema';\nexport type O = OfficeProfile;`;
    for (const folder of ['docs', 'shared', 'messages', 'log']) {
      expect(await rulesFiredOn(`electron/core/${folder}/planted.ts`, office)).toContain('qsdp/no-feature-below');
    }
    // Nor anything above the features (the documents' pipeline).
    const pipeline = `import type { DocumentFamily } from '../documents/family';\nexport type F = DocumentFamily;`;
    expect(await rulesFiredOn('electron/core/docs/planted.ts', pipeline)).toContain('qsdp/no-feature-below');
    // Its own folders below the features it may use; a feature may use the engine.
    const dates = `import { addYears } from '../shared/dates';\nexport const next = addYears;`;
    expect(await rulesFiredOn('electron/core/docs/planted.ts', dates)).not.toContain('qsdp/no-feature-below');
    const engine = `import { officialHeader } from '../docs/official-header';\nexport const header = officialHeader;`;
    expect(await rulesFiredOn('electron/core/office/planted.ts', engine)).not.toContain('qsdp/no-feature-below');
  });

  it('a feature uses another only through its face (index.ts)', async () => {
    const reachIn = `import { findPerson } from '../people/repository';\nexport const f = findPerson;`;
    expect(await rulesFiredOn('electron/core/import/planted.ts', reachIn)).toContain('qsdp/no-feature-internals');
    expect(
      await rulesFiredOn(
        'electron/core/conscription/records/planted.ts',
        `import type { Person } from '../../people/schema';\nexport type P = Person;`,
      ),
    ).toContain('qsdp/no-feature-internals');
    const throughFace = `import { findPerson } from '../people';\nexport const f = findPerson;`;
    expect(await rulesFiredOn('electron/core/import/planted.ts', throughFace)).not.toContain(
      'qsdp/no-feature-internals',
    );
    // Inside a feature, its own files; above the features (the API's and the documents' tables), anything.
    expect(await rulesFiredOn('electron/core/people/planted.ts', reachIn.replace('../people/', './'))).not.toContain(
      'qsdp/no-feature-internals',
    );
    expect(await rulesFiredOn('electron/core/documents/planted.ts', reachIn)).not.toContain(
      'qsdp/no-feature-internals',
    );
    // A test may reach in to set its scene up.
    expect(await rulesFiredOn('electron/core/import/planted.test.ts', reachIn)).not.toContain(
      'qsdp/no-feature-internals',
    );
  });

  it('the shared vocabulary imports no Node, SQLite, Electron, core or renderer code', async () => {
    const planted = [
      `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;`,
      `import path from 'path';\nexport const sep = path.sep;`,
      `import Database from 'better-sqlite3-multiple-ciphers';\nexport const Db = Database;`,
      `import { app } from 'electron';\nexport const name = app.name;`,
      `import { vi } from '../electron/core/messages/vi';\nexport const text = vi;`,
      `import type { Person } from '../electron/core/api/contract';\nexport type P = Person;`,
      `export { vi } from '../renderer/src/messages/vi';`,
      `export const load = () => import('node:os');`,
      `// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const fs = require('fs');`,
    ];
    for (const code of planted) {
      expect(await rulesFiredOn('vocabulary/planted.ts', code), code).toContain('qsdp/plain-vocabulary');
    }
    // Its own modules it may import; the renderer and the core may import it at run time.
    const own = `import { keysOf } from './keys';\nexport const keys = keysOf({ a: 'A' });`;
    expect(await rulesFiredOn('vocabulary/planted.ts', own)).toEqual([]);
    const use = `import { militiaLevelLabels } from '../../../vocabulary/militia';\nexport const levels = militiaLevelLabels;`;
    expect(await rulesFiredOn('renderer/src/shared/planted.ts', use)).toEqual([]);
    expect(await rulesFiredOn('electron/core/militia/planted.ts', use)).toEqual([]);
  });

  it('a searchable picker folds accents: no Select searching by itself, no bare AutoComplete', async () => {
    const own = `import { Select } from 'antd';\nexport const P = () => <Select showSearch optionFilterProp="label" />;`;
    expect(await rulesFiredOn('renderer/src/features/people/Planted.tsx', own)).toContain('no-restricted-syntax');
    const multiple = `import { Select } from 'antd';\nexport const P = () => <Select mode="multiple" />;`;
    expect(await rulesFiredOn('renderer/src/features/people/Planted.tsx', multiple)).toContain('no-restricted-syntax');
    const auto = `import { AutoComplete } from 'antd';\nexport const P = () => <AutoComplete />;`;
    expect(await rulesFiredOn('renderer/src/features/people/Planted.tsx', auto)).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    // The shared picker, and a Select that does not search, are fine.
    const shared = `import { SearchSelect } from '../../shared/SearchSelect';\nexport const P = () => <SearchSelect />;`;
    expect(await rulesFiredOn('renderer/src/features/people/Planted.tsx', shared)).toEqual([]);
    const plain = `import { Select } from 'antd';\nexport const P = () => <Select allowClear />;`;
    expect(await rulesFiredOn('renderer/src/features/people/Planted.tsx', plain)).toEqual([]);
  });
});
