import type { ApiContext } from '../../kernel/context';
import { statement } from '../../db/statements';
import type { Campaign } from '../campaigns/schema';
import { checkOfficialListQuota, QUOTA_STATES, type QuotaCount } from '../quota';
import type { RuleFailure } from '../rules';
import type { ConscriptionState, ServiceBranch } from '../states';
import type { ConscriptionRecordView } from './view';

/** The ward/commune a person's locality counts for: itself, or the ward above its village. */
function topLocalityOf(ctx: ApiContext, localityId: string): string | null {
  const row = statement(ctx.db, `SELECT COALESCE(parent_id, id) AS top FROM localities WHERE id = ?`).get(
    localityId,
  ) as { top: string } | undefined;
  return row?.top ?? null;
}

/** The other citizens of the campaign counted against the ward's quota (the same states as the dashboard). */
function othersCounted(ctx: ApiContext, campaignId: string, recordId: string, top: string): QuotaCount {
  const row = statement(
    ctx.db,
    `SELECT COUNT(*) AS total, COALESCE(SUM(r.branch = 'army'), 0) AS army,
       COALESCE(SUM(r.branch = 'police'), 0) AS police
     FROM conscription_records r JOIN people p ON p.id = r.person_id
       JOIN localities l ON l.id = p.locality_id
     WHERE r.campaign_id = @campaignId AND r.id <> @recordId
       AND r.state IN ('official_list', 'call_up_ordered', 'handed_over')
       AND COALESCE(l.parent_id, l.id) = @top`,
  ).get({ campaignId, recordId, top }) as QuotaCount;
  return row;
}

/**
 * The quota warning of a step that puts the citizen among those counted against the ward's quota
 * (the official list, or a reserve moved straight to an order). Nothing when the citizen was counted
 * already, when the campaign has no quota table yet (nothing to compare with) or when the person has
 * no ward/commune recorded. Run inside the step's transaction, before the record is written.
 */
export function quotaWarnings(
  ctx: ApiContext,
  campaign: Campaign,
  record: ConscriptionRecordView,
  to: ConscriptionState,
  branch: ServiceBranch | null,
): RuleFailure[] {
  if (!QUOTA_STATES.includes(to) || QUOTA_STATES.includes(record.state)) return [];
  if (campaign.quotas.length === 0 || !record.localityId) return [];
  const top = topLocalityOf(ctx, record.localityId);
  if (!top) return [];
  const others = othersCounted(ctx, campaign.id, record.id, top);
  const quota = campaign.quotas.find((q) => q.localityId === top) ?? null;
  const result = checkOfficialListQuota({
    localityName: quota?.localityName ?? record.localityParentName ?? record.localityName ?? '',
    branch,
    quota,
    count: {
      total: others.total + 1,
      army: others.army + (branch === 'army' ? 1 : 0),
      police: others.police + (branch === 'police' ? 1 : 0),
    },
  });
  return result.ok ? [] : [result];
}
