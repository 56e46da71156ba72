import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { ApiError } from '../../kernel/errors';
import type { ChainView } from '../verify';
import type { ExchangeIdentityTable, ExchangePartnersTable } from './db-types';
import type { ReceivingQuery } from './engine';

/** The schema version this program writes: a bundle from a newer one is refused. */
export const OWN_SCHEMA_VERSION = LATEST_SCHEMA_VERSION;

export async function ownIdentity(q: ReceivingQuery): Promise<ExchangeIdentityTable> {
  const identity = await q
    .selectFrom('exchange_identity')
    .selectAll()
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  if (!identity) throw ApiError.of('EXCHANGE_NOT_SET_UP');
  return identity;
}

/** An office enrolled as reporting to us (role 'sender', not removed). */
export async function senderPartner(q: ReceivingQuery, code: string): Promise<ExchangePartnersTable | null> {
  return (
    (await q
      .selectFrom('exchange_partners')
      .selectAll()
      .where('role', '=', 'sender')
      .where('office_code', '=', code)
      .where('removed_at', 'is', null)
      .executeTakeFirst()) ?? null
  );
}

/** What this office holds about an upward sender's chain, for checkBundle (verify.ts). */
export async function upwardChainView(
  q: ReceivingQuery,
  partner: ExchangePartnersTable | null,
  incomingSeq: number,
): Promise<ChainView> {
  if (!partner) return { partner: null, keys: [], lastSeq: 0, lastHash: null, hashAtSeq: null };
  const keys = await q
    .selectFrom('exchange_partner_keys')
    .select(['public_key', 'fingerprint', 'revoked_at', 'revoke_reason'])
    .where('partner_id', '=', partner.id)
    .execute();
  const bundles = q
    .selectFrom('exchange_bundles')
    .select(['seq', 'manifest_hash'])
    .where('direction', '=', 'in')
    .where('flow', '=', 'up')
    .where('partner_id', '=', partner.id);
  const last = await bundles.orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const atSeq = await bundles.where('seq', '=', incomingSeq).executeTakeFirst();
  return {
    partner: { code: partner.office_code, name: partner.office_name },
    keys,
    lastSeq: last?.seq ?? 0,
    lastHash: last?.manifest_hash ?? null,
    hashAtSeq: atSeq?.manifest_hash ?? null,
  };
}
