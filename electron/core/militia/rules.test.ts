import { describe, expect, it } from 'vitest';
import {
  checkAgeLimit,
  checkExtension,
  checkMilitiaAge,
  checkTermEnding,
  checkUnitLevel,
  checkUnitPlace,
  extensionGround,
  extensionLimit,
  termEndsOn,
  termEndsSoon,
} from './rules';

describe('checkMilitiaAge (Art. 8 Luật DQTV)', () => {
  it('accepts the 18th birthday and refuses the day before, saying the age', () => {
    expect(checkMilitiaAge('2008-05-10', 'M', '2026-05-10', false)).toEqual({ ok: true });
    expect(checkMilitiaAge('2008-05-10', 'M', '2026-05-09', false)).toEqual({
      ok: false,
      code: 'RULE_MILITIA_AGE',
      severity: 'error',
      message: 'Ngày 09/05/2026 công dân mới 17 tuổi, chưa đủ 18 tuổi để tham gia dân quân tự vệ (Điều 8 Luật DQTV).',
    });
  });

  it('refuses a man on his 46th birthday unless he volunteers', () => {
    expect(checkMilitiaAge('1980-05-10', 'M', '2026-05-09', false)).toEqual({ ok: true });
    expect(checkMilitiaAge('1980-05-10', 'M', '2026-05-10', false)).toEqual({
      ok: false,
      code: 'RULE_MILITIA_AGE',
      severity: 'error',
      message:
        'Ngày 10/05/2026 công dân đã 46 tuổi, quá độ tuổi tham gia dân quân tự vệ của nam (đến hết 45 tuổi, Điều 8 Luật DQTV). Nếu công dân tình nguyện thì được tham gia đến hết 50 tuổi.',
    });
    expect(checkMilitiaAge('1980-05-10', 'M', '2026-05-10', true)).toEqual({ ok: true });
  });

  it('refuses a woman on her 41st birthday unless she volunteers', () => {
    expect(checkMilitiaAge('1985-05-10', 'F', '2026-05-09', false)).toEqual({ ok: true });
    const refused = checkMilitiaAge('1985-05-10', 'F', '2026-05-10', false);
    expect(refused).toMatchObject({ ok: false, code: 'RULE_MILITIA_AGE' });
    expect(refused.ok ? '' : refused.message).toContain('41 tuổi');
    expect(refused.ok ? '' : refused.message).toContain('của nữ (đến hết 40 tuổi');
    expect(checkMilitiaAge('1985-05-10', 'F', '2026-05-10', true)).toEqual({ ok: true });
  });

  it('refuses volunteers on the 51st (men) and 46th (women) birthday', () => {
    expect(checkMilitiaAge('1975-05-10', 'M', '2026-05-09', true)).toEqual({ ok: true });
    const man = checkMilitiaAge('1975-05-10', 'M', '2026-05-10', true);
    expect(man.ok ? '' : man.message).toBe(
      'Ngày 10/05/2026 công dân đã 51 tuổi, quá độ tuổi tham gia dân quân tự vệ của nam (đến hết 50 tuổi khi tình nguyện, Điều 8 Luật DQTV).',
    );
    expect(checkMilitiaAge('1980-05-10', 'F', '2026-05-09', true)).toEqual({ ok: true });
    expect(checkMilitiaAge('1980-05-10', 'F', '2026-05-10', true)).toMatchObject({
      ok: false,
      code: 'RULE_MILITIA_AGE',
    });
  });

  it('refuses a start date before the birth date', () => {
    expect(checkMilitiaAge('2026-05-10', 'M', '2026-05-09', false)).toMatchObject({ ok: false });
  });
});

