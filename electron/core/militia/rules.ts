import { birthdayAt } from '../conscription';
import { format, vi } from '../messages/vi';
import type { Sex } from '../people';
import { addDays, addYears, ageOn, daysBetween, formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import type { MilitiaComponent, MilitiaForce, MilitiaLevel, MilitiaPosition } from './constants';

const t = vi.militia;

/** Art. 8 Luật DQTV 48/2019: "từ đủ 18 tuổi đến hết 45 tuổi" (men), "đến hết 40 tuổi" (women). */
export const MIN_AGE = 18;
export const MAX_AGE: Record<Sex, number> = { M: 45, F: 40 };
/** Art. 8(1): a volunteer may serve "đến hết 50 tuổi" (men), "đến hết 45 tuổi" (women). */
export const MAX_AGE_VOLUNTEER: Record<Sex, number> = { M: 50, F: 45 };

/** Art. 8(2), first sentence: the term is 4 years; 2 years for standing militia (dân quân thường trực). */
export const TERM_YEARS = 4;
export const TERM_YEARS_STANDING = 2;
/** Art. 8(2), second sentence: the term may be extended by no more than 2 years (see `extensionLimit` for the exceptions). */
export const MAX_EXTENSION_YEARS = 2;
/** Office practice: a term ending within 90 days needs the office's attention (extend or end). */
export const TERM_WARNING_DAYS = 90;

export const maxAgeFor = (sex: Sex, volunteer: boolean): number => (volunteer ? MAX_AGE_VOLUNTEER[sex] : MAX_AGE[sex]);

/** The first day a person is past the age limit: the birthday after "hết {max} tuổi". */
export const ageLimitDate = (birthDate: IsoDate, sex: Sex, volunteer: boolean): IsoDate =>
  birthdayAt(birthDate, maxAgeFor(sex, volunteer) + 1);

/**
 * Art. 8 Luật DQTV 48/2019: on the day one joins, from the 18th birthday to the
 * end of age 45 (men) / 40 (women); volunteers to the end of 50 / 45. The
 * reason names the age and the limit, and hints at volunteering when it would help.
 */
export function checkMilitiaAge(birthDate: IsoDate, sex: Sex, startedOn: IsoDate, volunteer: boolean): RuleResult {
  const values = { startedOn: formatDisplayDate(startedOn), birthDate: formatDisplayDate(birthDate) };
  if (birthDate > startedOn) return fail('RULE_MILITIA_AGE', format(t.age.notBorn, values));
  const age = ageOn(birthDate, startedOn);
  if (age < MIN_AGE) return fail('RULE_MILITIA_AGE', format(t.age.tooYoung, { ...values, age }));
  const maxAge = maxAgeFor(sex, volunteer);
  if (age <= maxAge) return PASS;
  const hint =
    !volunteer && age <= MAX_AGE_VOLUNTEER[sex]
      ? format(t.age.volunteerHint, { volunteerMax: MAX_AGE_VOLUNTEER[sex] })
      : '';
  const message = format(t.age.tooOld, {
    ...values,
    age,
    maxAge,
    sex: t.sex[sex],
    volunteerNote: volunteer ? t.age.volunteerNote : '',
  });
  return fail('RULE_MILITIA_AGE', message + hint);
}

/** Art. 8(2) Luật DQTV: 4 years, 2 for the standing militia, counted from the start date. */
export function termEndsOn(startedOn: IsoDate, component: MilitiaComponent): IsoDate {
  return addYears(startedOn, component === 'standing' ? TERM_YEARS_STANDING : TERM_YEARS);
}

/** The last extension date allowed for an ordinary member (Art. 8(2)): 2 years past the term end. */
export const maxExtensionDate = (termEnds: IsoDate): IsoDate => addYears(termEnds, MAX_EXTENSION_YEARS);

/** Who may be extended longer (Art. 8(2)): sea militia, self-defence (tự vệ), or a unit commander. */
export type ExtensionGround = 'sea' | 'self_defence' | 'commander' | null;

/**
 * Art. 8(2) Luật DQTV 48/2019, second sentence: "đối với dân quân biển, tự vệ và
 * chỉ huy đơn vị Dân quân tự vệ được kéo dài hơn nhưng không quá độ tuổi quy
 * định tại khoản 1". Every position other than a plain member (chiến sĩ) is a
 * command position (Art. 20 lists them, deputies included), so it counts as a
 * unit commander here. Self-defence comes first: its sea units are tự vệ too.
 */
export function extensionGround(m: {
  force: MilitiaForce;
  component: MilitiaComponent;
  position: MilitiaPosition;
}): ExtensionGround {
  if (m.force === 'self_defence') return 'self_defence';
  if (m.component === 'sea') return 'sea';
  if (m.position !== 'member') return 'commander';
  return null;
}

/**
 * The last day an extension may run to (Art. 8(2)). Ordinary members: 2 years
 * past the term end. The exceptions may go longer, to the last day of the age
 * of Art. 8(1) (the member's own limit, the volunteer's when they volunteered);
 * "longer" never makes it shorter, so their cap is the later of the two.
 */
export function extensionLimit(m: {
  termEndsOn: IsoDate;
  birthDate: IsoDate;
  sex: Sex;
  volunteer: boolean;
  ground: ExtensionGround;
}): IsoDate {
  const twoYears = maxExtensionDate(m.termEndsOn);
  if (m.ground === null) return twoYears;
  const lastDayOfAge = addDays(ageLimitDate(m.birthDate, m.sex, m.volunteer), -1);
  return lastDayOfAge > twoYears ? lastDayOfAge : twoYears;
}

/**
 * Art. 8(2) Luật DQTV: an extension runs past the term end, by no more than 2
 * years — or, for sea militia, self-defence and unit commanders, up to the age
 * limit of Art. 8(1). The message names the clause and the ground applied.
 */
export function checkExtension(
  m: { termEndsOn: IsoDate; birthDate: IsoDate; sex: Sex; volunteer: boolean; ground: ExtensionGround },
  extendedUntil: IsoDate,
): RuleResult {
  const maxDate = extensionLimit(m);
  const values = { termEndsOn: formatDisplayDate(m.termEndsOn), maxDate: formatDisplayDate(maxDate) };
  if (extendedUntil <= m.termEndsOn) return fail('RULE_MILITIA_EXTENSION', format(t.extension.notAfterTerm, values));
  if (extendedUntil <= maxDate) return PASS;
  if (m.ground === null) return fail('RULE_MILITIA_EXTENSION', format(t.extension.tooLong, values));
  return fail(
    'RULE_MILITIA_EXTENSION',
    format(t.extension.pastAgeLimit, {
      ...values,
      ground: t.extension.grounds[m.ground],
      maxAge: maxAgeFor(m.sex, m.volunteer),
    }),
  );
}

/** When service actually ends: the extension if any, else the term. */
export const serviceEndsOn = (m: { termEndsOn: IsoDate; extendedUntil: IsoDate | null }): IsoDate =>
  m.extendedUntil ?? m.termEndsOn;

/**
 * Office practice on Art. 8(2): a term (or extension) ending within 90 days
 * of `today` — or already over without the membership being ended — is flagged.
 */
export function checkTermEnding(endsOn: IsoDate, today: IsoDate): RuleResult {
  const days = daysBetween(today, endsOn);
  if (days > TERM_WARNING_DAYS) return PASS;
  const values = { endsOn: formatDisplayDate(endsOn), days };
  if (days < 0) return fail('RULE_MILITIA_TERM_OVER', format(t.warnings.termOver, values), 'warning');
  return fail('RULE_MILITIA_TERM_ENDING', format(t.warnings.termEndingSoon, values), 'warning');
}

/** True when the term is over or ends within 90 days (the "term ending soon" filter and count). */
export const termEndsSoon = (endsOn: IsoDate, today: IsoDate): boolean =>
  daysBetween(today, endsOn) <= TERM_WARNING_DAYS;

/** The last service day counted for "ending soon": today + 90 days. */
export const termSoonCutoff = (today: IsoDate): IsoDate => addDays(today, TERM_WARNING_DAYS);

/**
 * Art. 8 Luật DQTV: a member who is already past the age limit, or will be
 * before the term (extension) ends, is flagged so the office can end or replace them.
 */
export function checkAgeLimit(
  m: { birthDate: IsoDate; sex: Sex; volunteer: boolean; endsOn: IsoDate },
  today: IsoDate,
): RuleResult {
  const limitDate = ageLimitDate(m.birthDate, m.sex, m.volunteer);
  const values = {
    limitDate: formatDisplayDate(limitDate),
    endsOn: formatDisplayDate(m.endsOn),
    maxAge: maxAgeFor(m.sex, m.volunteer),
  };
  if (limitDate <= today) return fail('RULE_MILITIA_PAST_AGE', format(t.warnings.pastAgeLimit, values), 'warning');
  if (limitDate <= m.endsOn) {
    return fail('RULE_MILITIA_PAST_AGE', format(t.warnings.reachesAgeLimit, values), 'warning');
  }
  return PASS;
}

/** Unit levels, lowest first: tổ/tiểu đội/khẩu đội/thuyền < trung đội < đại đội/hải đội < tiểu đoàn/hải đoàn. */
export const LEVEL_RANK: Record<MilitiaLevel, number> = {
  team: 1,
  squad: 1,
  gun_crew: 1,
  boat: 1,
  platoon: 2,
  company: 3,
  sea_company: 3,
  battalion: 4,
  sea_battalion: 4,
};

/** Art. 16–17 Luật DQTV (organisation): a sub-unit is a lower level than the unit it belongs to. */
export function checkUnitLevel(level: MilitiaLevel, parentLevel: MilitiaLevel | null): RuleResult {
  if (parentLevel === null || LEVEL_RANK[level] < LEVEL_RANK[parentLevel]) return PASS;
  return fail('RULE_MILITIA_UNIT_LEVEL', format(t.unit.levelBelowParent, { parentLevel: t.levels[parentLevel] }));
}

/** Militia is organised by commune/ward, self-defence by agency: a sub-unit belongs to the same one. */
export function checkUnitPlace(
  unit: { localityId: string | null; agency: string },
  parent: { localityId: string | null; agency: string } | null,
): RuleResult {
  if (parent === null || (unit.localityId === parent.localityId && unit.agency === parent.agency)) return PASS;
  return fail('RULE_MILITIA_UNIT_PLACE', vi.errors.RULE_MILITIA_UNIT_PLACE);
}

/** What Art. 11's admission rule reads of a decision. */
export interface DecisionFacts {
  kind: 'deferral' | 'exemption';
  point: string;
  decidedOn: IsoDate;
  decidedBy: string;
  validUntil: IsoDate | null;
}

/** A deferral holds from its decision to its last day, both included; an exemption from its decision on, without end. */
export const decisionInForce = (d: DecisionFacts, on: IsoDate): boolean =>
  d.decidedOn <= on && (d.validUntil === null || d.validUntil >= on);

/** "điểm a khoản 1" from the code '1-a'. */
export function pointCitation(point: string): string {
  const [clause, letter] = point.split('-');
  return format(t.decision.pointCitation, { clause: clause ?? '', point: letter ?? '' });
}

/**
 * Art. 11 Luật DQTV 48/2019: a person deferred (khoản 1) is not admitted while the deferral holds
 * on the start date — from the day after its last day it no longer stands in the way; a person
 * exempted (khoản 2) is not admitted at all. The message names the decision and the article.
 * (Art. 11(3) lets an exempted person who volunteers be considered; the office then changes or
 * records that on the decision first — the program does not guess it.)
 */
export function checkMilitiaDecisions(
  person: { fullName: string },
  decisions: readonly DecisionFacts[],
  startedOn: IsoDate,
): RuleResult {
  const blocking =
    decisions.find((d) => d.kind === 'exemption') ??
    decisions.find((d) => d.kind === 'deferral' && decisionInForce(d, startedOn));
  if (!blocking) return PASS;
  const values = {
    name: person.fullName,
    decidedOn: formatDisplayDate(blocking.decidedOn),
    decidedBy: blocking.decidedBy,
    point: pointCitation(blocking.point),
    startedOn: formatDisplayDate(startedOn),
    validUntil: blocking.validUntil ? formatDisplayDate(blocking.validUntil) : '',
  };
  if (blocking.kind === 'exemption') return fail('RULE_MILITIA_EXEMPT', format(t.decision.exempt, values));
  return fail('RULE_MILITIA_DEFERRED', format(t.decision.deferred, values));
}

/**
 * Art. 10 Luật DQTV 48/2019 (selection standards): a clear personal history, keeping the Party's
 * line and the State's law, fit enough for militia duty, and what else the law requires. Age is
 * Art. 8's rule (checked apart). The program holds no personal history or political assessment,
 * and for health at most the class of a military-service exam (a different standard: shown to
 * help, not judged) — so on admission it reminds the office to check them: a warning, never a refusal.
 */
export function checkSelectionStandards(lastExam: { healthClass: number; year: number } | null): RuleResult {
  const health = lastExam ? format(t.decision.lastHealthExam, lastExam) : t.decision.noHealthExam;
  return fail('RULE_MILITIA_SELECTION_STANDARDS', format(t.decision.selectionStandards, { health }), 'warning');
}
