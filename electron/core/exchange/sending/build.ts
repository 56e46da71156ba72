import type { ApiContext } from '../../kernel/context';
import { writeAudit } from '../../db/audit';
import { newId, timestamp } from '../../db/records';
import { ApiError } from '../../kernel/errors';
import { inTransaction } from '../../kernel/transaction';
import { localIsoDate } from '../../shared/dates';
import type { BundleFileName } from '../entities';
import { strToU8 } from 'fflate';
import { canonicalJson, sha256Hex } from '../format/canonical';
import { writeBundle, type ManifestDraft } from '../format/bundle';
import { currentIdentity, currentRecipient, type IdentityRow, type PartnerRow } from '../identity/repository';
import {
  downwardState,
  insertBundle,
  insertBundleFile,
  lastSent,
  schemaVersion,
  sentBundles,
  writtenFile,
} from './bundles';
import { planChanges, saveSentState, totalLines, type ChangePlan, type EntityCounts } from './changes';
import { reviewFigureLines } from './figures';
import { answerLineOf, markCarried, pendingAnswers, type MessageRow } from './messages';
import { registerSentBundle } from './register-entry';

/** "Gửi dữ liệu lên cấp trên" (issue 20 §2): what goes, then the signed bundle itself. */

export interface SendPreview {
  recipient: { code: string; name: string };
  seq: number;
  /** The highest of our bundles the recipient has acknowledged (0: none). */
  ack: number;
  full: boolean;
  counts: Record<string, EntityCounts>;
  answers: number;
}

export interface SentBundle {
  bundleId: string;
  fileName: string;
  base64: string;
  seq: number;
  counts: Record<string, EntityCounts>;
}

function parties(ctx: ApiContext): { identity: IdentityRow; recipient: PartnerRow } {
  const identity = currentIdentity(ctx.db);
  if (!identity) throw ApiError.of('EXCHANGE_NOT_SET_UP');
  const recipient = currentRecipient(ctx.db);
  if (!recipient) throw ApiError.of('EXCHANGE_NO_RECIPIENT');
  return { identity, recipient };
}

interface Draft {
  identity: IdentityRow;
  recipient: PartnerRow;
  seq: number;
  ack: number;
  full: boolean;
  plan: ChangePlan;
  answers: MessageRow[];
}

function draftOf(ctx: ApiContext, wantsFull: boolean, withLines: boolean): Draft {
  const { identity, recipient } = parties(ctx);
  const previous = lastSent(ctx.db, recipient.id);
  const { ack } = downwardState(ctx.db, recipient.id);
  // The first bundle to a recipient is everything, whatever was asked.
  const full = wantsFull || previous === null;
  const plan = planChanges(ctx.db, recipient.id, { ack, full, origin: identity.office_code, withLines });
  return {
    identity,
    recipient,
    seq: (previous?.seq ?? 0) + 1,
    ack,
    full,
    plan,
    answers: pendingAnswers(ctx.db, ack),
  };
}

/** `exchange.send.preview`: what the next bundle would hold; nothing is written. */
export function previewSend(ctx: ApiContext, input: { full?: boolean }): SendPreview {
  return inTransaction(ctx, () => {
    const d = draftOf(ctx, input.full ?? false, false);
    return {
      recipient: { code: d.recipient.office_code, name: d.recipient.office_name },
      seq: d.seq,
      ack: d.ack,
      full: d.full,
      counts: d.plan.counts,
      answers: d.answers.length,
    };
  });
}

/** "qsdp-26734-gui-26-KV1-so-3.zip" */
export function bundleFileName(senderCode: string, recipientCode: string, seq: number): string {
  return `qsdp-${senderCode}-gui-${recipientCode}-so-${seq}.zip`;
}

/**
 * `exchange.send.create`: in one transaction, the bundle written and signed, recorded with its
 * bytes (so it can be downloaded again), the rows' sent state and the answers it carries marked,
 * and the bundle entered in the register as sent. Either all of it or nothing.
 */
