import { format, vi } from '../messages/vi';
import type { IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import { LEGACY_ID_LENGTH } from '../../../vocabulary/people';

export type Sex = 'M' | 'F';

/** The ID kinds and lengths are the shared vocabulary's (vocabulary/people.ts): the renderer tells them apart too. */
export { CITIZEN_ID_LENGTH, LEGACY_ID_LENGTH, idKindOf, type IdKind } from '../../../vocabulary/people';

/**
 * The legacy identity card number (CMND, Decree 05/1999/NĐ-CP): exactly 9
 * digits. It carries no birth year or sex, so only its form is checked.
 */
export function checkLegacyIdNumber(id: string): RuleResult {
  if (/^\d{9}$/.test(id)) return PASS;
  if (!/^\d*$/.test(id)) return fail('RULE_CITIZEN_ID_FORMAT', vi.citizenId.legacyDigitsOnly);
  return fail('RULE_CITIZEN_ID_FORMAT', format(vi.citizenId.legacyLength, { length: id.length }));
}

/**
 * An ID as typed on a person's record: a 12-digit personal ID, or — for old
 * lists — a 9-digit CMND number. Any other length is refused naming both forms.
 * The Identity Law 2023 (Law 26/2023/QH15) ended the CMND card on 31/12/2024,
 * but papers and lists made with its number keep it, so the register must too
 * (the article saying so was not verified here).
 */
export function checkIdNumber(id: string, birthDate: IsoDate, sex: Sex): RuleResult {
  if (id.length === LEGACY_ID_LENGTH) return checkLegacyIdNumber(id);
  return checkCitizenId(id, birthDate, sex);
}

/**
 * Citizen ID (số định danh cá nhân) structure, Decree 137/2015/NĐ-CP Art. 7 and
 * Circular 59/2021/TT-BCA Art. 7: 3 digits province of birth registration,
 * 1 digit century and sex, 2 digits birth year, 6 random digits. The 4th digit
 * is (century − 20) × 2, plus 1 for females: 0/1 for the 1900s, 2/3 for the 2000s …
 * The number is lifelong, so it is checked against birth date and sex only.
 */
export function checkCitizenId(citizenId: string, birthDate: IsoDate, sex: Sex): RuleResult {
  if (!/^\d*$/.test(citizenId)) return fail('RULE_CITIZEN_ID_FORMAT', vi.citizenId.digitsOnly);
  if (citizenId.length !== 12) {
    return fail('RULE_CITIZEN_ID_FORMAT', format(vi.citizenId.length, { length: citizenId.length }));
  }
  const digit = Number(citizenId[3]);
  const birthYear = Number(birthDate.slice(0, 4));
  const centuryIndex = Math.floor(digit / 2); // 0 → 1900s, 1 → 2000s, … 4 → 2300s
  const centuryStart = 1900 + centuryIndex * 100;
  if (birthYear < centuryStart || birthYear >= centuryStart + 100) {
    return fail(
      'RULE_CITIZEN_ID_CENTURY',
      format(vi.citizenId.centuryDigit, { digit, centuryFromId: `${centuryStart}–${centuryStart + 99}`, birthYear }),
    );
  }
  const sexFromId: Sex = digit % 2 === 0 ? 'M' : 'F';
  if (sexFromId !== sex) {
    return fail(
      'RULE_CITIZEN_ID_SEX',
      format(vi.citizenId.sexDigit, { digit, sexFromId: vi.sex[sexFromId], sex: vi.sex[sex] }),
    );
  }
  const yearDigits = citizenId.slice(4, 6);
  const expected = String(birthYear % 100).padStart(2, '0');
  if (yearDigits !== expected) {
    return fail('RULE_CITIZEN_ID_YEAR', format(vi.citizenId.yearDigits, { digits: yearDigits, expected }));
  }
  return PASS;
}

/** Spaces, dots and dashes people type inside phone numbers are dropped before checking. */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s.\-()]/g, '');
}

/** Vietnamese numbers have 10 digits since the 2018–2019 renumbering, starting with 0. */
export function checkPhone(phone: string): RuleResult {
  return /^0\d{9}$/.test(phone) ? PASS : fail('RULE_PHONE_FORMAT', vi.phone.format);
}

/** A birth date cannot be after today, nor before 1900 (no citizen ID century exists for it). */
export function checkBirthDate(birthDate: IsoDate, today: IsoDate): RuleResult {
  if (birthDate > today) return fail('RULE_BIRTH_DATE', vi.field.dateInFuture);
  if (birthDate < '1900-01-01') return fail('RULE_BIRTH_DATE', vi.field.invalidDate);
  return PASS;
}
