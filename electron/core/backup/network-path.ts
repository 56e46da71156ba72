import { format, vi } from '../messages/vi';

/**
 * True when a path points at a network share: a UNC path (`\\server\share\…`,
 * `//server/share/…`, `\\?\UNC\server\share\…`) or a drive letter the caller
 * knows is mapped to a share (Windows reports those; a plain string cannot tell).
 * `\\?\C:\…` and `\\.\…` are local device paths, not shares.
 */
export function isNetworkPath(p: string, mappedNetworkDrives: readonly string[] = []): boolean {
  const text = p.trim();
  if (/^[\\/]{2}[?.][\\/]/.test(text)) return /^[\\/]{2}\?[\\/]UNC[\\/]/i.test(text);
  if (/^[\\/]{2}[^\\/]+[\\/][^\\/]+/.test(text)) return true;
  if (/^(smb|nfs|afp|cifs):\/\//i.test(text)) return true;
  const drive = /^([a-z]):/i.exec(text)?.[1]?.toUpperCase();
  return drive !== undefined && mappedNetworkDrives.some((d) => d.replace(/[:\\/]/g, '').toUpperCase() === drive);
}

/** The Vietnamese warning for a database or backup path on a share, or null when it is local. */
export function networkPathWarning(p: string, mappedNetworkDrives: readonly string[] = []): string | null {
  return isNetworkPath(p, mappedNetworkDrives) ? format(vi.backup.networkWarning, { path: p }) : null;
}
