import fs from 'node:fs';
import path from 'node:path';
import { contentTypeFor } from '../security';

export interface StaticFile {
  file: string;
  contentType: string;
}

/**
 * Maps a URL path to a file inside `root`, refusing anything that would
 * escape it. Unknown paths without an extension fall back to index.html
 * (the single-page app handles them); unknown assets are a 404.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rootResolved = path.resolve(root);
  const candidate = path.resolve(rootResolved, '.' + path.posix.normalize('/' + decoded));
  if (candidate !== rootResolved && !candidate.startsWith(rootResolved + path.sep)) return null;
  const target =
    candidate === rootResolved || (!path.extname(candidate) && !isFile(candidate))
      ? path.join(rootResolved, 'index.html')
      : candidate;
  if (!isFile(target)) return null;
  return { file: target, contentType: contentTypeFor(target) };
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
