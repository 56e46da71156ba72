import {
  DEFERRAL_POINTS,
  deferralPointLabels,
  EXEMPTION_POINTS,
  exemptionPointLabels,
  type DeferralPoint,
  type ExemptionPoint,
} from '../../../vocabulary/conscription';

/**
 * The legal points (điểm) of Art. 41 Luật NVQS 78/2015 a deferral or an
 * exemption is decided on. Codes are ASCII and stable (they are stored);
 * "đ" is written "dd". The letter shown to users comes from `pointLetter`,
 * the wording from the message catalogue.
 */

/**
 * Art. 41(1), deferral (tạm hoãn gọi nhập ngũ), points a, b, c, d, đ, e, g, h; Art. 41(2), exemption
 * (miễn gọi nhập ngũ), points a–đ. The codes and their wording are the shared vocabulary's
 * (vocabulary/conscription.ts), which the screens read too.
 */
export {
  DEFERRAL_POINTS,
  EXEMPTION_POINTS,
  type DeferralPoint,
  type ExemptionPoint,
} from '../../../vocabulary/conscription';

export type LegalPointKind = 'deferral' | 'exemption';

/** Art. 41(1)(a): not yet fit — the deferral a health class 4–6 leads to. */
export const HEALTH_DEFERRAL_POINT: DeferralPoint = 'a';

/**
 * Art. 41(1)(g): study. Only its college/university part extends the call-up
 * age to the end of 27 (Art. 30); general-school pupils keep the limit of 25,
 * so the record must say which (see `checkCallUpAge`'s `hasStudyDeferral`).
 */
export const STUDY_DEFERRAL_POINT: DeferralPoint = 'g';

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
  return deferralPointLabels[point];
}

export function exemptionPointLabel(point: ExemptionPoint): string {
  return exemptionPointLabels[point];
}