describe('term (Art. 8(2))', () => {
  it('runs 4 years, 2 for the standing militia', () => {
    expect(termEndsOn('2024-03-01', 'mobile')).toBe('2028-03-01');
    expect(termEndsOn('2024-03-01', 'on_the_spot')).toBe('2028-03-01');
    expect(termEndsOn('2024-03-01', 'standing')).toBe('2026-03-01');
    expect(termEndsOn('2024-02-29', 'standing')).toBe('2026-02-28');
  });

  it('extends an on-the-spot member past the term end by at most 2 years (Art. 8(2))', () => {
    // Born 1990: the age limit (end of 45) is far beyond the 2 years, so only the 2-year cap applies.
    const m = { termEndsOn: '2026-03-01', birthDate: '1990-06-15', sex: 'M' as const, volunteer: false, ground: null };
    expect(checkExtension(m, '2026-03-02')).toEqual({ ok: true });
    expect(checkExtension(m, '2028-03-01')).toEqual({ ok: true });
    const tooLong = checkExtension(m, '2028-03-02');
    expect(tooLong).toEqual({
      ok: false,
      code: 'RULE_MILITIA_EXTENSION',
      severity: 'error',
      message:
        'Chỉ được kéo dài không quá 2 năm sau khi hết thời hạn (01/03/2026), tức đến ngày 01/03/2028 (khoản 2 Điều 8 Luật DQTV). Dân quân biển, tự vệ và chỉ huy đơn vị mới được kéo dài hơn.',
    });
    expect(checkExtension(m, '2026-03-01')).toMatchObject({ ok: false, code: 'RULE_MILITIA_EXTENSION' });
  });

  it('extends sea militia, self-defence and unit commanders up to the last day of their age (Art. 8(2))', () => {
    const base = { termEndsOn: '2026-03-01', birthDate: '1990-06-15', sex: 'M' as const, volunteer: false };
    // "Hết 45 tuổi": the last day is the day before the 46th birthday, 14/06/2036.
    for (const ground of ['sea', 'self_defence', 'commander'] as const) {
      const m = { ...base, ground };
      expect(extensionLimit(m)).toBe('2036-06-14');
      expect(checkExtension(m, '2028-03-02')).toEqual({ ok: true });
      expect(checkExtension(m, '2036-06-14')).toEqual({ ok: true });
      expect(checkExtension(m, '2036-06-15')).toMatchObject({ ok: false, code: 'RULE_MILITIA_EXTENSION' });
    }
    expect(checkExtension({ ...base, ground: 'sea' }, '2036-06-15')).toMatchObject({
      message:
        'Là dân quân biển, được kéo dài hơn 2 năm nhưng không quá độ tuổi (hết 45 tuổi), tức đến ngày 14/06/2036 (khoản 2 Điều 8 Luật DQTV).',
    });
    // A woman's limit is the end of 40; a volunteer's the end of 45 (Art. 8(1)).
    const woman = { ...base, sex: 'F' as const, ground: 'self_defence' as const };
    expect(extensionLimit(woman)).toBe('2031-06-14');
    expect(extensionLimit({ ...woman, volunteer: true })).toBe('2036-06-14');
  });

  it('never gives an exception less than the 2 years everyone has', () => {
    // Born 10/01/1982: the end of 45 (09/01/2028) comes before the 2-year cap (01/03/2028).
    const m = { termEndsOn: '2026-03-01', birthDate: '1982-01-10', sex: 'M' as const, volunteer: false };
    expect(extensionLimit({ ...m, ground: 'commander' })).toBe('2028-03-01');
    expect(extensionLimit({ ...m, ground: null })).toBe('2028-03-01');
  });

  it('names the ground: self-defence first, then sea militia, then any command position', () => {
    expect(extensionGround({ force: 'self_defence', component: 'sea', position: 'member' })).toBe('self_defence');
    expect(extensionGround({ force: 'militia', component: 'sea', position: 'member' })).toBe('sea');
    expect(extensionGround({ force: 'militia', component: 'on_the_spot', position: 'unit_leader' })).toBe('commander');
    expect(extensionGround({ force: 'militia', component: 'standing', position: 'member' })).toBeNull();
  });

  it('warns from 90 days before the end, and once the end has passed', () => {
    const today = '2026-11-27';
    expect(checkTermEnding('2027-02-26', today)).toEqual({ ok: true });
    expect(termEndsSoon('2027-02-26', today)).toBe(false);
    expect(checkTermEnding('2027-02-25', today)).toEqual({
      ok: false,
      code: 'RULE_MILITIA_TERM_ENDING',
      severity: 'warning',
      message: 'Hết thời hạn tham gia ngày 25/02/2027 (còn 90 ngày).',
    });
    expect(termEndsSoon('2027-02-25', today)).toBe(true);
    expect(checkTermEnding(today, today)).toMatchObject({ code: 'RULE_MILITIA_TERM_ENDING' });
    expect(checkTermEnding('2026-11-26', today)).toMatchObject({ code: 'RULE_MILITIA_TERM_OVER', severity: 'warning' });
  });
});

describe('checkAgeLimit (warning)', () => {
  const man = { birthDate: '1981-03-01', sex: 'M' as const, volunteer: false };

  it('warns when the 46th birthday falls on or before the end of service', () => {
    expect(checkAgeLimit({ ...man, endsOn: '2027-02-28' }, '2026-11-27')).toEqual({ ok: true });
    expect(checkAgeLimit({ ...man, endsOn: '2027-03-01' }, '2026-11-27')).toEqual({
      ok: false,
      code: 'RULE_MILITIA_PAST_AGE',
      severity: 'warning',
      message: 'Sẽ quá độ tuổi ngày 01/03/2027, trước khi hết thời hạn tham gia (01/03/2027).',
    });
  });

  it('says "already past" from the 46th birthday, and uses the volunteer limit for volunteers', () => {
    const past = checkAgeLimit({ ...man, endsOn: '2027-02-28' }, '2027-03-01');
    expect(past.ok ? '' : past.message).toBe('Đã quá độ tuổi (hết 45 tuổi từ ngày 01/03/2027).');
    expect(checkAgeLimit({ ...man, volunteer: true, endsOn: '2030-01-01' }, '2027-03-01')).toEqual({ ok: true });
    expect(
      checkAgeLimit({ birthDate: '1986-03-01', sex: 'F', volunteer: false, endsOn: '2027-03-01' }, '2026-11-27'),
    ).toMatchObject({ ok: false, code: 'RULE_MILITIA_PAST_AGE' });
  });
});

describe('unit structure', () => {
  it('puts a sub-unit below its parent level', () => {
    expect(checkUnitLevel('squad', 'platoon')).toEqual({ ok: true });
    expect(checkUnitLevel('platoon', 'company')).toEqual({ ok: true });
    expect(checkUnitLevel('platoon', null)).toEqual({ ok: true });
    expect(checkUnitLevel('platoon', 'platoon')).toMatchObject({ ok: false, code: 'RULE_MILITIA_UNIT_LEVEL' });
    expect(checkUnitLevel('team', 'squad')).toMatchObject({ ok: false, code: 'RULE_MILITIA_UNIT_LEVEL' });
    expect(checkUnitLevel('company', 'sea_company')).toMatchObject({ ok: false });
  });

  it('keeps a sub-unit in its parent’s locality or agency', () => {
    const ward = { localityId: 'a', agency: '' };
    expect(checkUnitPlace(ward, ward)).toEqual({ ok: true });
    expect(checkUnitPlace(ward, { localityId: 'b', agency: '' })).toMatchObject({ code: 'RULE_MILITIA_UNIT_PLACE' });
    expect(checkUnitPlace({ localityId: null, agency: 'X' }, { localityId: null, agency: 'Y' })).toMatchObject({
      ok: false,
    });
  });
});
