import type { ApiContext } from '../../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../../kernel/errors';
import { writeAudit, type AuditAction } from '../../db/audit';
import { timestamp } from '../../db/records';
import { findLocality } from '../../localities';
import { format, vi } from '../../messages/vi';
import { inTransaction } from '../../kernel/transaction';
import { checkCampaignOpen } from '../rules';
import * as repo from './repository';
import type { Campaign, CampaignCreateInput, CampaignUpdateInput, NarrativeSetInput, QuotaSetInput } from './schema';

export function listCampaigns(ctx: ApiContext): Campaign[] {
  return repo.listCampaigns(ctx.db);
}

export function getCampaign(ctx: ApiContext, id: string): Campaign {
  return mustExist(repo.findCampaign(ctx.db, id));
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: Campaign | null, after: Campaign) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'conscription_campaign',
    entityId: id,
    action,
    before,
    after,
  });
}

/** One campaign per handover year; the title defaults to "Tuyển quân năm <year>". */
function prepare(ctx: ApiContext, input: CampaignCreateInput, selfId?: string) {
  const owner = repo.campaignIdForYear(ctx.db, input.year);
  if (owner && owner !== selfId) {
    const message = format(vi.conscription.campaign.yearExists, { year: input.year });
    throw ApiError.fields({ year: message }, 'CONFLICT_CAMPAIGN_YEAR', message);
  }
  return { ...input, title: input.title || format(vi.conscription.campaign.defaultTitle, { year: input.year }) };
}

function mustBeOpen(campaign: Campaign): void {
  const rule = checkCampaignOpen(campaign.status, false);
  if (!rule.ok) throw new ApiError(rule.code, rule.message);
}

export function createCampaign(ctx: ApiContext, input: CampaignCreateInput): Campaign {
  return inTransaction(ctx, () => {
    const id = repo.insertCampaign(ctx.db, prepare(ctx, input), timestamp(ctx.now()));
    const after = getCampaign(ctx, id);
    audit(ctx, id, 'create', null, after);
    return after;
  });
}

export function updateCampaign(ctx: ApiContext, input: CampaignUpdateInput): Campaign {
  return inTransaction(ctx, () => {
    const before = getCampaign(ctx, input.id);
    mustBeOpen(before);
    const { id, version, ...fields } = input;
    mustBeCurrent(repo.updateCampaign(ctx.db, id, version, prepare(ctx, fields, id), timestamp(ctx.now())));
    const after = getCampaign(ctx, id);
    audit(ctx, id, 'update', before, after);
    return after;
  });
}

/** Quotas are editable until the campaign is closed; the whole table is replaced in one transaction. */
export function setQuotas(ctx: ApiContext, input: QuotaSetInput): Campaign {
  return inTransaction(ctx, () => {
    const before = getCampaign(ctx, input.campaignId);
    mustBeOpen(before);
    const fieldErrors: Record<string, string> = {};
    input.quotas.forEach((q, i) => {
      const locality = findLocality(ctx.db, q.localityId, before.handoverStart);
      if (!locality) fieldErrors[`quotas.${i}.localityId`] = vi.errors.NOT_FOUND;
    });
    if (Object.keys(fieldErrors).length > 0) throw ApiError.fields(fieldErrors);
    const at = timestamp(ctx.now());
    mustBeCurrent(repo.touchCampaign(ctx.db, before.id, input.version, before.status, at));
    repo.replaceQuotas(ctx.db, before.id, input.quotas, at);
    const after = getCampaign(ctx, before.id);
    audit(ctx, before.id, 'update', before, after);
    return after;
  });
}

/** The result report's narrative: editable, like the quotas, until the campaign is closed. */
export function setNarrative(ctx: ApiContext, input: NarrativeSetInput): Campaign {
  return inTransaction(ctx, () => {
    const before = getCampaign(ctx, input.id);
    mustBeOpen(before);
    mustBeCurrent(repo.updateNarrative(ctx.db, before.id, input.version, input.reportNarrative, timestamp(ctx.now())));
    const after = getCampaign(ctx, before.id);
    audit(ctx, before.id, 'update', before, after);
    return after;
  });
}

/** Closing makes the campaign read-only; reopening is allowed (and audited) for corrections. */
export function setCampaignClosed(ctx: ApiContext, id: string, version: number, closed: boolean): Campaign {
  return inTransaction(ctx, () => {
    const before = getCampaign(ctx, id);
    mustBeCurrent(repo.touchCampaign(ctx.db, id, version, closed ? 'closed' : 'open', timestamp(ctx.now())));
    const after = getCampaign(ctx, id);
    audit(ctx, id, closed ? 'archive' : 'restore', before, after);
    return after;
  });
}
