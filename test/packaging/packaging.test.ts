import fs from 'node:fs';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPackage } from './audit';
import { makeWorkDir, packDir, ROOT, type PackedApp } from './pack';

// electron-builder's real `--dir` packaging of this project, on a placeholder Electron (nothing downloaded, no
// native rebuild). It needs `npm run build` first; `npm test` builds before the unit tests.
// Measured on our 2-core machines under load: the full packing 25–50 s, the broken one 3–11 s (file total 37–60 s).
const PACK_TIMEOUT = 120_000;

function requireBuild(): void {
  for (const file of ['dist/renderer/index.html', 'dist-electron/electron/main.js']) {
    if (!fs.existsSync(path.join(ROOT, file))) throw new Error(`${file} missing: run "npm run build" first`);
  }
}

describe('the installer package (electron-builder --dir)', () => {
  let workDir = '';
  let app: PackedApp;
  beforeAll(async () => {
    requireBuild();
    workDir = makeWorkDir();
    app = await packDir(workDir);
  }, PACK_TIMEOUT);
  afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it('holds main, preload, renderer, every migration and required package, and no tests, sources or dev dependencies', () => {
    expect(auditPackage(app)).toEqual([]);
  });

  it('keeps better-sqlite3 loadable: its .node file is unpacked, its C sources are left out', () => {
    const unpacked = path.join(app.unpackedDir, 'node_modules', 'better-sqlite3-multiple-ciphers');
    expect(fs.existsSync(path.join(unpacked, 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'deps'))).toBe(false);
    expect(fs.existsSync(path.join(unpacked, 'src'))).toBe(false);
  });

  it('flips the fuses in the afterPack hook: no Node mode, NODE_OPTIONS, --inspect or file:// privileges, app only from a checked asar, cookies encrypted', async () => {
    const wire = await getCurrentFuseWire(app.executable);
    // The wire holds ASCII '1' (on) / '0' (off) per fuse; the placeholder started with all of them '0'.
    const state = (option: FuseV1Options) => String.fromCharCode(Number(wire[option]));
    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      nodeOptions: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspect: state(FuseV1Options.EnableNodeCliInspectArguments),
      asarIntegrity: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyFromAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
      cookieEncryption: state(FuseV1Options.EnableCookieEncryption),
      fileProtocolExtra: state(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: '0',
      nodeOptions: '0',
      inspect: '0',
      asarIntegrity: '1',
      onlyFromAsar: '1',
      cookieEncryption: '1',
      // Electron ships this one on; the hook turns it off (the placeholder's wire starts all off).
      fileProtocolExtra: '0',
    });
  });
});

describe('the packaging check itself', () => {
  let workDir = '';
  afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it(
    'fails when the migrations are left out of "files"',
    async () => {
      requireBuild();
      workDir = makeWorkDir();
      // node_modules is left out too, only to halve this packing's time (the audit then also reports the
      // missing packages); what is asserted is that the missing migrations are reported.
      const broken = await packDir(workDir, {
        files: ['!dist-electron/electron/core/db/migrations/**', '!node_modules/**'],
      });
      expect(auditPackage(broken)).toEqual(
        expect.arrayContaining([
          'missing migration: dist-electron/electron/core/db/migrations/0001-core.js',
          expect.stringMatching(/^missing migration: .*\/index\.js$/),
        ]),
      );
    },
    PACK_TIMEOUT,
  );
});
