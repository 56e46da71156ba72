import { describe, expect, it } from 'vitest';
import {
  bodyMassIndex,
  checkCircular68Exclusions,
  checkMeasuresRecorded,
  CIRCULAR_68_2025_IN_FORCE,
  type HealthMeasures,
  NO_MEASURES,
} from './health-standards';
import { checkCallUpEligibility } from './rules';

const CITED = 'điểm c khoản 3 Điều 4 Thông tư 68/2025/TT-BQP';
/** Handovers either side of the Circular's effective date (01/07/2025). */
const BEFORE = '2025-02-13';
const AFTER = '2026-03-04';

const normalEyes = { refractionRight: 0, refractionLeft: 0 };
/** Height 170 cm; the weight that gives exactly `bmi` at one decimal (bmi × 1.7²). */
function withBmi(bmi: number): HealthMeasures {
  return { heightCm: 170, weightKg: Math.round(bmi * 2.89 * 10) / 10, ...normalEyes };
}

describe('bodyMassIndex', () => {
  it('is weight over height in metres squared, to one decimal, and null without both figures', () => {
    expect(bodyMassIndex(170, 65)).toBe(22.5);
    expect(bodyMassIndex(165, 49)).toBe(18);
    expect(bodyMassIndex(null, 60)).toBeNull();
    expect(bodyMassIndex(170, null)).toBeNull();
  });

  it('gives the figures the boundary tests rely on', () => {
    expect([17.9, 18.0, 29.9, 30.0].map((bmi) => bodyMassIndex(170, withBmi(bmi).weightKg))).toEqual([
      17.9, 18.0, 29.9, 30.0,
    ]);
  });
});

describe('checkCircular68Exclusions (point c clause 3 Art. 4 Circular 68/2025/TT-BQP)', () => {
  it('takes effect on its effective date, judged by the handover date', () => {
    expect(CIRCULAR_68_2025_IN_FORCE).toBe('2025-07-01');
    expect(checkCircular68Exclusions(withBmi(17.9), '2025-06-30')).toEqual([]);
    expect(checkCircular68Exclusions(withBmi(17.9), '2025-07-01')).toHaveLength(1);
  });

  it.each([
    [17.9, BEFORE, 0],
    [17.9, AFTER, 1],
    [18.0, BEFORE, 0],
    [18.0, AFTER, 0],
    [29.9, BEFORE, 0],
    [29.9, AFTER, 0],
    [30.0, BEFORE, 0],
    [30.0, AFTER, 1],
  ])('BMI %s with a handover on %s: %i refusal(s)', (bmi, handover, count) => {
    expect(checkCircular68Exclusions(withBmi(bmi), handover)).toHaveLength(count);
  });

  it('names the measured BMI, height and weight and cites the point of the Circular', () => {
    const [low] = checkCircular68Exclusions(withBmi(17.9), AFTER);
    expect(low).toMatchObject({ ok: false, code: 'RULE_HEALTH_CIRCULAR68', severity: 'error' });
    expect(low && !low.ok && low.message).toBe(
      `Chỉ số BMI 17,9 (cao 170 cm, nặng 51,7 kg) nhỏ hơn 18,0: không gọi nhập ngũ vào Quân đội (${CITED}).`,
    );
    const [high] = checkCircular68Exclusions(withBmi(30), AFTER);
    expect(high && !high.ok && high.message).toContain('Chỉ số BMI 30,0');
    expect(high && !high.ok && high.message).toContain('lớn hơn 29,9');
  });

  it('passes myopia of 1.5 D and refuses anything stronger, in either eye', () => {
    const eyes = (right: number, left: number) => ({ ...withBmi(22), refractionRight: right, refractionLeft: left });
    expect(checkCircular68Exclusions(eyes(-1.5, -1.5), AFTER)).toEqual([]);
    const [right] = checkCircular68Exclusions(eyes(-1.75, -1), AFTER);
    expect(right && !right.ok && right.message).toBe(
      `Mắt phải cận thị 1,75 điốp, lớn hơn 1,5 điốp: không gọi nhập ngũ vào Quân đội (${CITED}).`,
    );
    const [left] = checkCircular68Exclusions(eyes(0, -2), AFTER);
    expect(left && !left.ok && left.message).toContain('Mắt trái cận thị 2,0 điốp');
    expect(checkCircular68Exclusions(eyes(-2, -2), BEFORE)).toEqual([]);
  });

  it('refuses hyperopia of any degree after the change, and not before', () => {
    const farsighted = { ...withBmi(22), refractionRight: 0.25, refractionLeft: 0 };
    const [found] = checkCircular68Exclusions(farsighted, AFTER);
    expect(found && !found.ok && found.message).toBe(
      `Mắt phải viễn thị 0,25 điốp: không gọi nhập ngũ vào Quân đội công dân viễn thị ở mọi mức độ (${CITED}).`,
    );
    expect(checkCircular68Exclusions(farsighted, BEFORE)).toEqual([]);
  });

  it('lists every figure that excludes the citizen', () => {
    const all = { heightCm: 170, weightKg: 50, refractionRight: -3, refractionLeft: 1 };
    expect(checkCircular68Exclusions(all, AFTER)).toHaveLength(3);
  });

  it('does not judge a handover to the police service, which has its own standards', () => {
    expect(checkCircular68Exclusions(withBmi(17.9), AFTER, 'police')).toEqual([]);
    expect(checkCircular68Exclusions(withBmi(17.9), AFTER, 'army')).toHaveLength(1);
  });

  it('does not refuse figures that were not recorded', () => {
    expect(checkCircular68Exclusions(NO_MEASURES, AFTER)).toEqual([]);
  });
});

describe('checkMeasuresRecorded', () => {
  it('warns on a post-change exam without the figures, naming the missing ones', () => {
    const result = checkMeasuresRecorded({ ...NO_MEASURES, heightCm: 170, refractionRight: 0 }, AFTER);
    expect(result).toMatchObject({ ok: false, code: 'RULE_HEALTH_MEASURES_MISSING', severity: 'warning' });
    expect(result.ok || result.message).toContain('Chưa đủ số đo');
    expect(result.ok || result.message).toContain('thiếu cân nặng, khúc xạ mắt trái');
    expect(result.ok || result.message).toContain(CITED);
  });

  it('asks nothing before the change or when every figure is there', () => {
    expect(checkMeasuresRecorded(NO_MEASURES, BEFORE)).toEqual({ ok: true });
    expect(checkMeasuresRecorded(withBmi(22), AFTER)).toEqual({ ok: true });
  });
});

describe('checkCallUpEligibility with the exam figures', () => {
  const citizen = { birthDate: '2004-05-10', hasStudyDeferral: false, isExempted: false };

  it('refuses class 3 with 2.0 D of myopia after the change, passes it before', () => {
    const measures = { ...withBmi(22), refractionRight: -2, refractionLeft: -0.5 };
    const after = checkCallUpEligibility({ ...citizen, healthClass: 3, handoverDate: AFTER, measures });
    expect(after.map((f) => f.code)).toEqual(['RULE_HEALTH_CIRCULAR68']);
    expect(after[0]?.message).toContain(CITED);
    expect(checkCallUpEligibility({ ...citizen, healthClass: 3, handoverDate: BEFORE, measures })).toEqual([]);
  });

  it('passes class 3 with 1.5 D of myopia after the change', () => {
    const measures = { ...withBmi(22), refractionRight: -1.5, refractionLeft: -1.5 };
    expect(checkCallUpEligibility({ ...citizen, healthClass: 3, handoverDate: AFTER, measures })).toEqual([]);
  });
});
