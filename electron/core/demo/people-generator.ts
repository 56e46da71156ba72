import { lowerFirst } from '../../../vocabulary/text';
import type { z } from 'zod';
import type { personCreateInput } from '../people/schema';
import type { Sex } from '../people/rules';
import { addDays, addYears, ageOn, type IsoDate } from '../shared/dates';
import {
  ADULT_EDUCATION,
  ARCHIVE_NOTES,
  ETHNICITIES,
  FAMILY_NAMES,
  GIVEN_NAMES_FEMALE,
  GIVEN_NAMES_MALE,
  GRADUATE_EDUCATION,
  GRADUATE_OCCUPATIONS,
  MIDDLE_NAMES_FEMALE_OLD,
  MIDDLE_NAMES_FEMALE_YOUNG,
  MIDDLE_NAMES_MALE_OLD,
  MIDDLE_NAMES_MALE_YOUNG,
  MOBILE_PREFIXES,
  MONG_GIVEN_FEMALE,
  MONG_GIVEN_MALE,
  MONG_MIDDLE_MALE,
  RELIGIONS,
  STREETS,
  WORKING_OCCUPATIONS,
  type Weighted,
} from './names';
import type { Random } from './random';

/** Where a demo person lives: a village / residential group, or just the ward or commune. */
export interface DemoHome {
  localityId: string;
  kind: 'ward' | 'commune' | 'village' | 'residential_group';
  name: string;
  /** The ward or commune the home is in (itself when the home is the ward or commune). */
  areaId: string;
  areaName: string;
}

export interface DemoPersonDraft {
  input: z.input<typeof personCreateInput>;
  /** Archived after creation, so the archive view has something in it. */
  archive: boolean;
}

/**
 * Age groups an office actually registers: young men for conscription
 * (first registration at 17, call-up to 25, 27 after college), adults of
 * militia and reserve age, older residents, and pupils nearing 17.
 */
export type AgeGroup = 'conscript' | 'adult' | 'older' | 'pupil';
const AGE_GROUPS: Weighted<AgeGroup> = [
  ['conscript', 42],
  ['adult', 32],
  ['older', 18],
  ['pupil', 8],
];
const AGE_RANGES: Record<AgeGroup, readonly [number, number]> = {
  conscript: [17, 27],
  adult: [18, 45],
  older: [46, 75],
  pupil: [14, 16],
};
const MALE_SHARE: Record<AgeGroup, number> = { conscript: 1, adult: 0.55, older: 0.48, pupil: 0.5 };

/** Birth registration province codes of the citizen ID: Bắc Kạn mostly, some born in Thái Nguyên. */
const BIRTH_PROVINCES: Weighted<string> = [
  ['006', 88],
  ['019', 12],
];

/** The youngest age at which a diploma is plausible. */
const DIPLOMA_MIN_AGE: Record<string, number> = { 'Trung cấp': 19, 'Cao đẳng': 21, 'Đại học': 22, 'Thạc sĩ': 24 };

/** A handful of archived people among the adults: enough to show the archive view. */
const ARCHIVE_SHARE = 0.02;

export interface GeneratorOptions {
  /** Only this group, aged within `ages` on `today` (the 2023 history picks who it needs). */
  only?: { group: AgeGroup; ages: readonly [number, number] };
  /** Citizen IDs and phone numbers already given out, shared by the generators of one office. */
  taken?: { citizenIds: Set<string>; phones: Set<string> };
}

