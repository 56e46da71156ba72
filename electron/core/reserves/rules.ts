import {
  OFFICER_RANKS,
  PROFESSIONAL_RANKS,
  type OfficerRank,
  type ProfessionalRank,
  type Rank,
  type ReserveUnitKind,
  type ReservistCategory,
} from '../../../vocabulary/reserves';
import { format, vi } from '../messages/vi';
import type { Sex } from '../people';
import { addYears, ageOn, addDays, formatDisplayDate, type IsoDate, parseIsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';

/** The categories, ranks and unit kinds, with their labels, are the shared vocabulary's (vocabulary/reserves.ts). */
export {
  OFFICER_RANKS,
  PROFESSIONAL_RANKS,
  RANKS,
  RESERVE_UNIT_KINDS,
  RESERVIST_CATEGORIES,
  SOLDIER_RANKS,
  type OfficerRank,
  type ProfessionalRank,
  type Rank,
  type ReserveUnitKind,
  type ReservistCategory,
} from '../../../vocabulary/reserves';

export const GRADES = [1, 2] as const;

/**
 * Luật Lực lượng dự bị động viên 53/2019/QH14 (sắp xếp quân nhân dự bị vào
 * đơn vị): NCOs and soldiers go to a combat unit up to age 35, to a support
 * unit up to 45 (men) / 40 (women). "Up to 35" means through the day before
 * the 36th birthday, like "hết 35 tuổi".
 */
export const ASSIGNMENT_MAX_AGE = { combat: { M: 35, F: 35 }, support: { M: 45, F: 40 } } as const;

/**
 * Luật Lực lượng dự bị động viên 53/2019/QH14 (same article as above): a reserve
 * professional soldier (QNCN dự bị) goes to a combat unit up to 40, to a support
 * unit up to 45 (men) / 40 (women, "nữ quân nhân dự bị"). The article's number
 * was not read in the text itself; the ages are as the law is quoted.
 */
export const PROFESSIONAL_ASSIGNMENT_MAX_AGE = { combat: { M: 40, F: 40 }, support: { M: 45, F: 40 } } as const;

/**
 * The highest age of a reserve professional soldier, by rank band and sex. NOT
 * VERIFIED against the text: Law 98/2015/QH13 (QNCN, công nhân và viên chức quốc
 * phòng) Art. 17 sets these for active service — company grades 52 (men and women),
 * major and lieutenant colonel 54, senior lieutenant colonel 56 (men) / 55 (women) —
 * and the program assumes the same limits for the reserve until the article on
 * reserve QNCN is read. Named so one change fixes it everywhere.
 */
export const PROFESSIONAL_SERVICE_MAX_AGE = {
  company: { M: 52, F: 52 },
  field: { M: 54, F: 54 },
  senior: { M: 56, F: 55 },
} as const;

const professionalBand = (rank: Rank | null): keyof typeof PROFESSIONAL_SERVICE_MAX_AGE =>
  rank === 'senior_lieutenant_colonel'
    ? 'senior'
    : rank === 'major' || rank === 'lieutenant_colonel'
      ? 'field'
      : 'company';

/** Luật NVQS 78/2015 Art. 37 (độ tuổi phục vụ trong ngạch dự bị): NCOs and soldiers to the end of age 45 (men) / 40 (women). */
export const SOLDIER_SERVICE_MAX_AGE = { M: 45, F: 40 } as const;

/**
 * Luật Sĩ quan QĐND Việt Nam (Art. 38, as amended 2014): the highest age of a
 * reserve officer by rank — company grades (thiếu úy to đại úy) 51, major 53,
 * lieutenant colonel 56, senior lieutenant colonel 57, colonel 60.
 */
export const OFFICER_SERVICE_MAX_AGE: Record<OfficerRank, number> = {
  second_lieutenant: 51,
  lieutenant: 51,
  senior_lieutenant: 51,
  captain: 51,
  major: 53,
  lieutenant_colonel: 56,
  senior_lieutenant_colonel: 57,
  colonel: 60,
};

/** Art. 15 Luật LLDBĐV: a reserve unit may be staffed 10–15% above its establishment; never beyond 115% of a slot. */
export const MAX_SURPLUS_PERCENT = 15;
export const MIN_SURPLUS_PERCENT = 10;

export const isOfficerRank = (rank: Rank | null): rank is OfficerRank =>
  rank !== null && (OFFICER_RANKS as readonly string[]).includes(rank);

export const isProfessionalRank = (rank: Rank | null): rank is ProfessionalRank =>
  rank !== null && (PROFESSIONAL_RANKS as readonly string[]).includes(rank);

/**
 * The ISO text that a birth date must not exceed for the person to be at least
 * `age` on `on`. Compared as text, it agrees with `ageOn` also for 29 February
 * (the result may be "2001-02-29", which sorts right even though no such day exists).
 */
export function bornOnOrBefore(on: IsoDate, age: number): string {
  const d = parseIsoDate(on);
  if (!d) throw new RangeError(`Not an ISO date: ${on}`);
  return `${String(d.year - age).padStart(4, '0')}${on.slice(4)}`;
}

/**
 * Luật LLDBĐV 2019 (sắp xếp vào đơn vị chiến đấu / bảo đảm) for NCOs, soldiers
 * and professional soldiers, each with their own ages; for officers, the Officers
 * Law's age limit of their rank (an officer past it is no longer in the reserve).
 * Judged on `on`, the assignment date. Refusal (error).
 */
export function checkAssignmentAge(
  p: { birthDate: IsoDate; sex: Sex; category: ReservistCategory; rank: Rank | null },
  kind: ReserveUnitKind,
  on: IsoDate,
): RuleResult {
  const age = ageOn(p.birthDate, on);
  if (p.category === 'officer') {
    const maxAge = serviceAgeLimit(p);
    if (age <= maxAge) return PASS;
    return fail(
      'RULE_RESERVE_ASSIGNMENT_AGE',
      format(vi.reserves.rules.officerPastLimit, {
        on: formatDisplayDate(on),
        rank: isOfficerRank(p.rank) ? vi.reserves.ranks[p.rank].toLowerCase() : '',
        age,
        maxAge,
      }),
    );
  }
  const professional = p.category === 'professional';
  const maxAge = (professional ? PROFESSIONAL_ASSIGNMENT_MAX_AGE : ASSIGNMENT_MAX_AGE)[kind][p.sex];
  if (age <= maxAge) return PASS;
  return fail(
    'RULE_RESERVE_ASSIGNMENT_AGE',
    format(vi.reserves.rules.assignmentAge, {
      on: formatDisplayDate(on),
      age,
      who: professional ? vi.reserves.rules.whoProfessional : vi.reserves.rules.whoSoldier,
      kind: vi.reserves.unitKinds[kind],
      maxAge,
      sexNote: kind === 'support' ? format(vi.reserves.rules.assignmentAgeSexNote, { sex: vi.sex[p.sex] }) : '',
      lastDay: formatDisplayDate(addDays(addYears(p.birthDate, maxAge + 1), -1)),
    }),
  );
}

/** The highest age of reserve service for this reservist (NVQS Art. 37; Officers Law Art. 38; QNCN: see above). */
export function serviceAgeLimit(p: { sex: Sex; category: ReservistCategory; rank: Rank | null }): number {
  if (p.category === 'officer')
    return isOfficerRank(p.rank) ? OFFICER_SERVICE_MAX_AGE[p.rank] : OFFICER_SERVICE_MAX_AGE.captain;
  if (p.category === 'professional') return PROFESSIONAL_SERVICE_MAX_AGE[professionalBand(p.rank)][p.sex];
  return SOLDIER_SERVICE_MAX_AGE[p.sex];
}

/**
 * Luật NVQS Art. 37, Luật Sĩ quan Art. 38 and the QNCN limit above: a reservist older than the
 * limit of their category (rank, sex) is flagged for removal from the list.
 * A warning: the office decides and records the removal.
 */
export function checkServiceAge(
  p: { birthDate: IsoDate; sex: Sex; category: ReservistCategory; rank: Rank | null },
  on: IsoDate,
): RuleResult {
  const age = ageOn(p.birthDate, on);
  const maxAge = serviceAgeLimit(p);
  if (age <= maxAge) return PASS;
  const rank = isOfficerRank(p.rank) ? vi.reserves.ranks[p.rank].toLowerCase() : '';
  const who =
    p.category === 'officer'
      ? format(vi.reserves.rules.pastAgeLimitOfficer, { rank })
      : p.category === 'professional'
        ? format(vi.reserves.rules.pastAgeLimitProfessional, { rank, sex: vi.sex[p.sex] })
        : format(vi.reserves.rules.pastAgeLimitSoldier, { sex: vi.sex[p.sex] });
  return fail('RULE_RESERVE_PAST_AGE_LIMIT', format(vi.reserves.rules.pastAgeLimit, { age, maxAge, who }), 'warning');
}

/**
 * Art. 16 Luật LLDBĐV: a reservist is placed in a slot of their own military
 * specialty; when short, one of a near specialty. So a mismatch is allowed
 * but flagged (warning) and counted against the specialty-match rate.
 */
export function checkSpecialtyMatch(
  reservist: { specialtyId: string | null; specialtyLabel: string | null },
  slot: { specialtyId: string; specialtyLabel: string; title: string },
): RuleResult {
  if (reservist.specialtyId === slot.specialtyId) return PASS;
  return fail(
    'RULE_RESERVE_SPECIALTY_MISMATCH',
    format(vi.reserves.rules.specialtyMismatch, {
      reservist: reservist.specialtyLabel ?? vi.reserves.rules.noSpecialty,
      slot: slot.title,
      required: slot.specialtyLabel,
    }),
    'warning',
  );
}

/**
 * NVQS Art. 24–25, the Officers Law and Law 98/2015 Art. 16: an officer holds an
 * officer rank; a professional soldier a QNCN rank (thiếu úy to thượng tá); an
 * NCO or soldier a soldier rank or none yet.
 */
export function checkRankForCategory(category: ReservistCategory, rank: Rank | null): RuleResult {
  if (category === 'officer') {
    return isOfficerRank(rank) ? PASS : fail('RULE_RESERVE_RANK', vi.reserves.rules.officerRankRequired);
  }
  if (category === 'professional') {
    return isProfessionalRank(rank) ? PASS : fail('RULE_RESERVE_RANK', vi.reserves.rules.professionalRankRequired);
  }
  return rank === null || !isOfficerRank(rank) ? PASS : fail('RULE_RESERVE_RANK', vi.reserves.rules.soldierRankOnly);
}

/** Art. 15 Luật LLDBĐV: the most people one slot may hold, 115% of its requirement (rounded down). */
export function slotCapacity(required: number): number {
  return Math.floor((required * (100 + MAX_SURPLUS_PERCENT)) / 100);
}

/** Art. 15 Luật LLDBĐV: one more reservist must keep the slot within 115% of its requirement. Refusal (error). */
export function checkSlotCapacity(slot: { title: string; required: number }, assigned: number): RuleResult {
  const max = slotCapacity(slot.required);
  if (assigned + 1 <= max) return PASS;
  return fail(
    'RESERVE_SLOT_FULL',
    format(vi.errors.RESERVE_SLOT_FULL, { slot: slot.title, required: slot.required, assigned, max }),
  );
}

/** Percent with 2 decimals; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 10_000) / whole) / 100;
}

/**
 * Art. 15 Luật LLDBĐV: a unit's fill against its establishment, and its
 * surplus (people above the requirement) — the law asks for 10–15% surplus.
 */
export function unitFill(required: number, assigned: number) {
  const surplus = Math.max(0, assigned - required);
  return {
    fillRate: percent(assigned, required),
    surplus,
    surplusRate: percent(surplus, required),
  };
}
