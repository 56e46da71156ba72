import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { timestamp } from '../../db/records';
import type { ApiContext } from '../../kernel/context';
import { canonicalJson, sha256Hex } from '../format/canonical';
import { checkBundle, openBundle } from '../verify';
import { OWN_SCHEMA_VERSION, ownIdentity, senderPartner, upwardChainView } from './chain';
import { detectConflicts } from './conflict-detection';
import { inReceivingTransaction } from './engine';
import { validateUpwardLines } from './lines';
import { applyAnswers, mergeRows, replaceFigures, type MergeCounts } from './merge';
import type { receiveInput } from './schema';
import { auditReceiving } from './audit';

export interface ReceiveResult {
  sender: { code: string; name: string };
  seq: number;
  alreadyReceived: boolean;
  counts: MergeCounts;
  conflictsOpened: number;
  answers: number;
}

/** For tests: runs last inside the merge's transaction, just before COMMIT. */
export interface ReceiveHooks {
  beforeCommit?: () => void | Promise<void>;
}

const NO_COUNTS: MergeCounts = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };

/**
 * "Nhận dữ liệu từ đơn vị" (issue 20 §3): the file is decoded, read and every line checked first;
 * then, in one transaction, the sender's chain is read and checked (verify.ts), the rows merged,
 * projections, figures and answers updated, conflicts opened and the bundle recorded. Any refusal
 * leaves nothing written; the same bundle again is answered `alreadyReceived` and changes nothing.
 */
export async function receiveBundle(
  ctx: ApiContext,
  input: z.output<typeof receiveInput>,
  hooks: ReceiveHooks = {},
): Promise<ReceiveResult> {
  const bytes = Buffer.from(input.base64, 'base64');
  const content = openBundle(bytes);
  const { manifest } = content;
  const lines = validateUpwardLines(content);
  const at = timestamp(ctx.now());
  return inReceivingTransaction(ctx.db, async (trx) => {
    const identity = await ownIdentity(trx);
    const partner = await senderPartner(trx, manifest.sender.code);
    const chain = await upwardChainView(trx, partner, manifest.seq);
    const outcome = checkBundle(
      content,
      { ownCode: identity.office_code, ownSchemaVersion: OWN_SCHEMA_VERSION, flow: 'up' },
      chain,
    );
    const sender = { code: partner!.office_code, name: partner!.office_name };
    if (outcome === 'already_received') {
      return { sender, seq: manifest.seq, alreadyReceived: true, counts: NO_COUNTS, conflictsOpened: 0, answers: 0 };
    }
    const origin = manifest.sender.code;
    const { counts, changedPeople } = await mergeRows(trx, origin, manifest.seq, lines.rows, at);
    await replaceFigures(trx, origin, manifest.seq, lines.figures, at);
    const answers = await applyAnswers(trx, origin, lines.answers, at);
    const conflictsOpened = await detectConflicts(trx, origin, changedPeople, at);
    const bundleId = randomUUID();
    const summary = { ...counts, conflictsOpened, answers, figures: lines.figures.length };
    await trx
      .insertInto('exchange_bundles')
      .values({
        id: bundleId,
        direction: 'in',
        flow: 'up',
        partner_id: partner!.id,
        seq: manifest.seq,
        manifest_hash: content.manifestHash,
        prev_hash: manifest.prevHash,
        file_hash: sha256Hex(bytes),
        ack: manifest.ack,
        full: manifest.full ? 1 : 0,
        period_from: manifest.period.from,
        period_to: manifest.period.to,
        counts_json: canonicalJson(summary),
        file_name: input.fileName,
        register_entry_id: null,
        actor: ctx.actor,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
    auditReceiving(ctx, 'exchange_bundle', bundleId, 'create', null, {
      direction: 'in',
      sender: origin,
      seq: manifest.seq,
      fileName: input.fileName,
      ...summary,
    });
    if (hooks.beforeCommit) await hooks.beforeCommit();
    return { sender, seq: manifest.seq, alreadyReceived: false, counts, conflictsOpened, answers };
  });
}
