import { describe, expect, it } from 'vitest';
import {
  checkAgeLimit,
  checkExtension,
  checkMilitiaAge,
  checkTermEnding,
  checkUnitLevel,
  checkUnitPlace,
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

describe('term (Art. 8(3–4))', () => {
  it('runs 4 years, 2 for the standing militia', () => {
    expect(termEndsOn('2024-03-01', 'mobile')).toBe('2028-03-01');
    expect(termEndsOn('2024-03-01', 'on_the_spot')).toBe('2028-03-01');
    expect(termEndsOn('2024-03-01', 'standing')).toBe('2026-03-01');
    expect(termEndsOn('2024-02-29', 'standing')).toBe('2026-02-28');
  });

  it('extends past the term end by at most 2 years', () => {
    expect(checkExtension('2026-03-01', '2026-03-02')).toEqual({ ok: true });
    expect(checkExtension('2026-03-01', '2028-03-01')).toEqual({ ok: true });
    const tooLong = checkExtension('2026-03-01', '2028-03-02');
    expect(tooLong).toEqual({
      ok: false,
      code: 'RULE_MILITIA_EXTENSION',
      severity: 'error',
      message: 'Chỉ được kéo dài không quá 2 năm sau khi hết thời hạn (01/03/2026), tức đến ngày 01/03/2028.',
    });
    expect(checkExtension('2026-03-01', '2026-03-01')).toMatchObject({ ok: false, code: 'RULE_MILITIA_EXTENSION' });
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
