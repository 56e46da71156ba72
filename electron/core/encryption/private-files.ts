import fs from 'node:fs';
import path from 'node:path';

/*
 * The data folder is the office's alone: 0700 for folders and 0600 for files where the OS has
 * modes (Linux). On Windows the folder sits in the user's profile (%APPDATA%), whose ACLs already
 * keep other users out; modes are ignored there.
 */

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates the folder if needed and makes it (and what SQLite and the program keep in it) private. */
export function makeFolderPrivate(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  makeTreePrivate(dir);
}

function makeTreePrivate(dir: string): void {
  chmodQuietly(dir, PRIVATE_DIR_MODE);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makeTreePrivate(full);
    else if (entry.isFile()) chmodQuietly(full, PRIVATE_FILE_MODE);
  }
}

function chmodQuietly(target: string, mode: number): void {
  try {
    fs.chmodSync(target, mode);
  } catch {
    // A file owned by someone else, or a file system without modes: nothing more to do here.
  }
}

/** Writes a small file whole or not at all: a temporary name, flushed, then renamed over the old one. */
export function writeFileAtomic(file: string, content: string | Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, 'w', PRIVATE_FILE_MODE);
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
  syncFolder(path.dirname(file));
}

/** Makes a rename in `dir` durable (POSIX); Windows has no folder handles to flush. */
export function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems refuse to flush a folder; the rename itself still happened.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
