/**
 * Policy work's (công tác chính sách) fixed words: what the office gives the families of serving
 * conscripts, the support a returning soldier gets, the kinds of other policy cases and their outcome.
 */
import { keysOf } from './keys';

/** Support to the family of a serving conscript (the CHECK constraint of migration 0023). */
export const familySupportKindLabels = {
  visit: 'Thăm hỏi',
  tet_gift: 'Tặng quà Tết',
  hardship: 'Trợ cấp khó khăn',
  other: 'Hỗ trợ khác',
} as const;
export type FamilySupportKind = keyof typeof familySupportKindLabels;
export const familySupportKinds = keysOf(familySupportKindLabels);

/** Job and training support to a soldier back from service (Decree 27/2016/NĐ-CP; see policy/rules.ts). */
export const returneeSupportKindLabels = {
  job_referral: 'Giới thiệu việc làm',
  vocational_training: 'Học nghề',
  other: 'Hỗ trợ khác',
} as const;
export type ReturneeSupportKind = keyof typeof returneeSupportKindLabels;
export const returneeSupportKinds = keysOf(returneeSupportKindLabels);

/**
 * Kinds of other policy cases. The texts named are those the offices cite; their titles were
 * checked against public summaries only, not against the official gazette ([U] marks in
 * policy/rules.ts say which).
 */
export const policyCaseKindLabels = {
  meritorious: 'Chế độ người có công với cách mạng',
  demobilized: 'Chế độ quân nhân đã phục viên, xuất ngũ (Quyết định 142/2008/QĐ-TTg)',
  decision_62_2011: 'Trợ cấp theo Quyết định 62/2011/QĐ-TTg',
  decision_49_2015: 'Trợ cấp theo Quyết định 49/2015/QĐ-TTg (dân công hỏa tuyến)',
  decision_290_2005: 'Trợ cấp theo Quyết định 290/2005/QĐ-TTg',
  health_insurance: 'Bảo hiểm y tế cho quân nhân dự bị, dân quân',
  other: 'Chế độ khác',
} as const;
export type PolicyCaseKind = keyof typeof policyCaseKindLabels;
export const policyCaseKinds = keysOf(policyCaseKindLabels);

export const policyOutcomeLabels = {
  pending: 'Đang giải quyết',
  resolved: 'Đã giải quyết',
  ineligible: 'Không đủ điều kiện',
} as const;
export type PolicyOutcome = keyof typeof policyOutcomeLabels;
export const policyOutcomes = keysOf(policyOutcomeLabels);
