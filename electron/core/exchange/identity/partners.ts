import type { z } from 'zod';
import { writeAudit } from '../../db/audit';
import { timestamp } from '../../db/records';
import type { ApiContext } from '../../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../../kernel/errors';
import { inTransaction } from '../../kernel/transaction';
import { format, vi } from '../../messages/vi';
import { formatDisplayDate, officeDayOf } from '../../shared/dates';
import { groupedKey, keyFingerprint, normalizePublicKey } from '../format/keys';
import * as repo from './repository';
import { checkCodeFitsKind, sameFingerprint } from './rules';
import type {
  checkKeyInput,
  ExchangeOfficeKind,
  ExchangePartner,
  partnerAddInput,
  partnerAddKeyInput,
  partnerListInput,
  partnerRemoveInput,
  revokeKeyInput,
} from './schema';

/**
 * The offices this one exchanges with (issue 20 §1): senders that report here, and the one
 * recipient this office reports to, each with the public keys typed from their enrolment sheets.
 * Nothing is deleted: a removed partner and a revoked key stay, so old bundles can still be named.
 */

function toPartner(db: ApiContext['db'], row: repo.PartnerRow): ExchangePartner {
  return {
    id: row.id,
    role: row.role,
    officeCode: row.office_code,
    officeName: row.office_name,
    officeKind: row.office_kind as ExchangeOfficeKind,
    removedAt: row.removed_at,
    createdAt: row.created_at,
    version: row.version,
    keys: repo.partnerKeys(db, row.id).map((k) => ({
      id: k.id,
      publicKey: groupedKey(k.public_key),
      fingerprint: k.fingerprint,
      createdAt: k.created_at,
      revokedAt: k.revoked_at,
      revokeReason: k.revoke_reason,
      revokedBy: k.revoked_by,
      version: k.version,
    })),
  };
}

export function listPartners(ctx: ApiContext, input: z.output<typeof partnerListInput>): ExchangePartner[] {
  return repo.listPartners(ctx.db, input.includeRemoved).map((row) => toPartner(ctx.db, row));
}

/** The fingerprint of a key as it is being typed, for the clerk to compare with the sheet; null until it is whole. */
export function checkKey(_ctx: ApiContext, input: z.output<typeof checkKeyInput>): { fingerprint: string | null } {
  const key = normalizePublicKey(input.publicKey);
  return { fingerprint: key ? keyFingerprint(key) : null };
}

/**
 * The key typed from a sheet, checked against the fingerprint typed from the same sheet: one wrong
 * character in 64 gives a different fingerprint, so a mistyped key never gets registered.
 */
function typedKey(input: { publicKey: string; fingerprint: string }): { publicKey: string; fingerprint: string } {
  const publicKey = normalizePublicKey(input.publicKey);
  if (!publicKey) {
    throw ApiError.fields(
      { publicKey: vi.errors.EXCHANGE_PUBLIC_KEY_INVALID },
      'EXCHANGE_PUBLIC_KEY_INVALID',
      vi.errors.EXCHANGE_PUBLIC_KEY_INVALID,
    );
  }
  const fingerprint = keyFingerprint(publicKey);
  if (!sameFingerprint(input.fingerprint, fingerprint)) {
    const message = format(vi.errors.EXCHANGE_FINGERPRINT_MISMATCH, { computed: fingerprint });
    throw ApiError.fields({ fingerprint: message }, 'EXCHANGE_FINGERPRINT_MISMATCH', message);
  }
  return { publicKey, fingerprint };
}

function refuseKeyHeldElsewhere(ctx: ApiContext, publicKey: string): void {
  const holder = repo.partnerHoldingKey(ctx.db, publicKey);
  if (holder) {
    const message = format(vi.errors.EXCHANGE_KEY_EXISTS, { name: holder.office_name });
    throw ApiError.fields({ publicKey: message }, 'EXCHANGE_KEY_EXISTS', message);
  }
}

function partnerSnapshot(ctx: ApiContext, id: string) {
  const p = toPartner(ctx.db, mustExist(repo.partnerById(ctx.db, id)));
  return {
    role: p.role,
    officeCode: p.officeCode,
    name: p.officeName,
    kind: p.officeKind,
    removedAt: p.removedAt,
    keys: p.keys.map((k) => k.fingerprint),
  };
}

function keySnapshot(ctx: ApiContext, id: string) {
  const k = mustExist(repo.partnerKeyById(ctx.db, id));
  const partner = mustExist(repo.partnerById(ctx.db, k.partner_id));
  return {
    name: partner.office_name,
    officeCode: partner.office_code,
    fingerprint: k.fingerprint,
    revokedAt: k.revoked_at,
    revokeReason: k.revoke_reason,
    revokedBy: k.revoked_by,
  };
}

function audit(
  ctx: ApiContext,
  entity: string,
  id: string,
  action: 'create' | 'update' | 'archive' | 'restore' | 'retire',
  before: unknown,
  after: unknown,
) {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity, entityId: id, action, before, after });
}

function refuse(field: string, code: Parameters<typeof ApiError.of>[0], values: Record<string, string>): never {
  const message = format(vi.errors[code], values);
  throw ApiError.fields({ [field]: message }, code, message);
}

