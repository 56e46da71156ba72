// What `npm test` needs from Debian besides node_modules, checked before anything runs: a newcomer
// without Chromium or LibreOffice gets one line naming the packages (or, as root, gets them installed)
// instead of a failure deep inside the end-to-end or document tests. The packages are .ci/run's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Each need: the Debian package that provides it, and how to tell it is there. */
export const SYSTEM_NEEDS = [
  { pkg: 'chromium', commands: ['chromium'] },
  { pkg: 'libreoffice-writer-nogui', commands: ['soffice'] },
  { pkg: 'poppler-utils', commands: ['pdftotext', 'pdftoppm', 'pdfinfo'] },
  { pkg: 'fonts-liberation2', files: ['/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf'] },
];

/** Whether `command` is an executable file in one of PATH's folders. */
export function onPath(command, pathValue) {
  return (pathValue ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => {
      try {
        fs.accessSync(path.join(dir, command), fs.constants.X_OK);
        return fs.statSync(path.join(dir, command)).isFile();
      } catch {
        return false;
      }
    });
}

/** The Debian packages missing on this machine, in .ci/run's order (empty: all there). */
export function missingPackages({ pathValue = process.env.PATH, exists = fs.existsSync } = {}) {
  return SYSTEM_NEEDS.filter(
    (need) =>
      (need.commands ?? []).some((command) => !onPath(command, pathValue)) ||
      (need.files ?? []).some((file) => !exists(file)),
  ).map((need) => need.pkg);
}

/** The one line a newcomer reads, in Vietnamese and English, with the command to run. */
export function missingLine(packages) {
  const command = `sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  return `Thiếu gói hệ thống để chạy kiểm thử / Missing system packages for the tests: ${command}`;
}

/**
 * Checks the machine before `npm test`: on Linux only (the packages are Debian's). Returns true when
 * the tests can run. As root it installs what is missing itself, as .ci/run does.
 */
export function ensureSystemPackages({
  pathValue = process.env.PATH,
  exists = fs.existsSync,
  platform = process.platform,
  isRoot = process.getuid?.() === 0,
  log = console.log,
} = {}) {
  if (platform !== 'linux' || process.env.QSDP_SKIP_SYSTEM_CHECK === '1') return true;
  const missing = missingPackages({ pathValue, exists });
  if (missing.length === 0) return true;
  if (!isRoot) {
    log(missingLine(missing));
    return false;
  }
  log(`Đang cài / Installing: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]))
    return missingPackages({ pathValue: process.env.PATH, exists }).length === 0;
  log(missingLine(missingPackages({ pathValue: process.env.PATH, exists })));
  return false;
}
