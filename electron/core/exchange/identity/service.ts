import type { z } from 'zod';
import { writeAudit } from '../../db/audit';
import { timestamp } from '../../db/records';
import type { ApiContext } from '../../kernel/context';
import { ApiError, mustBeCurrent } from '../../kernel/errors';
import { inTransaction } from '../../kernel/transaction';
import { format, vi } from '../../messages/vi';
import { generateOfficeKeyPair, groupedKey, keyFingerprint } from '../format/keys';
import * as repo from './repository';
import { checkCodeFitsKind } from './rules';
import type { ExchangeIdentity, ExchangeOfficeKind, identitySetupInput, replaceKeyInput } from './schema';

/**
 * This office's exchange identity (issue 20 §1): its code, name and kind, and its signing key.
 * The private key never leaves this module's rows: no answer and no audit entry carries it.
 */

function toIdentity(row: repo.IdentityRow, retired: repo.IdentityRow[]): ExchangeIdentity {
  return {
    officeCode: row.office_code,
    officeName: row.office_name,
    officeKind: row.office_kind as ExchangeOfficeKind,
    publicKey: groupedKey(row.public_key),
    fingerprint: keyFingerprint(row.public_key),
    createdAt: row.created_at,
    version: row.version,
    retiredKeys: retired.map((r) => ({
      fingerprint: keyFingerprint(r.public_key),
      createdAt: r.created_at,
      retiredAt: r.retired_at!,
    })),
  };
}

export function getIdentity(ctx: ApiContext): ExchangeIdentity | null {
  const row = repo.currentIdentity(ctx.db);
  return row ? toIdentity(row, repo.retiredIdentities(ctx.db)) : null;
}

/** The current identity, or the refusal that says where to set it up. */
export function mustHaveIdentity(ctx: ApiContext): repo.IdentityRow {
  const row = repo.currentIdentity(ctx.db);
  if (!row) throw ApiError.of('EXCHANGE_NOT_SET_UP');
  return row;
}

/** What the trail keeps of an identity: who the office is and which key, never the key itself. */
function auditSnapshot(row: repo.IdentityRow) {
  return {
    officeCode: row.office_code,
    name: row.office_name,
    kind: row.office_kind,
    fingerprint: keyFingerprint(row.public_key),
    retiredAt: row.retired_at,
  };
}

function audit(ctx: ApiContext, id: string, action: 'create' | 'update' | 'retire', before: unknown, after: unknown) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'exchange_identity',
    entityId: id,
    action,
    before,
    after,
  });
}

export function setupIdentity(ctx: ApiContext, input: z.output<typeof identitySetupInput>): ExchangeIdentity {
  const fits = checkCodeFitsKind(input.officeCode, input.officeKind);
  if (!fits.ok) throw ApiError.fields({ officeCode: fits.message }, fits.code, fits.message);
  return inTransaction(ctx, () => {
    const current = repo.currentIdentity(ctx.db);
    const at = timestamp(ctx.now());
    const values = { officeCode: input.officeCode, officeName: input.officeName, officeKind: input.officeKind };
    if (!current) {
      const keys = generateOfficeKeyPair();
      const id = repo.insertIdentity(
        ctx.db,
        { ...values, publicKey: keys.publicKeyHex, privateKey: keys.privateKeyPem },
        at,
      );
      audit(ctx, id, 'create', null, auditSnapshot(repo.currentIdentity(ctx.db)!));
      return getIdentity(ctx)!;
    }
    if (input.version === undefined) throw ApiError.of('CONFLICT_VERSION');
    if (current.office_code !== input.officeCode && repo.anyBundle(ctx.db)) {
      const message = format(vi.errors.EXCHANGE_CODE_LOCKED, { code: current.office_code });
      throw ApiError.fields({ officeCode: message }, 'EXCHANGE_CODE_LOCKED', message);
    }
    mustBeCurrent(repo.updateIdentity(ctx.db, { id: current.id, version: input.version, at }, values));
    audit(ctx, current.id, 'update', auditSnapshot(current), auditSnapshot(repo.currentIdentity(ctx.db)!));
    return getIdentity(ctx)!;
  });
}

/**
 * A new key pair for the same office (the old one lost, copied, or simply old): the current row is
 * retired, so the history still says which key signed the bundles sent before; the receivers are
 * given the new sheet and revoke the old key.
 */
export function replaceKey(ctx: ApiContext, input: z.output<typeof replaceKeyInput>): ExchangeIdentity {
  return inTransaction(ctx, () => {
    const current = mustHaveIdentity(ctx);
    const at = timestamp(ctx.now());
    mustBeCurrent(repo.retireIdentity(ctx.db, { id: current.id, version: input.version, at }));
    const keys = generateOfficeKeyPair();
    const id = repo.insertIdentity(
      ctx.db,
      {
        officeCode: current.office_code,
        officeName: current.office_name,
        officeKind: current.office_kind,
        publicKey: keys.publicKeyHex,
        privateKey: keys.privateKeyPem,
      },
      at,
    );
    const retired = { ...current, retired_at: at };
    audit(ctx, current.id, 'retire', auditSnapshot(current), { ...auditSnapshot(retired), reason: input.reason });
    audit(ctx, id, 'create', null, { ...auditSnapshot(repo.currentIdentity(ctx.db)!), reason: input.reason });
    return getIdentity(ctx)!;
  });
}
