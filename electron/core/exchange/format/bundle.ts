import { strToU8, strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { BundleFileName } from '../entities';
import { dataPath } from '../entities';
import { canonicalJson, sha256Hex } from './canonical';
import { keyFingerprint, signBytes, verifyBytes } from './keys';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, manifestSchema, type BundleManifest } from './manifest';

/** The zip's fixed entries besides the data files. */
export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.sig';

/** What a bundle may hold unzipped: a province's full bundle is far below it, a zip bomb far above. */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

/** Why a file is not a bundle one can trust; the services map each to a Vietnamese error. */
export type BundleFault =
  | { kind: 'not_a_bundle' }
  | { kind: 'too_large' }
  | { kind: 'format_newer'; version: number }
  | { kind: 'file_damaged'; path: string }
  | { kind: 'unexpected_file'; path: string };

export class BundleFormatError extends Error {
  constructor(readonly fault: BundleFault) {
    super(`bundle refused: ${fault.kind}`);
    this.name = 'BundleFormatError';
  }
}

/** What a bundle holds, before or after the zip. Each file's lines are canonical JSON values. */
export interface BundleContent {
  manifest: BundleManifest;
  /** The exact signed bytes of manifest.json. */
  manifestBytes: Uint8Array;
  signature: Uint8Array;
  files: Map<BundleFileName, unknown[]>;
  /** SHA-256 of manifest.json: the chain's link to this bundle (the next one's prevHash). */
  manifestHash: string;
}

/**
 * A line its writer already holds as canonical JSON text (exchange/sending builds a row's line once
 * and hashes the same text), written as it is. The writer answers for the text being canonical.
 */
export class CanonicalLine {
  constructor(readonly text: string) {}
}

export type ManifestDraft = Omit<BundleManifest, 'files' | 'format' | 'formatVersion' | 'keyFingerprint'>;

/**
 * Writes a bundle: each file as NDJSON (one canonical JSON value per line, "\n" after each), the
 * manifest with every file's rows, bytes and SHA-256, and a detached Ed25519 signature over the
 * manifest's canonical bytes. Files with no lines are still listed, so a receiver can tell "none"
 * from "not sent".
 */
export function writeBundle(
  draft: ManifestDraft,
  files: ReadonlyMap<BundleFileName, readonly unknown[]>,
  key: { publicKeyHex: string; privateKeyPem: string },
): { bytes: Uint8Array; manifest: BundleManifest; manifestHash: string } {
  const zippable: Zippable = {};
  const listed: BundleManifest['files'] = [];
  for (const [name, lines] of files) {
    const text = lines.map((line) => `${line instanceof CanonicalLine ? line.text : canonicalJson(line)}\n`).join('');
    const data = strToU8(text);
    const path = dataPath(name);
    zippable[path] = data;
    listed.push({ name, path, rows: lines.length, bytes: data.length, sha256: sha256Hex(data) });
  }
  const manifest: BundleManifest = {
    ...draft,
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    keyFingerprint: keyFingerprint(key.publicKeyHex),
    files: listed,
  };
  const manifestBytes = strToU8(canonicalJson(manifest));
  zippable[MANIFEST_PATH] = manifestBytes;
  zippable[SIGNATURE_PATH] = signBytes(key.privateKeyPem, manifestBytes);
  // Level 6: the default's size for a fraction of 9's time on an old office PC.
  const bytes = zipSync(zippable, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
  return { bytes, manifest, manifestHash: sha256Hex(manifestBytes) };
}

/**
 * Reads a bundle and checks everything that needs no key: a whole zip, a manifest of this format
 * (not a newer version), every listed file present with its SHA-256, nothing unlisted. The
 * signature is only read here: `verifyBundleSignature` checks it against the key the receiving
 * office holds for the sender. Throws BundleFormatError.
 */
export function readBundle(bytes: Uint8Array, maxUnzippedBytes = MAX_UNZIPPED_BYTES): BundleContent {
  let entries: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    // A hostile zip can declare gigabytes behind a few kilobytes: the sizes are summed from the
    // headers before anything is inflated, and a bundle past the limit is not read at all.
    let declared = 0;
    entries = unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        if (declared > maxUnzippedBytes) tooLarge = true;
        if (tooLarge) throw new Error('bundle too large once unzipped');
        return true;
      },
    });
  } catch {
    throw new BundleFormatError({ kind: tooLarge ? 'too_large' : 'not_a_bundle' });
  }
  const manifestBytes = entries[MANIFEST_PATH];
  const signature = entries[SIGNATURE_PATH];
  if (!manifestBytes || !signature) throw new BundleFormatError({ kind: 'not_a_bundle' });
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(manifestBytes));
  } catch {
    throw new BundleFormatError({ kind: 'file_damaged', path: MANIFEST_PATH });
  }
  const head = raw as { format?: unknown; formatVersion?: unknown };
  if (head?.format !== BUNDLE_FORMAT) throw new BundleFormatError({ kind: 'not_a_bundle' });
  if (typeof head.formatVersion === 'number' && head.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw new BundleFormatError({ kind: 'format_newer', version: head.formatVersion });
  }
  const parsed = manifestSchema.safeParse(raw);
  // A manifest that is not in canonical form was not written by the format: its signature would
  // cover bytes other readers may parse differently.
  if (!parsed.success || canonicalJson(parsed.data) !== strFromU8(manifestBytes)) {
    throw new BundleFormatError({ kind: 'file_damaged', path: MANIFEST_PATH });
  }
  const manifest = parsed.data;
  const listedPaths = new Set([MANIFEST_PATH, SIGNATURE_PATH, ...manifest.files.map((f) => f.path)]);
  for (const path of Object.keys(entries)) {
    if (!listedPaths.has(path)) throw new BundleFormatError({ kind: 'unexpected_file', path });
  }
  const files = new Map<BundleFileName, unknown[]>();
  for (const file of manifest.files) {
    const data = entries[file.path];
    if (!data || data.length !== file.bytes || sha256Hex(data) !== file.sha256) {
      throw new BundleFormatError({ kind: 'file_damaged', path: file.path });
    }
    files.set(file.name as BundleFileName, parseLines(data, file.path, file.rows));
  }
  return { manifest, manifestBytes, signature, files, manifestHash: sha256Hex(manifestBytes) };
}

function parseLines(data: Uint8Array, path: string, rows: number): unknown[] {
  const text = strFromU8(data);
  if (text.length > 0 && !text.endsWith('\n')) throw new BundleFormatError({ kind: 'file_damaged', path });
  const lines = text.length === 0 ? [] : text.slice(0, -1).split('\n');
  if (lines.length !== rows) throw new BundleFormatError({ kind: 'file_damaged', path });
  try {
    return lines.map((line) => JSON.parse(line) as unknown);
  } catch {
    throw new BundleFormatError({ kind: 'file_damaged', path });
  }
}

/** Whether the bundle's manifest was signed by the key. */
export function verifyBundleSignature(content: BundleContent, publicKeyHex: string): boolean {
  return verifyBytes(publicKeyHex, content.manifestBytes, content.signature);
}
