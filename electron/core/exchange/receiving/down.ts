import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { timestamp } from '../../db/records';
import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { localIsoDate } from '../../shared/dates';
import type { BundleFileName } from '../entities';
import { writeBundle } from '../format/bundle';
import { canonicalJson, sha256Hex } from '../format/canonical';
import type { CorrectionLine, DecisionLine } from '../format/lines';
import { auditReceiving } from './audit';
import { OWN_SCHEMA_VERSION, ownIdentity, senderPartner } from './chain';
import { inReceivingTransaction } from './engine';
import type { downCreateInput } from './schema';

/**
 * The downward bundle for one sender (issue 20 §3): its draft corrections and those sent but not
 * yet answered (again: a lost USB stick loses nothing), the decided conflicts it is party to and
 * has not acknowledged, and the acknowledgement of the last upward bundle received from it. Seq
 * and prevHash chain over this office's own downward bundles to that sender; the bytes are kept.
 */
export async function createDownBundle(ctx: ApiContext, input: z.output<typeof downCreateInput>) {
  const now = ctx.now();
  const at = timestamp(now);
  return inReceivingTransaction(ctx.db, async (trx) => {
    const identity = await ownIdentity(trx);
    const partner = await senderPartner(trx, input.origin);
    if (!partner) throw ApiError.of('EXCHANGE_SENDER_NOT_FOUND', { code: input.origin });
    const corrections = await trx
      .selectFrom('x_corrections')
      .selectAll()
      .where('target_origin', '=', input.origin)
      .where('status', 'in', ['draft', 'sent'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const conflicts = await trx
      .selectFrom('x_conflicts as c')
      .innerJoin('x_conflict_parties as p', 'p.conflict_id', 'c.id')
      .selectAll('c')
      .where('p.origin_code', '=', input.origin)
      .where('p.acknowledged_at', 'is', null)
      .where('c.status', 'in', ['decided', 'sent'])
      .distinct()
      .orderBy('c.decided_at')
      .orderBy('c.id')
      .execute();
    const lastIn = await trx
      .selectFrom('exchange_bundles')
      .select('seq')
      .where('direction', '=', 'in')
      .where('flow', '=', 'up')
      .where('partner_id', '=', partner.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const lastOut = await trx
      .selectFrom('exchange_bundles')
      .select(['seq', 'manifest_hash', 'period_to'])
      .where('direction', '=', 'out')
      .where('flow', '=', 'down')
      .where('partner_id', '=', partner.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const seq = (lastOut?.seq ?? 0) + 1;
    const ack = lastIn?.seq ?? 0;
    const correctionLines: CorrectionLine[] = corrections.map((c) => ({
      id: c.id,
      entity: c.entity,
      gid: c.gid,
      field: c.field,
      oldValue: JSON.parse(c.old_value) as unknown,
      newValue: JSON.parse(c.new_value) as unknown,
      reason: c.reason,
      author: c.author,
      writtenAt: c.created_at,
    }));
    const decisionLines: DecisionLine[] = conflicts.map((c) => ({
      id: c.id,
      citizenId: c.citizen_id,
      records: JSON.parse(c.records_json) as DecisionLine['records'],
      outcome: c.outcome!,
      keeperOrigin: c.keeper_origin,
      note: c.note,
      decidedBy: c.decided_by!,
      decidedAt: c.decided_at!,
    }));
    const files = new Map<BundleFileName, unknown[]>([
      ['corrections', correctionLines],
      ['decisions', decisionLines],
    ]);
    const { bytes, manifest, manifestHash } = writeBundle(
      {
        schemaVersion: OWN_SCHEMA_VERSION,
        direction: 'down',
        sender: { code: identity.office_code, name: identity.office_name, kind: identity.office_kind },
        recipient: { code: partner.office_code, name: partner.office_name },
        seq,
        prevHash: lastOut?.manifest_hash ?? null,
        ack,
        full: false,
        period: { from: lastOut?.period_to ?? null, to: localIsoDate(now) },
        createdAt: now.toISOString(),
      },
      files,
      { publicKeyHex: identity.public_key, privateKeyPem: identity.private_key },
    );
    const fileName = `qsdp-${identity.office_code}-gui-${partner.office_code}-so-${seq}.zip`;
    const bundleId = randomUUID();
    const counts = { corrections: correctionLines.length, decisions: decisionLines.length };
    await trx
      .insertInto('exchange_bundles')
      .values({
        id: bundleId,
        direction: 'out',
        flow: 'down',
        partner_id: partner.id,
        seq,
        manifest_hash: manifestHash,
        prev_hash: manifest.prevHash,
        file_hash: sha256Hex(bytes),
        ack,
        full: 0,
        period_from: manifest.period.from,
        period_to: manifest.period.to,
        counts_json: canonicalJson(counts),
        file_name: fileName,
        register_entry_id: null,
        actor: ctx.actor,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .execute();
    await trx
      .insertInto('exchange_bundle_files')
      .values({ id: randomUUID(), bundle_id: bundleId, bytes, created_at: at, updated_at: at, version: 1 })
      .execute();
    if (corrections.length > 0) {
      await trx
        .updateTable('x_corrections')
        .set((eb) => ({ status: 'sent', sent_in_seq: seq, updated_at: at, version: eb('version', '+', 1) }))
        .where(
          'id',
          'in',
          corrections.map((c) => c.id),
        )
        .execute();
    }
    if (conflicts.length > 0) {
      const ids = conflicts.map((c) => c.id);
      await trx
        .updateTable('x_conflict_parties')
        .set((eb) => ({ sent_in_seq: seq, updated_at: at, version: eb('version', '+', 1) }))
        .where('conflict_id', 'in', ids)
        .where('origin_code', '=', input.origin)
        .execute();
      await trx
        .updateTable('x_conflicts')
        .set((eb) => ({ status: 'sent', updated_at: at, version: eb('version', '+', 1) }))
        .where('id', 'in', ids)
        .where('status', '=', 'decided')
        .execute();
    }
    auditReceiving(ctx, 'exchange_bundle', bundleId, 'create', null, {
      direction: 'out',
      recipient: partner.office_code,
      seq,
      fileName,
      ack,
      ...counts,
    });
    return {
      bundleId,
      fileName,
      base64: Buffer.from(bytes).toString('base64'),
      seq,
      corrections: counts.corrections,
      decisions: counts.decisions,
      ack,
    };
  });
}
