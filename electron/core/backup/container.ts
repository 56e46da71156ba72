import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { ApiError } from '../kernel/errors';
import { keyIdOf } from '../encryption/key-file';
import { PRIVATE_FILE_MODE } from '../encryption/private-files';
import { sealedSchema, unseal } from '../encryption/sealed';

/*
 * A QSĐP backup file (.qsdpbak), one self-contained file:
 *
 *   "QSDPBAK1" | header length (4 bytes, big-endian) | header (JSON) | database | MAC (32 bytes)
 *
 * The database is a SQLCipher file encrypted with the backup's key: the office's own data key for
 * the copies kept in the data folder (automatic, before an upgrade, before a restore), or a random
 * key sealed with a passphrase for a copy taken away on a USB stick. The MAC (HMAC-SHA256 with a
 * key derived from the backup's key) covers every byte before it, written when the copy was made:
 * a backup with any byte changed — by a faulty stick, a bit flip or a person — is refused.
 */

export const BACKUP_EXTENSION = '.qsdpbak';
const MAGIC = Buffer.from('QSDPBAK1', 'latin1');
const MAC_BYTES = 32;
const MAX_HEADER = 64 * 1024;
const CHUNK = 1024 * 1024;

const headerSchema = z.strictObject({
  format: z.literal(1),
  createdAt: z.string().max(40),
  schemaVersion: z.number().int().min(0),
  office: z.string().max(200),
  protection: z.enum(['office', 'passphrase']),
  /** 'office': the office key's public name (encryption/key-file.ts). */
  keyId: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
  /** 'passphrase': the backup's own key, sealed with the passphrase. */
  sealedKey: sealedSchema.optional(),
});
export type BackupHeader = z.infer<typeof headerSchema>;

/** The header of a copy encrypted with the office's own data key (kept in the data folder). */
export function officeHeader(key: Buffer, schemaVersion: number, office = '', createdAt = new Date()): BackupHeader {
  return {
    format: 1,
    createdAt: createdAt.toISOString(),
    schemaVersion,
    office,
    protection: 'office',
    keyId: keyIdOf(key),
  };
}

export interface ContainerLayout {
  header: BackupHeader;
  bodyStart: number;
  bodyEnd: number;
}

/** What may open a backup: the office's own key, and a passphrase when the user gave one. */
export interface BackupKeys {
  /** Absent where only a passphrase copy is checked (the CLI's `verify` away from the office's data). */
  officeKey: Buffer | null;
  passphrase?: string | null;
}

function macKeyOf(bodyKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', bodyKey, Buffer.alloc(0), 'qsdp-backup-mac', 32));
}

function readAt(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** Feeds bytes [start, end) of an open file to `each`, a chunk at a time (a backup may be hundreds of MB). */
function eachChunk(fd: number, start: number, end: number, each: (chunk: Buffer) => void): void {
  for (let at = start; at < end;) {
    const chunk = readAt(fd, Math.min(CHUNK, end - at), at);
    if (chunk.length === 0) throw new Error('short read');
    each(chunk);
    at += chunk.length;
  }
}

/** How a backup file is protected, from its header alone (null: not one of our containers). */
export function protectionOf(file: string): BackupHeader['protection'] | null {
  return isBackupContainer(file) ? readLayout(file).header.protection : null;
}

/** Whether a file starts like one of our backups (cheap: the first 8 bytes). */
export function isBackupContainer(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    return readAt(fd, MAGIC.length, 0).equals(MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads the header; throws BACKUP_DAMAGED when the frame itself is broken. */
export function readLayout(file: string): ContainerLayout {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const head = readAt(fd, MAGIC.length + 4, 0);
    const length = head.length === MAGIC.length + 4 ? head.readUInt32BE(MAGIC.length) : -1;
    const bodyStart = MAGIC.length + 4 + length;
    if (!head.subarray(0, MAGIC.length).equals(MAGIC) || length <= 0 || length > MAX_HEADER) {
      throw new Error('frame');
    }
    if (bodyStart + MAC_BYTES >= size) throw new Error('truncated');
    const header = headerSchema.parse(JSON.parse(readAt(fd, length, MAGIC.length + 4).toString('utf8')));
    return { header, bodyStart, bodyEnd: size - MAC_BYTES };
  } catch (error) {
    throw ApiError.of('BACKUP_DAMAGED', { file, detail: (error as Error).message.slice(0, 80) });
  } finally {
    fs.closeSync(fd);
  }
}

/** The key the backup's database is encrypted with, or the Vietnamese reason it cannot be had. */
export function bodyKeyOf(file: string, header: BackupHeader, keys: BackupKeys): Buffer {
  if (header.protection === 'office') {
    if (!keys.officeKey || header.keyId !== keyIdOf(keys.officeKey)) throw ApiError.of('BACKUP_OTHER_KEY', { file });
    return keys.officeKey;
  }
  if (!keys.passphrase) throw ApiError.of('BACKUP_PASSPHRASE_NEEDED', { file });
  const key = header.sealedKey ? unseal(header.sealedKey, keys.passphrase) : null;
  if (!key) throw ApiError.of('BACKUP_PASSPHRASE_WRONG', { file });
  return key;
}

/** Recomputes the MAC over every byte before it; BACKUP_TAMPERED when a single one differs. */
export function checkMac(file: string, layout: ContainerLayout, bodyKey: Buffer): void {
  const fd = fs.openSync(file, 'r');
  try {
    const mac = createHmac('sha256', macKeyOf(bodyKey));
    eachChunk(fd, 0, layout.bodyEnd, (chunk) => mac.update(chunk));
    const stored = readAt(fd, MAC_BYTES, layout.bodyEnd);
    if (stored.length !== MAC_BYTES || !timingSafeEqual(stored, mac.digest())) {
      throw ApiError.of('BACKUP_TAMPERED', { file });
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies the (still encrypted) database out of a checked container into `target`. */
export function extractDatabase(file: string, layout: ContainerLayout, target: string): void {
  const from = fs.openSync(file, 'r');
  const to = fs.openSync(target, 'wx', PRIVATE_FILE_MODE);
  try {
    eachChunk(from, layout.bodyStart, layout.bodyEnd, (chunk) => fs.writeSync(to, chunk));
    fs.fsyncSync(to);
  } finally {
    fs.closeSync(from);
    fs.closeSync(to);
  }
}

/** Writes `database` (a SQLCipher file encrypted with `bodyKey`) into a new container at `target`, flushed. */
export function writeContainer(database: string, target: string, header: BackupHeader, bodyKey: Buffer): void {
  const json = Buffer.from(JSON.stringify(headerSchema.parse(header)), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  const mac = createHmac('sha256', macKeyOf(bodyKey));
  const to = fs.openSync(target, 'wx', PRIVATE_FILE_MODE);
  const from = fs.openSync(database, 'r');
  try {
    const write = (chunk: Buffer) => {
      mac.update(chunk);
      fs.writeSync(to, chunk);
    };
    write(MAGIC);
    write(length);
    write(json);
    eachChunk(from, 0, fs.fstatSync(from).size, write);
    fs.writeSync(to, mac.digest());
    fs.fsyncSync(to);
  } finally {
    fs.closeSync(from);
    fs.closeSync(to);
  }
}
