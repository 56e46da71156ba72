import { describe, expect, it } from 'vitest';
import { ageOn } from '../shared/dates';
import {
  bornOnOrBefore,
  checkAssignmentAge,
  checkRankForCategory,
  checkServiceAge,
  checkSlotCapacity,
  checkSpecialtyMatch,
  percent,
  serviceAgeLimit,
  slotCapacity,
  unitFill,
} from './rules';

const soldier = (birthDate: string, sex: 'M' | 'F' = 'M') => ({
  birthDate,
  sex,
  category: 'soldier' as const,
  rank: 'private_1' as const,
});
const officer = (birthDate: string, rank: Parameters<typeof serviceAgeLimit>[0]['rank']) => ({
  birthDate,
  sex: 'M' as const,
  category: 'officer' as const,
  rank,
});

describe('checkAssignmentAge (Luật LLDBĐV 2019)', () => {
  it('takes a soldier into a combat unit up to the day before the 36th birthday', () => {
    expect(checkAssignmentAge(soldier('1990-06-15'), 'combat', '2026-06-14')).toEqual({ ok: true });
    const refused = checkAssignmentAge(soldier('1990-06-15'), 'combat', '2026-06-15');
    expect(refused).toMatchObject({ ok: false, code: 'RULE_RESERVE_ASSIGNMENT_AGE', severity: 'error' });
    expect(refused.ok || refused.message).toBe(
      'Ngày 15/06/2026, quân nhân dự bị đã 36 tuổi; hạ sĩ quan, binh sĩ dự bị sắp xếp vào đơn vị chiến đấu không quá 35 tuổi (Luật Lực lượng dự bị động viên 2019). Hạn cuối là ngày 14/06/2026.',
    );
  });

  it('takes a man into a support unit up to 45 and a woman up to 40', () => {
    expect(checkAssignmentAge(soldier('1980-03-01'), 'support', '2026-02-28').ok).toBe(true);
    expect(checkAssignmentAge(soldier('1980-03-01'), 'support', '2026-03-01').ok).toBe(false);
    expect(checkAssignmentAge(soldier('1985-03-01', 'F'), 'support', '2026-02-28').ok).toBe(true);
    const woman = checkAssignmentAge(soldier('1985-03-01', 'F'), 'support', '2026-03-01');
    expect(woman.ok || woman.message).toContain('không quá 40 tuổi đối với nữ');
    // A woman of 36 is still fine in a support unit but not in a combat unit.
    expect(checkAssignmentAge(soldier('1990-01-01', 'F'), 'support', '2026-06-01').ok).toBe(true);
    expect(checkAssignmentAge(soldier('1990-01-01', 'F'), 'combat', '2026-06-01').ok).toBe(false);
  });

  it('counts a 29 February birthday from 1 March in a common year', () => {
    expect(checkAssignmentAge(soldier('1992-02-29'), 'combat', '2028-02-28').ok).toBe(true);
    expect(checkAssignmentAge(soldier('1992-02-29'), 'combat', '2028-02-29').ok).toBe(false);
    expect(checkAssignmentAge(soldier('1991-02-28'), 'combat', '2027-02-27').ok).toBe(true);
  });

  it('holds an officer to the age limit of their rank instead', () => {
    expect(checkAssignmentAge(officer('1980-05-10', 'captain'), 'combat', '2026-06-01').ok).toBe(true);
    expect(checkAssignmentAge(officer('1975-05-10', 'captain'), 'combat', '2027-05-09').ok).toBe(true);
    const past = checkAssignmentAge(officer('1975-05-10', 'captain'), 'combat', '2027-05-10');
    expect(past.ok || past.message).toContain('sĩ quan dự bị cấp đại úy đã 52 tuổi');
  });
});