export function addPartner(ctx: ApiContext, input: z.output<typeof partnerAddInput>): ExchangePartner {
  const fits = checkCodeFitsKind(input.officeCode, input.officeKind);
  if (!fits.ok) throw ApiError.fields({ officeCode: fits.message }, fits.code, fits.message);
  const key = typedKey(input);
  return inTransaction(ctx, () => {
    const own = repo.currentIdentity(ctx.db);
    if (input.role === 'sender' && own?.office_code === input.officeCode) {
      refuse('officeCode', 'EXCHANGE_PARTNER_IS_SELF', { code: input.officeCode });
    }
    const recipient = input.role === 'recipient' ? repo.currentRecipient(ctx.db) : null;
    if (recipient && recipient.office_code !== input.officeCode) {
      refuse('officeCode', 'EXCHANGE_SECOND_RECIPIENT', { name: recipient.office_name, code: recipient.office_code });
    }
    const existing = repo.partnerByCode(ctx.db, input.role, input.officeCode);
    if (existing && existing.removed_at === null) {
      refuse('officeCode', 'EXCHANGE_PARTNER_EXISTS', {
        role: vi.exchange.identity.roles[input.role],
        code: existing.office_code,
        name: existing.office_name,
      });
    }
    refuseKeyHeldElsewhere(ctx, key.publicKey);
    const at = timestamp(ctx.now());
    const values = { officeName: input.officeName, officeKind: input.officeKind };
    let id: string;
    if (existing) {
      // The same office added again after it was removed: its row (and old keys) come back.
      const before = partnerSnapshot(ctx, existing.id);
      mustBeCurrent(repo.reinstatePartner(ctx.db, { id: existing.id, version: existing.version, at }, values));
      id = existing.id;
      if (!repo.partnerKeys(ctx.db, id).some((k) => k.public_key === key.publicKey)) {
        repo.insertPartnerKey(ctx.db, { partnerId: id, ...key }, at);
      }
      audit(ctx, 'exchange_partner', id, 'restore', before, partnerSnapshot(ctx, id));
    } else {
      id = repo.insertPartner(ctx.db, { role: input.role, officeCode: input.officeCode, ...values }, at);
      repo.insertPartnerKey(ctx.db, { partnerId: id, ...key }, at);
      audit(ctx, 'exchange_partner', id, 'create', null, partnerSnapshot(ctx, id));
    }
    return toPartner(ctx.db, repo.partnerById(ctx.db, id)!);
  });
}

function mustBeActivePartner(ctx: ApiContext, id: string): repo.PartnerRow {
  const partner = mustExist(repo.partnerById(ctx.db, id));
  if (partner.removed_at !== null) throw ApiError.of('EXCHANGE_PARTNER_REMOVED', { name: partner.office_name });
  return partner;
}

/** A partner's replacement key, from its new sheet; the old key stays until it is revoked. */
export function addPartnerKey(ctx: ApiContext, input: z.output<typeof partnerAddKeyInput>): ExchangePartner {
  const key = typedKey(input);
  return inTransaction(ctx, () => {
    const partner = mustBeActivePartner(ctx, input.partnerId);
    refuseKeyHeldElsewhere(ctx, key.publicKey);
    const id = repo.insertPartnerKey(ctx.db, { partnerId: partner.id, ...key }, timestamp(ctx.now()));
    audit(ctx, 'exchange_partner_key', id, 'create', null, keySnapshot(ctx, id));
    return toPartner(ctx.db, partner);
  });
}

/** A lost or replaced key: bundles it signs are refused from now on (format/verify names it). */
export function revokePartnerKey(ctx: ApiContext, input: z.output<typeof revokeKeyInput>): ExchangePartner {
  return inTransaction(ctx, () => {
    const key = mustExist(repo.partnerKeyById(ctx.db, input.keyId));
    if (key.revoked_at !== null) {
      throw ApiError.of('EXCHANGE_KEY_ALREADY_REVOKED', {
        date: formatDisplayDate(officeDayOf(key.revoked_at) ?? key.revoked_at.slice(0, 10)),
      });
    }
    const before = keySnapshot(ctx, key.id);
    const at = timestamp(ctx.now());
    mustBeCurrent(
      repo.revokePartnerKey(
        ctx.db,
        { id: key.id, version: input.version, at },
        { reason: input.reason, actor: ctx.actor },
      ),
    );
    audit(ctx, 'exchange_partner_key', key.id, 'retire', before, keySnapshot(ctx, key.id));
    return toPartner(ctx.db, repo.partnerById(ctx.db, key.partner_id)!);
  });
}

/** Takes a partner off the list; its row and keys stay for the bundles already exchanged. */
export function removePartner(ctx: ApiContext, input: z.output<typeof partnerRemoveInput>): ExchangePartner {
  return inTransaction(ctx, () => {
    const partner = mustBeActivePartner(ctx, input.partnerId);
    const before = partnerSnapshot(ctx, partner.id);
    mustBeCurrent(repo.removePartner(ctx.db, { id: partner.id, version: input.version, at: timestamp(ctx.now()) }));
    audit(ctx, 'exchange_partner', partner.id, 'archive', before, partnerSnapshot(ctx, partner.id));
    return toPartner(ctx.db, repo.partnerById(ctx.db, partner.id)!);
  });
}
