import { ApiError } from '../kernel/errors';
import { displayDateOfStamp } from '../shared/dates';
import { vi } from '../messages/vi';
import { BundleFormatError, readBundle, verifyBundleSignature, type BundleContent } from './format/bundle';

/**
 * The checks every received bundle passes before anything is written (issue 20 §3), in one place
 * for both directions and both storage engines: the caller reads what it holds about the sender
 * (its own store, sync or async) into a `ChainView`, and this decides. Pure: it writes nothing.
 */

/** What the receiving office holds about the bundle's sender and their chain of bundles. */
export interface ChainView {
  /** The sender as enrolled here (role sender for upward bundles, recipient for downward), or null. */
  partner: { code: string; name: string } | null;
  keys: readonly { public_key: string; fingerprint: string; revoked_at: string | null; revoke_reason: string | null }[];
  /** The highest seq accepted from this sender in this flow (0: none) and its manifest hash. */
  lastSeq: number;
  lastHash: string | null;
  /** The manifest hash of the bundle accepted with the incoming bundle's seq, when one was. */
  hashAtSeq: string | null;
}

export interface ExpectedBundle {
  ownCode: string;
  ownSchemaVersion: number;
  flow: 'up' | 'down';
}

/** 'new': take it; 'already_received': the same bundle came before, so nothing is to be done. */
export type CheckOutcome = 'new' | 'already_received';

/** Reads a file as a bundle, or refuses it with the Vietnamese reason. */
export function openBundle(bytes: Uint8Array): BundleContent {
  try {
    return readBundle(bytes);
  } catch (e) {
    if (!(e instanceof BundleFormatError)) throw e;
    const fault = e.fault;
    switch (fault.kind) {
      case 'not_a_bundle':
      case 'too_large':
        throw ApiError.of('EXCHANGE_NOT_A_BUNDLE');
      case 'format_newer':
        throw ApiError.of('EXCHANGE_FORMAT_NEWER', { version: fault.version });
      case 'file_damaged':
        throw ApiError.of('EXCHANGE_FILE_DAMAGED', { path: fault.path });
      case 'unexpected_file':
        throw ApiError.of('EXCHANGE_UNEXPECTED_FILE', { path: fault.path });
    }
  }
}

/** The bundle's sender as people know it: "Ban CHQS phường X (mã 26734)". */
export function senderLabel(content: BundleContent): string {
  return `${content.manifest.sender.name} (mã ${content.manifest.sender.code})`;
}

/**
 * Checks, in this order: the flow, the addressee, the schema version, the sender, its key (known,
 * not revoked), the signature, then the sequence (the same bundle again; an older one; a gap; the
 * chain's link to the last one accepted). Throws ApiError naming what is wrong.
 */
export function checkBundle(content: BundleContent, expected: ExpectedBundle, chain: ChainView): CheckOutcome {
  const { manifest } = content;
  const sender = senderLabel(content);
  if (manifest.direction !== expected.flow) {
    throw ApiError.of('EXCHANGE_WRONG_DIRECTION', {
      direction: manifest.direction === 'up' ? vi.exchange.directionUp : vi.exchange.directionDown,
    });
  }
  if (manifest.recipient.code !== expected.ownCode) {
    throw ApiError.of('EXCHANGE_WRONG_RECIPIENT', { code: manifest.recipient.code, name: manifest.recipient.name });
  }
  if (manifest.schemaVersion > expected.ownSchemaVersion) {
    throw ApiError.of('EXCHANGE_SCHEMA_NEWER', { version: manifest.schemaVersion, own: expected.ownSchemaVersion });
  }
  if (!chain.partner) {
    throw ApiError.of('EXCHANGE_UNKNOWN_SENDER', { code: manifest.sender.code, name: manifest.sender.name });
  }
  const key = chain.keys.find((k) => k.fingerprint === manifest.keyFingerprint);
  if (!key) throw ApiError.of('EXCHANGE_UNKNOWN_KEY', { sender, fingerprint: manifest.keyFingerprint });
  if (key.revoked_at !== null) {
    throw ApiError.of('EXCHANGE_KEY_REVOKED', {
      sender,
      fingerprint: key.fingerprint,
      date: displayDateOfStamp(key.revoked_at),
      reason: key.revoke_reason ?? '',
    });
  }
  if (!verifyBundleSignature(content, key.public_key)) throw ApiError.of('EXCHANGE_SIGNATURE_INVALID', { sender });
  const seq = manifest.seq;
  if (seq <= chain.lastSeq) {
    if (chain.hashAtSeq === content.manifestHash) return 'already_received';
    throw ApiError.of('EXCHANGE_REPLAY', { seq, sender });
  }
  if (seq > chain.lastSeq + 1) {
    const missing = Array.from({ length: seq - chain.lastSeq - 1 }, (_, i) => chain.lastSeq + 1 + i);
    throw ApiError.of('EXCHANGE_GAP', { missing: missing.join(', '), sender, seq });
  }
  if (manifest.prevHash !== chain.lastHash) {
    throw ApiError.of('EXCHANGE_CHAIN_BROKEN', { seq, previous: chain.lastSeq, sender });
  }
  return 'new';
}