/** Returns a function making one invented person per call; ids and phones never repeat within a run. */
export function createPeopleGenerator(
  rng: Random,
  today: IsoDate,
  options: GeneratorOptions = {},
): (home: DemoHome) => DemoPersonDraft {
  const citizenIds = options.taken?.citizenIds ?? new Set<string>();
  const phones = options.taken?.phones ?? new Set<string>();

  function birthDateAt(age: number): IsoDate {
    // A day in the year before the `age`-th birthday, so the age on `today` is exactly `age`.
    return addDays(addYears(today, -(age + 1)), rng.int(1, 365));
  }

  function citizenId(birthDate: IsoDate, sex: Sex): string {
    const year = Number(birthDate.slice(0, 4));
    // Circular 59/2021/TT-BCA: (century − 20) × 2, plus 1 for women.
    const centuryDigit = (Math.floor(year / 100) - 19) * 2 + (sex === 'F' ? 1 : 0);
    const prefix = `${rng.weighted(BIRTH_PROVINCES)}${centuryDigit}${String(year % 100).padStart(2, '0')}`;
    let id = prefix + rng.digits(6);
    while (citizenIds.has(id)) id = prefix + rng.digits(6);
    citizenIds.add(id);
    return id;
  }

  function phone(): string {
    let value = rng.pick(MOBILE_PREFIXES) + rng.digits(7);
    while (phones.has(value)) value = rng.pick(MOBILE_PREFIXES) + rng.digits(7);
    phones.add(value);
    return value;
  }

  function names(ethnicity: string, sex: Sex, age: number) {
    const familyName = rng.pick(FAMILY_NAMES[ethnicity] ?? FAMILY_NAMES.Kinh!);
    if (ethnicity === 'Mông') {
      return sex === 'M'
        ? { familyName, middleName: rng.pick(MONG_MIDDLE_MALE), givenName: rng.pick(MONG_GIVEN_MALE) }
        : { familyName, middleName: 'Thị', givenName: rng.pick(MONG_GIVEN_FEMALE) };
    }
    const older = age >= 40;
    const middles =
      sex === 'M'
        ? older
          ? MIDDLE_NAMES_MALE_OLD
          : MIDDLE_NAMES_MALE_YOUNG
        : older
          ? MIDDLE_NAMES_FEMALE_OLD
          : MIDDLE_NAMES_FEMALE_YOUNG;
    const givens = sex === 'M' ? GIVEN_NAMES_MALE : GIVEN_NAMES_FEMALE;
    let middleName = rng.pick(middles);
    while (middleName === familyName) middleName = rng.pick(middles);
    let givenName = rng.pick(givens);
    while (givenName === middleName || givenName === familyName) givenName = rng.pick(givens);
    return { familyName, middleName, givenName };
  }

  function work(age: number, sex: Sex): { occupation: string; education: string } {
    if (age <= 16 || (age === 17 && rng.chance(0.75))) {
      return { occupation: 'Học sinh', education: `${age - 6}/12` };
    }
    if (age >= 18 && age <= 22 && rng.chance(0.3)) return { occupation: 'Sinh viên', education: '12/12' };
    if (age >= 60 && rng.chance(0.5)) return { occupation: 'Nghỉ hưu', education: schooling(age) };
    if (sex === 'F' && age >= 22 && rng.chance(0.12)) {
      return { occupation: 'Nội trợ', education: schooling(age) };
    }
    let occupation = rng.weighted(WORKING_OCCUPATIONS);
    // Nobody is a teacher or an official with a degree at 18.
    while (age < 23 && GRADUATE_OCCUPATIONS.includes(occupation)) occupation = rng.weighted(WORKING_OCCUPATIONS);
    const education = schooling(age, GRADUATE_OCCUPATIONS.includes(occupation) ? GRADUATE_EDUCATION : ADULT_EDUCATION);
    return { occupation, education };
  }

  function schooling(age: number, levels: Weighted<string> = ADULT_EDUCATION): string {
    let education = rng.weighted(levels);
    while (age < (DIPLOMA_MIN_AGE[education] ?? 0)) education = rng.weighted(levels);
    return education;
  }

  function address(home: DemoHome): string {
    const area = lowerFirst(home.areaName);
    const street = () => `Số ${rng.int(1, 250)}, đường ${rng.pick(STREETS)}`;
    switch (home.kind) {
      case 'residential_group':
        return `${street()}, ${lowerFirst(home.name)}, ${area}`;
      case 'village':
        return `${home.name}, ${area}`;
      case 'ward':
        return `${street()}, ${area}`;
      case 'commune':
        return home.areaName;
    }
  }

  return (home) => {
    const group = options.only?.group ?? rng.weighted(AGE_GROUPS);
    const [minAge, maxAge] = options.only?.ages ?? AGE_RANGES[group];
    const age = rng.int(minAge, maxAge);
    const sex: Sex = rng.chance(MALE_SHARE[group]) ? 'M' : 'F';
    const birthDate = birthDateAt(age);
    if (ageOn(birthDate, today) !== age) throw new Error('demo birth date arithmetic is off');
    const ethnicity = rng.weighted(ETHNICITIES);
    const archive = age >= 20 && rng.chance(ARCHIVE_SHARE);
    return {
      archive,
      input: {
        ...names(ethnicity, sex, age),
        birthDate,
        sex,
        // A few older residents still have only a paper record without the 12-digit number.
        citizenId: age > 65 && rng.chance(0.3) ? '' : citizenId(birthDate, sex),
        localityId: home.localityId,
        address: address(home),
        phone: rng.chance(age < 17 ? 0.4 : 0.9) ? phone() : '',
        ethnicity,
        religion: rng.weighted(RELIGIONS),
        ...work(age, sex),
        notes: archive ? rng.pick(ARCHIVE_NOTES) : '',
      },
    };
  };
}
