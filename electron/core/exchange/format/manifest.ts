import { z } from 'zod';
import { bundleFileNames, dataPath } from '../entities';

/** The format's name and version (docs/exchange-format.md §2): a reader refuses a higher version than it knows. */
export const BUNDLE_FORMAT = 'qsdp-exchange';
export const BUNDLE_FORMAT_VERSION = 1;

/**
 * An office's exchange code (docs/exchange-format.md §1): a ward/commune's 5-digit code or a
 * province's 2-digit code (Decision 19/2025/QĐ-TTg), or a regional defence board's
 * "<province>-KV<n>" (boards have no national code).
 */
export const officeCodeSchema = z.string().regex(/^(\d{2}|\d{5}|\d{2}-KV\d{1,2})$/);

const officeRef = z.strictObject({ code: officeCodeSchema, name: z.string().min(1).max(200) });

export const manifestFileSchema = z.strictObject({
  name: z.enum(bundleFileNames as [string, ...string[]]),
  path: z.string(),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().positive(),
  /** The sender's database schema version (user_version): a receiver refuses one newer than its own. */
  schemaVersion: z.number().int().positive(),
  /** up: records from a ward/commune to its board or province; down: corrections and decisions back. */
  direction: z.enum(['up', 'down']),
  sender: officeRef.extend({ kind: z.string().min(1).max(40) }),
  recipient: officeRef,
  /** 1, 2, 3… per sender, recipient and direction; the receiver takes them in order, none skipped. */
  seq: z.number().int().positive(),
  /** SHA-256 of the previous bundle's manifest.json in this chain; null for seq 1. */
  prevHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  /** The highest seq of the other direction the sender has received (0: none yet). */
  ack: z.number().int().nonnegative(),
  /** Everything (the first bundle, or on request) or only what changed since the acknowledged state. */
  full: z.boolean(),
  period: z.strictObject({
    from: z.string().nullable(),
    to: z.string(),
  }),
  createdAt: z.string().min(20).max(40),
  /** The fingerprint of the key that signed (format/keys.ts), so a receiver names the key it does not know. */
  keyFingerprint: z.string().max(60),
  files: z.array(manifestFileSchema).refine((files) => files.every((f) => f.path === dataPath(f.name as never)), {
    message: 'file path',
  }),
});
export type BundleManifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof manifestFileSchema>;
