import { vi } from '../messages/vi';

/**
 * The legal points (điểm) of Art. 41 Luật NVQS 78/2015 a deferral or an
 * exemption is decided on. Codes are ASCII and stable (they are stored);
 * "đ" is written "dd". The letter shown to users comes from `pointLetter`,
 * the wording from the message catalogue.
 */

/**
 * Art. 41(1), deferral (tạm hoãn gọi nhập ngũ). There is no point "f" in
 * Vietnamese legal lettering: the order is a, b, c, d, đ, e, g, h. Point h
 * (standing militia) was added by Art. 49 of the Militia Law 48/2019.
 */
export const DEFERRAL_POINTS = ['a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h'] as const;
export type DeferralPoint = (typeof DEFERRAL_POINTS)[number];

/**
 * Art. 41(2), exemption (miễn gọi nhập ngũ), in the order of the law:
 * a) child of a fallen soldier or grade-1 war invalid; b) one brother of a
 * fallen soldier; c) one child of a grade-2 invalid or of a sick soldier /
 * Agent Orange victim with ≥81% lost capacity; d) non-military cipher staff;
 * đ) officials posted ≥24 months to extremely difficult areas.
 */
export const EXEMPTION_POINTS = ['a', 'b', 'c', 'd', 'dd'] as const;
export type ExemptionPoint = (typeof EXEMPTION_POINTS)[number];

export type LegalPointKind = 'deferral' | 'exemption';

/** Art. 41(1)(a): not yet fit — the deferral a health class 4–6 leads to. */
export const HEALTH_DEFERRAL_POINT: DeferralPoint = 'a';

/**
 * Art. 41(1)(g): study. Only its college/university part extends the call-up
 * age to the end of 27 (Art. 30); general-school pupils keep the limit of 25,
 * so the record must say which (see `checkCallUpAge`'s `hasStudyDeferral`).
 */
export const STUDY_DEFERRAL_POINT: DeferralPoint = 'g';

const DEFERRAL_LABELS: Record<DeferralPoint, string> = vi.conscription.deferralPoints;
const EXEMPTION_LABELS: Record<ExemptionPoint, string> = vi.conscription.exemptionPoints;

export function pointsOf(kind: LegalPointKind): readonly string[] {
  return kind === 'deferral' ? DEFERRAL_POINTS : EXEMPTION_POINTS;
}

export function isDeferralPoint(value: string): value is DeferralPoint {
  return (DEFERRAL_POINTS as readonly string[]).includes(value);
}

export function isExemptionPoint(value: string): value is ExemptionPoint {
  return (EXEMPTION_POINTS as readonly string[]).includes(value);
}

export function isLegalPoint(kind: LegalPointKind, value: string): boolean {
  return kind === 'deferral' ? isDeferralPoint(value) : isExemptionPoint(value);
}

/** The letter as printed in the law and in documents: 'dd' → 'đ'. */
export function pointLetter(code: string): string {
  return code === 'dd' ? 'đ' : code;
}

export function deferralPointLabel(point: DeferralPoint): string {
  return DEFERRAL_LABELS[point];
}

export function exemptionPointLabel(point: ExemptionPoint): string {
  return EXEMPTION_LABELS[point];
}
