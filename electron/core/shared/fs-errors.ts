import { format, vi } from '../messages/vi';

/**
 * The one place where the operating system's file errors (ENOENT, EACCES, ENOSPC…) become what a
 * clerk reads: a whole Vietnamese sentence naming the folder or file and what to do next. Backups,
 * exports, templates and the router's last resort all go through here, so "ENOENT: no such file or
 * directory, open 'E:\SaoLuu\…'" never reaches a screen.
 */
const SENTENCE_OF_CODE: Record<string, keyof typeof vi.files> = {
  ENOENT: 'missing',
  ENOTDIR: 'notFolder',
  EISDIR: 'isFolder',
  EACCES: 'denied',
  EPERM: 'denied',
  EROFS: 'readOnly',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EIO: 'device',
  ENXIO: 'device',
  ENODEV: 'device',
  ENAMETOOLONG: 'tooLong',
};

interface SystemError {
  code?: unknown;
  path?: unknown;
  syscall?: unknown;
  message?: unknown;
}

/** The Node error code when `error` is a file-system error this module can put into words. */
export function fsErrorCode(error: unknown): string | null {
  const code = (error as SystemError | null)?.code;
  return typeof code === 'string' && code in SENTENCE_OF_CODE ? code : null;
}

/** Whether the failing call was reading a file (a missing one is then a missing file) or writing one. */
export type FileAccess = 'read' | 'write';

/**
 * The sentence for a file error, or null when `error` is not one. `where` is the folder or file the
 * caller was working with; the error's own path wins when it has one (it is the one that failed).
 */
export function fsErrorSentence(error: unknown, where?: string, access: FileAccess = 'write'): string | null {
  const code = fsErrorCode(error);
  if (!code) return null;
  const failed = (error as SystemError).path;
  const target = typeof failed === 'string' ? failed : (where ?? vi.files.unknownPath);
  const key = code === 'ENOENT' && access === 'read' ? 'fileMissing' : SENTENCE_OF_CODE[code]!;
  return format(vi.files[key], { path: target });
}

/** `fsErrorSentence`, or the error's own message as a sentence when it is not a file error. */
export function errorSentence(error: unknown, where?: string, access: FileAccess = 'write'): string {
  const message = String((error as Error | null)?.message ?? error).replace(/\.$/, '');
  return fsErrorSentence(error, where, access) ?? format(vi.files.other, { detail: message });
}