export function createSend(ctx: ApiContext, input: { full?: boolean }): SentBundle {
  return inTransaction(ctx, () => {
    const d = draftOf(ctx, input.full ?? false, true);
    const { identity, recipient, seq } = d;
    const previous = lastSent(ctx.db, recipient.id);
    const { received } = downwardState(ctx.db, recipient.id);
    const today = localIsoDate(ctx.now());
    const at = timestamp(ctx.now());
    const draft: ManifestDraft = {
      schemaVersion: schemaVersion(ctx.db),
      direction: 'up',
      sender: { code: identity.office_code, name: identity.office_name, kind: identity.office_kind },
      recipient: { code: recipient.office_code, name: recipient.office_name },
      seq,
      prevHash: previous?.manifest_hash ?? null,
      ack: received,
      full: d.full,
      period: { from: previous?.period_to ?? null, to: today },
      createdAt: at,
    };
    const files = new Map<BundleFileName, readonly unknown[]>(d.plan.lines);
    files.set('review_figures', reviewFigureLines(ctx));
    files.set('answers', d.answers.map(answerLineOf));
    const { bytes, manifest, manifestHash } = writeBundle(draft, files, {
      publicKeyHex: identity.public_key,
      privateKeyPem: identity.private_key,
    });
    const bundleId = newId();
    const fileName = bundleFileName(identity.office_code, recipient.office_code, seq);
    const lines = totalLines(d.plan);
    const registerId = registerSentBundle(ctx, {
      id: bundleId,
      seq,
      fileName,
      manifestBytes: strToU8(canonicalJson(manifest)),
      recipientName: recipient.office_name,
      lines,
    });
    insertBundle(ctx.db, {
      id: bundleId,
      direction: 'out',
      flow: 'up',
      partner_id: recipient.id,
      seq,
      manifest_hash: manifestHash,
      prev_hash: draft.prevHash,
      file_hash: sha256Hex(bytes),
      ack: received,
      full: d.full ? 1 : 0,
      period_from: draft.period.from,
      period_to: draft.period.to,
      counts_json: JSON.stringify({ entities: d.plan.counts, answers: d.answers.length }),
      file_name: fileName,
      register_entry_id: registerId,
      actor: ctx.actor,
      created_at: at,
    });
    insertBundleFile(ctx.db, newId(), bundleId, bytes, at);
    saveSentState(ctx.db, recipient.id, d.plan, seq, at);
    markCarried(
      ctx.db,
      d.answers.map((a) => a.id),
      seq,
    );
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'exchange_bundle',
      entityId: bundleId,
      action: 'create',
      before: null,
      after: {
        flow: 'up',
        seq,
        partnerCode: recipient.office_code,
        fileName,
        full: d.full,
        lines,
        answers: d.answers.length,
      },
    });
    ctx.log.info('exchange.sent', { seq, lines, answers: d.answers.length, full: d.full });
    return { bundleId, fileName, base64: Buffer.from(bytes).toString('base64'), seq, counts: d.plan.counts };
  });
}

export interface OutboxRow {
  bundleId: string;
  seq: number;
  createdAt: string;
  recipient: { code: string; name: string };
  full: boolean;
  counts: Record<string, EntityCounts>;
  answers: number;
  fileName: string;
  acknowledged: boolean;
}

/** `exchange.outbox.list`: every bundle sent, newest first, acknowledged once the recipient's ack reaches it. */
export function listOutbox(ctx: ApiContext): OutboxRow[] {
  const acks = new Map<string, number>();
  return sentBundles(ctx.db).map((b) => {
    let ack = acks.get(b.partner_id);
    if (ack === undefined) acks.set(b.partner_id, (ack = downwardState(ctx.db, b.partner_id).ack));
    const counts = JSON.parse(b.counts_json) as { entities: Record<string, EntityCounts>; answers: number };
    return {
      bundleId: b.id,
      seq: b.seq,
      createdAt: b.created_at,
      recipient: { code: b.office_code, name: b.office_name },
      full: b.full === 1,
      counts: counts.entities,
      answers: counts.answers,
      fileName: b.file_name,
      acknowledged: b.seq <= ack,
    };
  });
}

/** `exchange.bundle.download`: the same bytes again, for a bundle this office wrote. */
export function downloadBundle(ctx: ApiContext, input: { bundleId: string }): { fileName: string; base64: string } {
  const file = writtenFile(ctx.db, input.bundleId);
  if (!file) throw ApiError.of('NOT_FOUND');
  return { fileName: file.file_name, base64: file.bytes.toString('base64') };
}
