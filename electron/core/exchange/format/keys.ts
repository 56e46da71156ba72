import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { sha256Hex } from './canonical';

/**
 * An office's signing keys (issue 20 §1): Ed25519 through Node's crypto, which Electron's Node has
 * too. The public key travels as the 32 raw bytes in hex (64 characters, typed from the enrolment
 * sheet in groups of four); the private key stays in the office's own, encrypted, database as
 * PKCS#8 PEM.
 */
export interface OfficeKeyPair {
  publicKeyHex: string;
  privateKeyPem: string;
}

/** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw key's 32 bytes follow it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function generateOfficeKeyPair(): OfficeKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyHex: rawPublicKey(publicKey).toString('hex'),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32);
}

/** A public key typed by a person: spaces, dashes and case do not matter. null when it is not 32 bytes of hex. */
export function normalizePublicKey(typed: string): string | null {
  const hex = typed.replace(/[\s-]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

function publicKeyObject(publicKeyHex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/**
 * What people compare on paper: the first 16 bytes of SHA-256 over the raw public key, as eight
 * groups of four upper-case hex digits ("3F2A-…"). Short enough to read aloud over the phone.
 */
export function keyFingerprint(publicKeyHex: string): string {
  const hex = sha256Hex(Buffer.from(publicKeyHex, 'hex')).slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

/** The public key in groups of four for printing and typing. */
export function groupedKey(publicKeyHex: string): string {
  return publicKeyHex.toUpperCase().match(/.{4}/g)!.join(' ');
}

export function signBytes(privateKeyPem: string, data: Uint8Array): Buffer {
  return sign(null, data, createPrivateKey(privateKeyPem));
}

/** Whether `signature` is the key's Ed25519 signature of `data`; false for any malformed input. */
export function verifyBytes(publicKeyHex: string, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return verify(null, data, publicKeyObject(publicKeyHex), signature);
  } catch {
    return false;
  }
}
