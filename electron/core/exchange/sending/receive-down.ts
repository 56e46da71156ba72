import type { ApiContext } from '../../kernel/context';
import { writeAudit } from '../../db/audit';
import { newId, timestamp } from '../../db/records';
import { statement } from '../../db/statements';
import { ApiError } from '../../kernel/errors';
import { inTransaction } from '../../kernel/transaction';
import type { BundleContent } from '../format/bundle';
import { sha256Hex } from '../format/canonical';
import { correctionLine, decisionLine } from '../format/lines';
import { currentIdentity, currentRecipient, partnerKeys } from '../identity/repository';
import { checkBundle, openBundle, type ChainView } from '../verify';
import { bundleAtSeq, insertBundle, lastReceived, schemaVersion } from './bundles';

/** "Nhận gói trả về từ cấp trên": corrections and conflict decisions (issue 20 §3, the sender's half). */

export type DownReceipt = { alreadyReceived: true } | { corrections: number; decisions: number; ack: number };

interface Parsed {
  kind: 'correction' | 'decision';
  refId: string;
  payload: unknown;
}

/** Every correction and decision line checked against its schema; one bad line refuses the whole bundle. */
function messagesOf(content: BundleContent): Parsed[] {
  const out: Parsed[] = [];
  const kinds = [
    ['corrections', 'correction', correctionLine],
    ['decisions', 'decision', decisionLine],
  ] as const;
  for (const [file, kind, schema] of kinds) {
    const lines = content.files.get(file) ?? [];
    lines.forEach((line, index) => {
      const parsed = schema.safeParse(line);
      if (!parsed.success) throw ApiError.of('EXCHANGE_LINE_INVALID', { file, line: index + 1 });
      out.push({ kind, refId: parsed.data.id, payload: parsed.data });
    });
  }
  return out;
}

/**
 * `exchange.down.receive`: the file opened and checked (verify.ts) against the recipient this
 * office reports to; the same bundle again answers alreadyReceived and writes nothing. Otherwise,
 * in one transaction, the bundle recorded and each correction or decision stored as open (an id
 * seen before is skipped).
 */
export function receiveDown(ctx: ApiContext, input: { fileName: string; base64: string }): DownReceipt {
  const bytes = Buffer.from(input.base64, 'base64');
  const identity = currentIdentity(ctx.db);
  if (!identity) throw ApiError.of('EXCHANGE_NOT_SET_UP');
  const content = openBundle(bytes);
  return inTransaction(ctx, () => {
    const recipient = currentRecipient(ctx.db);
    const partner = recipient && recipient.office_code === content.manifest.sender.code ? recipient : null;
    const last = partner ? lastReceived(ctx.db, partner.id) : null;
    const chain: ChainView = {
      partner: partner ? { code: partner.office_code, name: partner.office_name } : null,
      keys: partner ? partnerKeys(ctx.db, partner.id) : [],
      lastSeq: last?.seq ?? 0,
      lastHash: last?.manifest_hash ?? null,
      hashAtSeq: partner ? (bundleAtSeq(ctx.db, partner.id, content.manifest.seq)?.manifest_hash ?? null) : null,
    };
    const outcome = checkBundle(
      content,
      { ownCode: identity.office_code, ownSchemaVersion: schemaVersion(ctx.db), flow: 'down' },
      chain,
    );
    if (outcome === 'already_received' || !partner) return { alreadyReceived: true as const };
    const messages = messagesOf(content);
    const { manifest } = content;
    const at = timestamp(ctx.now());
    const bundleId = newId();
    const counts = {
      corrections: messages.filter((m) => m.kind === 'correction').length,
      decisions: messages.filter((m) => m.kind === 'decision').length,
    };
    insertBundle(ctx.db, {
      id: bundleId,
      direction: 'in',
      flow: 'down',
      partner_id: partner.id,
      seq: manifest.seq,
      manifest_hash: content.manifestHash,
      prev_hash: manifest.prevHash,
      file_hash: sha256Hex(bytes),
      ack: manifest.ack,
      full: manifest.full ? 1 : 0,
      period_from: manifest.period.from,
      period_to: manifest.period.to,
      counts_json: JSON.stringify(counts),
      file_name: input.fileName,
      register_entry_id: null,
      actor: ctx.actor,
      created_at: at,
    });
    const insert = statement(
      ctx.db,
      `INSERT INTO exchange_received_messages (id, kind, ref_id, bundle_id, bundle_seq, payload_json, status,
         created_at, updated_at, version)
       VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, 1) ON CONFLICT (kind, ref_id) DO NOTHING`,
    );
    for (const m of messages) {
      insert.run(newId(), m.kind, m.refId, bundleId, manifest.seq, JSON.stringify(m.payload), at, at);
    }
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'exchange_bundle',
      entityId: bundleId,
      action: 'create',
      before: null,
      after: { flow: 'down', seq: manifest.seq, partnerCode: partner.office_code, fileName: input.fileName, ...counts },
    });
    ctx.log.info('exchange.received', { flow: 'down', seq: manifest.seq, ...counts });
    return { ...counts, ack: manifest.ack };
  });
}
