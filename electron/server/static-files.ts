import fs from 'node:fs';
import path from 'node:path';
import { APP_ORIGIN, contentTypeFor, resolveAppFile } from '../security';

export interface StaticFile {
  file: string;
  contentType: string;
}

/**
 * Maps a URL path to a file of the built renderer with the same traversal-proof
 * resolver the Electron app:// protocol uses. Unknown paths without an extension
 * fall back to index.html (the single-page app handles them); unknown assets are a 404.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  const file = resolveAppFile(root, APP_ORIGIN + urlPath);
  if (!file) return null;
  const candidates = path.extname(file) ? [file] : [file, path.join(path.resolve(root), 'index.html')];
  const found = candidates.find(isFile);
  return found ? { file: found, contentType: contentTypeFor(found) } : null;
}

/**
 * `throwIfNoEntry: false` covers only a missing file: a path through a file (`/index.html/x`,
 * ENOTDIR), a segment too long for the file system (ENAMETOOLONG), a loop or a denied folder
 * still throw. Any of them means there is no file to serve here.
 */
function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
