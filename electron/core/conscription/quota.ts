import { format, vi } from '../messages/vi';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import type { ConscriptionState, ServiceBranch } from './states';

/**
 * The states that count against a ward/commune's quota: the official list, and those who went on
 * from it (an order, the handover). The reserve list does not count: it stands in for a citizen
 * who drops out, it does not add to the number called.
 */
export const QUOTA_STATES: readonly ConscriptionState[] = ['official_list', 'call_up_ordered', 'handed_over'];

/** A ward/commune's quota for one campaign, as the quota table holds it. */
export interface BranchQuota {
  army: number;
  police: number;
}

/** Citizens counted against the quota: all of them, and those whose branch (army, police) is recorded. */
export interface QuotaCount {
  total: number;
  army: number;
  police: number;
}

/**
 * Where a count stands against its quota: over, under or met, by how many (0 when met), and the
 * branch whose own quota is exceeded when one is (a ward can meet its total while sending too many
 * to the army and too few to the police).
 */
export interface QuotaStanding {
  kind: 'over' | 'under' | 'met';
  by: number;
  branch: ServiceBranch | null;
}

export function quotaStanding(quota: BranchQuota, count: QuotaCount): QuotaStanding {
  for (const branch of ['army', 'police'] as const) {
    if (count[branch] > quota[branch]) return { kind: 'over', by: count[branch] - quota[branch], branch };
  }
  const difference = count.total - (quota.army + quota.police);
  if (difference > 0) return { kind: 'over', by: difference, branch: null };
  if (difference < 0) return { kind: 'under', by: -difference, branch: null };
  return { kind: 'met', by: 0, branch: null };
}

export interface QuotaCandidate {
  /** The ward/commune's name as the message prints it. */
  localityName: string;
  /** The citizen's intended branch, when the office recorded it; null counts against the total. */
  branch: ServiceBranch | null;
  /** Null when the campaign's quota table has no row for this ward/commune. */
  quota: BranchQuota | null;
  /** The ward's count with this citizen included. */
  count: QuotaCount;
}

/**
 * The quota (chỉ tiêu) of each ward/commune, army and police, is assigned each year by the competent
 * authority's decision (quyết định giao chỉ tiêu gọi công dân nhập ngũ và thực hiện nghĩa vụ tham gia
 * Công an nhân dân: the Prime Minister's for the country, split down by the Ministry and the province;
 * domain.md §1). Which article of Luật NVQS 2015 grants that power could not be verified here, so the
 * message cites the decision only. The official list is the quota's list: a citizen beyond it is a
 * WARNING, not a refusal — the office may still replace someone, and the list is fixed by the council.
 * With an intended branch the citizen counts against that branch's quota; without one, against the
 * ward's total (army + police).
 */
export function checkOfficialListQuota(candidate: QuotaCandidate): RuleResult {
  const t = vi.quota;
  const locality = candidate.localityName || t.unnamedLocality;
  const { count, branch } = candidate;
  if (!candidate.quota) {
    return fail('RULE_QUOTA_EXCEEDED', format(t.noQuota, { locality, count: count.total }), 'warning');
  }
  const quota = candidate.quota;
  if (branch && count[branch] > quota[branch]) {
    const values = {
      locality,
      count: count[branch],
      quota: quota[branch],
      branch: t.branchList[branch],
      branchName: t.branchName[branch],
    };
    return fail('RULE_QUOTA_EXCEEDED', format(t.overBranch, values), 'warning');
  }
  const total = quota.army + quota.police;
  if (count.total > total) {
    const values = { locality, count: count.total, quota: total, army: quota.army, police: quota.police };
    return fail('RULE_QUOTA_EXCEEDED', format(t.overTotal, values), 'warning');
  }
  return PASS;
}
