import { randomUUID } from 'node:crypto';
import type { Core } from '../../electron/core/app-core';
import { writeBundle } from '../../electron/core/exchange/format/bundle';
import { generateOfficeKeyPair, keyFingerprint } from '../../electron/core/exchange/format/keys';
import { round, timeOnce } from './stats';

/**
 * Issue 20 §4, the sending side: a commune's full upward bundle, then an incremental one of 500
 * changed records, on the office seeded by the caller (a commune: 20,000 people with their records).
 */
export async function exchangeSendFigures(core: Core): Promise<Array<{ name: string; value: number; target: number }>> {
  const at = new Date().toISOString();
  const ward = generateOfficeKeyPair();
  const board = generateOfficeKeyPair();
  const partnerId = randomUUID();
  core.db
    .prepare(
      `INSERT INTO exchange_identity (id, office_code, office_name, office_kind, public_key, private_key, created_at, updated_at)
       VALUES (?, '26734', 'Ban CHQS phường Đức Xuân', 'ward_commune', ?, ?, ?, ?)`,
    )
    .run(randomUUID(), ward.publicKeyHex, ward.privateKeyPem, at, at);
  core.db
    .prepare(
      `INSERT INTO exchange_partners (id, role, office_code, office_name, office_kind, created_at, updated_at)
       VALUES (?, 'recipient', '26-KV1', 'Ban CHPTKV 1', 'regional_board', ?, ?)`,
    )
    .run(partnerId, at, at);
  core.db
    .prepare(
      `INSERT INTO exchange_partner_keys (id, partner_id, public_key, fingerprint, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(randomUUID(), partnerId, board.publicKeyHex, keyFingerprint(board.publicKeyHex), at, at);
  const rows = (core.db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;
  const full = await timeOnce(() => core.invoke('exchange.send.create', {}));
  if (!full.value.ok) throw new Error(JSON.stringify(full.value.error));
  // The board acknowledges the first bundle, so the next one holds only what changed since.
  const down = writeBundle(
    {
      schemaVersion: 1,
      direction: 'down',
      sender: { code: '26-KV1', name: 'Ban CHPTKV 1', kind: 'regional_board' },
      recipient: { code: '26734', name: 'Ban CHQS phường Đức Xuân' },
      seq: 1,
      prevHash: null,
      ack: 1,
      full: false,
      period: { from: null, to: at.slice(0, 10) },
      createdAt: at,
    },
    new Map(),
    board,
  );
  const received = await core.invoke('exchange.down.receive', {
    fileName: 'ack.zip',
    base64: Buffer.from(down.bytes).toString('base64'),
  });
  if (!received.ok) throw new Error(JSON.stringify(received.error));
  core.db
    .prepare(`UPDATE people SET address = address || ' (sửa)' WHERE id IN (SELECT id FROM people LIMIT 500)`)
    .run();
  const incremental = await timeOnce(() => core.invoke('exchange.send.create', {}));
  if (!incremental.value.ok) throw new Error(JSON.stringify(incremental.value.error));
  return [
    {
      name: `exchange: a commune's full upward bundle (${rows} people with their records) (ms)`,
      value: round(full.ms),
      target: 10_000,
    },
    { name: 'exchange: an upward bundle of 500 changed records (ms)', value: round(incremental.ms), target: 1000 },
  ];
}