describe('checkServiceAge (NVQS Art. 37, Officers Law Art. 38)', () => {
  const cases: Array<[string, ReturnType<typeof officer> | ReturnType<typeof soldier>, number]> = [
    ['soldier, man', soldier('1980-07-01'), 45],
    ['soldier, woman', soldier('1980-07-01', 'F'), 40],
    ['second lieutenant', officer('1970-07-01', 'second_lieutenant'), 51],
    ['lieutenant', officer('1970-07-01', 'lieutenant'), 51],
    ['senior lieutenant', officer('1970-07-01', 'senior_lieutenant'), 51],
    ['captain', officer('1970-07-01', 'captain'), 51],
    ['major', officer('1970-07-01', 'major'), 53],
    ['lieutenant colonel', officer('1970-07-01', 'lieutenant_colonel'), 56],
    ['senior lieutenant colonel', officer('1970-07-01', 'senior_lieutenant_colonel'), 57],
    ['colonel', officer('1970-07-01', 'colonel'), 60],
  ];
  it.each(cases)('%s serves to the end of age %i, flagged from the next birthday', (_, p, limit) => {
    expect(serviceAgeLimit(p)).toBe(limit);
    const year = Number(p.birthDate.slice(0, 4)) + limit + 1;
    expect(checkServiceAge(p, `${year}-06-30`)).toEqual({ ok: true });
    const flagged = checkServiceAge(p, `${year}-07-01`);
    expect(flagged).toMatchObject({ ok: false, code: 'RULE_RESERVE_PAST_AGE_LIMIT', severity: 'warning' });
  });

  it('says why in Vietnamese', () => {
    const flagged = checkServiceAge(soldier('1980-07-01', 'F'), '2026-07-01');
    expect(flagged.ok || flagged.message).toBe(
      'Đã 46 tuổi, quá hạn tuổi phục vụ trong ngạch dự bị (40 tuổi đối với hạ sĩ quan, binh sĩ nữ); đề nghị đưa ra khỏi danh sách.',
    );
  });
});

describe('reserve professional soldiers (QNCN dự bị), a category of their own', () => {
  const pro = (
    birthDate: string,
    sex: 'M' | 'F' = 'M',
    rank: Parameters<typeof serviceAgeLimit>[0]['rank'] = 'captain',
  ) => ({
    birthDate,
    sex,
    category: 'professional' as const,
    rank,
  });

  it('takes a man into a combat unit up to 40 (the day before the 41st birthday), a soldier only to 35', () => {
    expect(checkAssignmentAge(pro('1985-06-15'), 'combat', '2026-06-14')).toEqual({ ok: true });
    const refused = checkAssignmentAge(pro('1985-06-15'), 'combat', '2026-06-15');
    expect(refused).toMatchObject({ ok: false, code: 'RULE_RESERVE_ASSIGNMENT_AGE' });
    expect(refused.ok || refused.message).toBe(
      'Ngày 15/06/2026, quân nhân dự bị đã 41 tuổi; quân nhân chuyên nghiệp dự bị sắp xếp vào đơn vị chiến đấu không quá 40 tuổi (Luật Lực lượng dự bị động viên 2019). Hạn cuối là ngày 14/06/2026.',
    );
    // The same 38-year-old: a professional soldier may go to a combat unit, a soldier may not.
    expect(checkAssignmentAge(pro('1988-01-01'), 'combat', '2026-06-01').ok).toBe(true);
    expect(checkAssignmentAge(soldier('1988-01-01'), 'combat', '2026-06-01').ok).toBe(false);
  });

  it('takes a man into a support unit up to 45 and a woman up to 40', () => {
    expect(checkAssignmentAge(pro('1980-03-01'), 'support', '2026-02-28').ok).toBe(true);
    expect(checkAssignmentAge(pro('1980-03-01'), 'support', '2026-03-01').ok).toBe(false);
    expect(checkAssignmentAge(pro('1985-03-01', 'F'), 'support', '2026-02-28').ok).toBe(true);
    expect(checkAssignmentAge(pro('1985-03-01', 'F'), 'support', '2026-03-01').ok).toBe(false);
  });

  const limits: Array<[string, ReturnType<typeof pro>, number]> = [
    ['thiếu úy QNCN', pro('1970-07-01', 'M', 'second_lieutenant'), 52],
    ['đại úy QNCN', pro('1970-07-01', 'M', 'captain'), 52],
    ['thiếu tá QNCN', pro('1970-07-01', 'M', 'major'), 54],
    ['trung tá QNCN, woman', pro('1970-07-01', 'F', 'lieutenant_colonel'), 54],
    ['thượng tá QNCN, man', pro('1965-07-01', 'M', 'senior_lieutenant_colonel'), 56],
    ['thượng tá QNCN, woman', pro('1965-07-01', 'F', 'senior_lieutenant_colonel'), 55],
  ];
  it.each(limits)('%s serves to the end of age %i, flagged from the next birthday', (_, p, limit) => {
    expect(serviceAgeLimit(p)).toBe(limit);
    const year = Number(p.birthDate.slice(0, 4)) + limit + 1;
    expect(checkServiceAge(p, `${year}-06-30`)).toEqual({ ok: true });
    const flagged = checkServiceAge(p, `${year}-07-01`);
    expect(flagged).toMatchObject({ ok: false, code: 'RULE_RESERVE_PAST_AGE_LIMIT', severity: 'warning' });
    expect(flagged.ok || flagged.message).toContain('quân nhân chuyên nghiệp dự bị');
  });

  it('holds a QNCN rank, thiếu úy to thượng tá: no colonel, no soldier rank, not none', () => {
    expect(checkRankForCategory('professional', 'senior_lieutenant_colonel')).toEqual({ ok: true });
    expect(checkRankForCategory('professional', 'second_lieutenant')).toEqual({ ok: true });
    for (const rank of ['colonel', 'senior_sergeant', null] as const) {
      expect(checkRankForCategory('professional', rank)).toMatchObject({ ok: false, code: 'RULE_RESERVE_RANK' });
    }
  });
});

