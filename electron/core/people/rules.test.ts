import { describe, expect, it } from 'vitest';
import { checkBirthDate, checkCitizenId, checkIdNumber, checkPhone, idKindOf, normalizePhone } from './rules';

describe('checkCitizenId (Decree 137/2015 Art. 7)', () => {
  it('accepts IDs whose century-sex digit and year digits agree', () => {
    expect(checkCitizenId('006205001234', '2005-03-14', 'M')).toEqual({ ok: true });
    expect(checkCitizenId('019305123456', '2005-12-31', 'F')).toEqual({ ok: true });
    expect(checkCitizenId('006090000001', '1990-01-01', 'M')).toEqual({ ok: true });
    expect(checkCitizenId('006199000001', '1999-06-30', 'F')).toEqual({ ok: true });
    expect(checkCitizenId('006200000001', '2000-01-01', 'M')).toEqual({ ok: true });
  });

  it('rejects a wrong length and says how many digits were typed', () => {
    expect(checkCitizenId('00620500123', '2005-03-14', 'M')).toMatchObject({
      ok: false,
      code: 'RULE_CITIZEN_ID_FORMAT',
      message: 'Số định danh cá nhân phải gồm đúng 12 chữ số (đang có 11); số CMND cũ thì gồm đúng 9 chữ số.',
    });
    expect(checkCitizenId('0062050012345', '2005-03-14', 'M')).toMatchObject({
      ok: false,
      code: 'RULE_CITIZEN_ID_FORMAT',
    });
    expect(checkCitizenId('00620500123A', '2005-03-14', 'M')).toMatchObject({
      ok: false,
      message: 'Số định danh cá nhân chỉ gồm chữ số.',
    });
  });

  it('rejects a century digit that disagrees with the birth year', () => {
    expect(checkCitizenId('006005001234', '2005-03-14', 'M')).toMatchObject({
      ok: false,
      code: 'RULE_CITIZEN_ID_CENTURY',
      message: 'Chữ số thứ 4 (0) chỉ thế kỷ sinh 1900–1999, nhưng năm sinh là 2005.',
    });
    expect(checkCitizenId('006299001234', '1999-12-31', 'M')).toMatchObject({ code: 'RULE_CITIZEN_ID_CENTURY' });
  });

  it('rejects a sex digit that disagrees with the chosen sex', () => {
    expect(checkCitizenId('006305001234', '2005-03-14', 'M')).toMatchObject({
      ok: false,
      code: 'RULE_CITIZEN_ID_SEX',
      message: 'Chữ số thứ 4 (3) chỉ giới tính nữ, nhưng giới tính đã chọn là nam.',
    });
    expect(checkCitizenId('006090001234', '1990-01-01', 'F')).toMatchObject({ code: 'RULE_CITIZEN_ID_SEX' });
  });

  it('rejects year digits that are not the last two of the birth year', () => {
    expect(checkCitizenId('006204001234', '2005-03-14', 'M')).toMatchObject({
      ok: false,
      code: 'RULE_CITIZEN_ID_YEAR',
      message: 'Chữ số thứ 5–6 (04) phải là hai số cuối của năm sinh (05).',
    });
  });
});

describe('phone', () => {
  it('accepts 10 digits starting with 0, after dropping spaces and dots', () => {
    expect(normalizePhone('091 234.5678')).toBe('0912345678');
    expect(checkPhone('0912345678')).toEqual({ ok: true });
    expect(checkPhone('0209385 123'.replace(' ', ''))).toEqual({ ok: true });
  });
  it('rejects 9 or 11 digits and numbers not starting with 0', () => {
    for (const bad of ['091234567', '09123456789', '8412345678', '09123a5678']) {
      expect(checkPhone(bad)).toMatchObject({ ok: false, code: 'RULE_PHONE_FORMAT' });
    }
  });
});

describe('checkBirthDate', () => {
  it('accepts today and refuses tomorrow', () => {
    expect(checkBirthDate('2026-11-27', '2026-11-27')).toEqual({ ok: true });
    expect(checkBirthDate('2026-11-28', '2026-11-27')).toMatchObject({ ok: false, code: 'RULE_BIRTH_DATE' });
    expect(checkBirthDate('1899-12-31', '2026-11-27')).toMatchObject({ ok: false });
  });
});

describe('checkIdNumber: a 12-digit personal ID or a legacy 9-digit CMND', () => {
  it('accepts exactly 9 digits as a CMND, whatever the birth date and sex', () => {
    expect(checkIdNumber('095123456', '1975-03-14', 'F')).toEqual({ ok: true });
    expect(checkIdNumber('012345678', '2001-01-01', 'M')).toEqual({ ok: true });
    expect(idKindOf('095123456')).toBe('legacy_cmnd');
    expect(idKindOf('006205001234')).toBe('citizen_id');
  });

  it('refuses 8 and 10 digits naming both forms', () => {
    for (const id of ['09512345', '0951234567']) {
      expect(checkIdNumber(id, '1975-03-14', 'M')).toMatchObject({
        ok: false,
        code: 'RULE_CITIZEN_ID_FORMAT',
        message: `Số định danh cá nhân phải gồm đúng 12 chữ số (đang có ${id.length}); số CMND cũ thì gồm đúng 9 chữ số.`,
      });
    }
  });

  it('refuses a 9-character number with a letter as a CMND', () => {
    expect(checkIdNumber('09512345A', '1975-03-14', 'M')).toMatchObject({
      ok: false,
      code: 'RULE_CITIZEN_ID_FORMAT',
      message: 'Số CMND cũ chỉ gồm chữ số (đúng 9 chữ số).',
    });
  });

  it('keeps checking a 12-digit ID against birth date and sex', () => {
    expect(checkIdNumber('006205001234', '2005-03-14', 'M')).toEqual({ ok: true });
    expect(checkIdNumber('006305001234', '2005-03-14', 'M')).toMatchObject({ code: 'RULE_CITIZEN_ID_SEX' });
  });
});
