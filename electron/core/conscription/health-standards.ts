import { bodyMassIndex, measureText } from '../../../vocabulary/health-exam';
import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import type { ServiceBranch } from './states';

/**
 * Circular 68/2025/TT-BQP (amends Circular 148/2018/TT-BQP on selecting and calling citizens up),
 * point c clause 3 Art. 4: besides health classes 1–3 of Circular 105/2023/TT-BQP (point a), citizens
 * with myopia above 1.5 dioptres, hyperopia of any degree, or a BMI below 18.0 or above 29.9 are not
 * called up into the Army.
 *
 * In force from: signed 03/07/2025; public reports (a lawyer quoted by the press, 09/2025) say "có
 * hiệu lực thi hành từ ngày 1-7-2025". The official text was not read: this date is an assumption
 * kept in one named constant, so the law register (electron/core/law) can point at it and a
 * correction is one line.
 */
export const CIRCULAR_68_2025_IN_FORCE: IsoDate = '2025-07-01';

/** "cận thị lớn hơn 1.5 diop": exactly 1.5 D passes, anything stronger does not. */
export const MAX_MYOPIA_DIOPTRES = 1.5;
/** "chỉ số BMI nhỏ hơn 18.0 hoặc lớn hơn 29.9": 18.0 and 29.9 themselves pass. */
export const MIN_BMI = 18.0;
export const MAX_BMI = 29.9;

/**
 * The exam sheet's measures the Circular judges. Refraction is one signed figure per eye in dioptres,
 * as an optometrist writes it and as Circular 105/2023's annex does ("cận thị dưới -3D"): negative =
 * myopia, positive = hyperopia, 0 = none. Null = not recorded.
 */
export interface HealthMeasures {
  heightCm: number | null;
  weightKg: number | null;
  refractionRight: number | null;
  refractionLeft: number | null;
}

/** The BMI formula and the figures' wording are shared with the exam dialog (vocabulary/health-exam.ts). */
export { bodyMassIndex, measureText };

export const NO_MEASURES: HealthMeasures = {
  heightCm: null,
  weightKg: null,
  refractionRight: null,
  refractionLeft: null,
};

/** Does point c clause 3 Art. 4 of Circular 68/2025 judge a campaign handed over on this date? */
export function circular68Applies(handoverDate: IsoDate): boolean {
  return handoverDate >= CIRCULAR_68_2025_IN_FORCE;
}

const plain = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
/** A height or weight: "170", "51,7". */
const bodyText = (value: number): string => plain.format(value);

const CODE = 'RULE_HEALTH_CIRCULAR68';
const m = vi.conscription.health.circular68;

/** Whole hundredths, so −1.5 compares as exactly −150 (the exam sheet uses 0.25 D steps). */
const hundredths = (value: number) => Math.round(value * 100);

function eyeFailures(eye: 'right' | 'left', refraction: number | null): RuleResult[] {
  if (refraction === null) return [];
  const values = { eye: m.eyes[eye], value: measureText(Math.abs(refraction)) };
  if (hundredths(refraction) < -hundredths(MAX_MYOPIA_DIOPTRES)) return [fail(CODE, format(m.myopia, values))];
  if (hundredths(refraction) > 0) return [fail(CODE, format(m.hyperopia, values))];
  return [];
}

/**
 * Point c clause 3 Art. 4 Circular 68/2025/TT-BQP, judged by the campaign's handover date: a
 * campaign handed over before CIRCULAR_68_2025_IN_FORCE is judged without it. One refusal per measure
 * that excludes the citizen, each with the measured value. It speaks of the Army ("vào Quân đội"): a
 * handover to the police service (branch 'police') is judged by the police's own standards, which the
 * program does not hold. Missing measures are not a refusal here (see checkMeasuresRecorded).
 */
export function checkCircular68Exclusions(
  measures: HealthMeasures,
  handoverDate: IsoDate,
  branch: ServiceBranch | null = null,
): RuleResult[] {
  if (!circular68Applies(handoverDate) || branch === 'police') return [];
  const failures = [...eyeFailures('right', measures.refractionRight), ...eyeFailures('left', measures.refractionLeft)];
  const bmi = bodyMassIndex(measures.heightCm, measures.weightKg);
  if (bmi !== null && (bmi < MIN_BMI || bmi > MAX_BMI)) {
    failures.push(
      fail(
        CODE,
        format(bmi < MIN_BMI ? m.bmiLow : m.bmiHigh, {
          bmi: measureText(bmi),
          height: bodyText(measures.heightCm!),
          weight: bodyText(measures.weightKg!),
        }),
      ),
    );
  }
  return failures;
}

/**
 * A post-change exam without height, weight or both eyes' refraction cannot be judged under point c
 * clause 3 Art. 4 Circular 68/2025. That is a warning, not a refusal: the Circular excludes citizens
 * who have those conditions, and a blank in the program is not evidence of one (the council's class
 * 1–3 stands; the paper sheet holds the figures). The clerk is told which figures to copy in.
 */
export function checkMeasuresRecorded(measures: HealthMeasures, handoverDate: IsoDate): RuleResult {
  if (!circular68Applies(handoverDate)) return PASS;
  const missing = [
    measures.heightCm === null && m.measureNames.height,
    measures.weightKg === null && m.measureNames.weight,
    measures.refractionRight === null && m.measureNames.refractionRight,
    measures.refractionLeft === null && m.measureNames.refractionLeft,
  ].filter((name) => name !== false);
  if (missing.length === 0) return PASS;
  return fail(
    'RULE_HEALTH_MEASURES_MISSING',
    format(m.measuresMissing, { missing: missing.join(', '), since: formatDisplayDate(CIRCULAR_68_2025_IN_FORCE) }),
    'warning',
  );
}
