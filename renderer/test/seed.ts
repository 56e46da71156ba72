import type { ApiInput } from '../../electron/core/api/contract';

let serial = 0;

/**
 * A person for `people.create` from a full name (family, middle, given) and a birth date, with a
 * citizen ID that agrees with both (Decree 137/2015: 4th digit century and sex, 5th–6th the year).
 */
export function personInput(
  fullName: string,
  birthDate = '2005-03-15',
  extra: Partial<ApiInput<'people.create'>> = {},
): ApiInput<'people.create'> {
  const words = fullName.split(' ');
  const sex = extra.sex ?? 'M';
  const century = Math.floor((Number(birthDate.slice(0, 4)) - 1900) / 100) * 2 + (sex === 'F' ? 1 : 0);
  return {
    familyName: words[0]!,
    middleName: words.slice(1, -1).join(' '),
    givenName: words[words.length - 1]!,
    birthDate,
    sex,
    citizenId: `001${century}${birthDate.slice(2, 4)}${String(++serial).padStart(6, '0')}`,
    ...extra,
  };
}