describe('checkSpecialtyMatch (Art. 16 Luật LLDBĐV)', () => {
  const slot = { specialtyId: 'a', specialtyLabel: '101 – Bộ binh', title: 'Tiểu đội trưởng' };
  it('passes the same specialty and flags another or none as a warning', () => {
    expect(checkSpecialtyMatch({ specialtyId: 'a', specialtyLabel: '101 – Bộ binh' }, slot)).toEqual({ ok: true });
    const other = checkSpecialtyMatch({ specialtyId: 'b', specialtyLabel: '201 – Lái xe' }, slot);
    expect(other).toMatchObject({ ok: false, code: 'RULE_RESERVE_SPECIALTY_MISMATCH', severity: 'warning' });
    expect(other.ok || other.message).toContain(
      '(201 – Lái xe) không đúng với vị trí "Tiểu đội trưởng" (101 – Bộ binh)',
    );
    const none = checkSpecialtyMatch({ specialtyId: null, specialtyLabel: null }, slot);
    expect(none.ok || none.message).toContain('(chưa có)');
  });
});

describe('checkRankForCategory', () => {
  it('needs an officer rank for an officer and a soldier rank or none for a soldier', () => {
    expect(checkRankForCategory('officer', 'second_lieutenant').ok).toBe(true);
    expect(checkRankForCategory('officer', 'colonel').ok).toBe(true);
    expect(checkRankForCategory('officer', 'senior_sergeant').ok).toBe(false);
    expect(checkRankForCategory('officer', null).ok).toBe(false);
    expect(checkRankForCategory('soldier', null).ok).toBe(true);
    expect(checkRankForCategory('soldier', 'private_2').ok).toBe(true);
    expect(checkRankForCategory('soldier', 'senior_sergeant').ok).toBe(true);
    expect(checkRankForCategory('soldier', 'second_lieutenant').ok).toBe(false);
  });
});

describe('slot capacity and unit fill (Art. 15 Luật LLDBĐV)', () => {
  it('allows up to 115% of a slot, rounded down', () => {
    expect(slotCapacity(1)).toBe(1);
    expect(slotCapacity(6)).toBe(6);
    expect(slotCapacity(7)).toBe(8);
    expect(slotCapacity(20)).toBe(23);
    expect(checkSlotCapacity({ title: 'Xạ thủ', required: 20 }, 22).ok).toBe(true);
    const full = checkSlotCapacity({ title: 'Xạ thủ', required: 20 }, 23);
    expect(full).toMatchObject({ ok: false, code: 'RESERVE_SLOT_FULL', severity: 'error' });
    expect(full.ok || full.message).toContain('cần 20 người, đã sắp xếp 23; tối đa được vượt 15% biên chế (23 người)');
  });

  it('computes fill rate, surplus and surplus rate with two decimals', () => {
    expect(unitFill(30, 20)).toEqual({ fillRate: 66.67, surplus: 0, surplusRate: 0 });
    expect(unitFill(30, 34)).toEqual({ fillRate: 113.33, surplus: 4, surplusRate: 13.33 });
    expect(unitFill(0, 0)).toEqual({ fillRate: null, surplus: 0, surplusRate: null });
    expect(percent(1, 3)).toBe(33.33);
    expect(percent(2, 3)).toBe(66.67);
  });
});

describe('bornOnOrBefore', () => {
  it('agrees with ageOn at the birthday, 29 February included', () => {
    for (const [birth, on] of [
      ['1990-06-15', '2026-06-15'],
      ['1990-06-16', '2026-06-15'],
      ['1992-02-29', '2027-02-28'],
      ['1992-02-29', '2027-03-01'],
      ['1991-02-28', '2028-02-29'],
    ] as const) {
      const age = ageOn(birth, on);
      expect(birth <= bornOnOrBefore(on, age)).toBe(true);
      expect(birth <= bornOnOrBefore(on, age + 1)).toBe(false);
    }
  });
});
