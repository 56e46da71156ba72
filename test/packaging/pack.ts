import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Arch, build, Platform, type Configuration } from 'electron-builder';

export const ROOT = path.resolve(__dirname, '..', '..');
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * A stand-in for Electron's Linux distribution: one `electron` executable that is a shell script carrying a fuse
 * wire (sentinel, version 1, eight fuses all "0"), so electron-builder copies and renames it and our afterPack
 * hook can flip and read back the fuses exactly as on the real binary. Nothing is downloaded.
 */
export function makePlaceholderElectron(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\n# ${FUSE_SENTINEL}`),
    Buffer.from([1, 8, ...Array.from({ length: 8 }, () => 0x30)]),
    Buffer.from('\necho "placeholder Electron (packaging check)"\n'),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), wire, { mode: 0o755 });
  return dir;
}

export interface PackedApp {
  appOutDir: string;
  resourcesDir: string;
  asarPath: string;
  unpackedDir: string;
  executable: string;
}

/**
 * Runs electron-builder's Linux `dir` target with the project's own `build` config (package.json), changed only
 * where this machine needs it: the placeholder Electron, no native rebuild (it needs Electron's headers from the
 * internet), output in `workDir`. `extra` is merged on top (arrays such as `files` are appended).
 */
export async function packDir(workDir: string, extra: Configuration = {}): Promise<PackedApp> {
  const output = path.join(workDir, 'out');
  const config: Configuration = {
    ...extra,
    electronDist: makePlaceholderElectron(path.join(workDir, 'electron-dist')),
    npmRebuild: false,
    directories: { output },
    publish: null,
  };
  await build({ projectDir: ROOT, targets: Platform.LINUX.createTarget('dir', Arch.x64), config, publish: 'never' });
  const appOutDir = path.join(output, 'linux-unpacked');
  const resourcesDir = path.join(appOutDir, 'resources');
  return {
    appOutDir,
    resourcesDir,
    asarPath: path.join(resourcesDir, 'app.asar'),
    unpackedDir: path.join(resourcesDir, 'app.asar.unpacked'),
    executable: path.join(appOutDir, 'qsdp'),
  };
}

export function makeWorkDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-pack-'));
}
