/**
 * Test steps for the sending side: a ward's exchange identity and the board it reports to, set up
 * straight in the tables (the enrolment screens are another slice's), and downward bundles written
 * by that board's key.
 */
import type { Core } from '../../app-core';
import { insertRow, TEST_NOW } from '../../db/test-helpers';
import type { BundleFileName } from '../entities';
import { writeBundle } from '../format/bundle';
import { generateOfficeKeyPair, keyFingerprint, type OfficeKeyPair } from '../format/keys';

export const WARD = { code: '26734', name: 'Ban CHQS phường Đức Xuân', kind: 'ward_commune' };
export const BOARD = { code: '26-KV1', name: 'Ban CHPTKV 1', kind: 'regional_board' };

export interface SenderOffice {
  wardKey: OfficeKeyPair;
  boardKey: OfficeKeyPair;
  boardPartnerId: string;
}

/** The ward's identity with a fresh key, and the board as its recipient with the board's key. */
export function setUpSender(core: Core): SenderOffice {
  const wardKey = generateOfficeKeyPair();
  const boardKey = generateOfficeKeyPair();
  insertRow(core, 'exchange_identity', {
    office_code: WARD.code,
    office_name: WARD.name,
    office_kind: WARD.kind,
    public_key: wardKey.publicKeyHex,
    private_key: wardKey.privateKeyPem,
  });
  const boardPartnerId = insertRow(core, 'exchange_partners', {
    role: 'recipient',
    office_code: BOARD.code,
    office_name: BOARD.name,
    office_kind: BOARD.kind,
  });
  insertRow(core, 'exchange_partner_keys', {
    partner_id: boardPartnerId,
    public_key: boardKey.publicKeyHex,
    fingerprint: keyFingerprint(boardKey.publicKeyHex),
  });
  return { wardKey, boardKey, boardPartnerId };
}

/** A downward bundle from the board to the ward, as base64 (what the screen sends). */
export function downBundle(
  key: OfficeKeyPair,
  options: {
    seq: number;
    prevHash: string | null;
    ack: number;
    corrections?: unknown[];
    decisions?: unknown[];
    schemaVersion?: number;
  },
): { base64: string; manifestHash: string; bytes: Uint8Array } {
  const files = new Map<BundleFileName, unknown[]>([
    ['corrections', options.corrections ?? []],
    ['decisions', options.decisions ?? []],
  ]);
  const { bytes, manifestHash } = writeBundle(
    {
      schemaVersion: options.schemaVersion ?? 34,
      direction: 'down',
      sender: { code: BOARD.code, name: BOARD.name, kind: BOARD.kind },
      recipient: { code: WARD.code, name: WARD.name },
      seq: options.seq,
      prevHash: options.prevHash,
      ack: options.ack,
      full: false,
      period: { from: null, to: TEST_NOW.toISOString().slice(0, 10) },
      createdAt: TEST_NOW.toISOString(),
    },
    files,
    key,
  );
  return { base64: Buffer.from(bytes).toString('base64'), manifestHash, bytes };
}

/** A correction line as the board writes it. */
export function correction(id: string, gid: string, field: string, oldValue: unknown, newValue: unknown) {
  return {
    id,
    entity: 'people',
    gid,
    field,
    oldValue,
    newValue,
    reason: 'Sai so với căn cước',
    author: 'Đại úy Trần Văn Bình',
    writtenAt: TEST_NOW.toISOString(),
  };
}
