import { citeRule, legalRule } from '../law';
import { format, vi } from '../messages/vi';
import type { Sex } from '../people';
import { addDays, ageOn, daysBetween, formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import { ageBreakdown, birthdayAt, formatAge } from './age';
import { checkCircular68Exclusions, type HealthMeasures } from './health-standards';
import { isLegalPoint, type LegalPointKind, pointLetter, pointsOf } from './points';
import {
  CALLABLE_HEALTH_CLASSES,
  type CampaignStatus,
  canTransition,
  type ConscriptionState,
  HEALTH_CLASSES,
  type ServiceBranch,
  type RegistrationMethod,
  stateLabel,
} from './states';

/**
 * Every message cites the text applied on the record's reference date (for a campaign, its
 * handover date), taken from the legal register (law/): a 2023 campaign cites the texts of 2023, a
 * 2026 one the 2025 amendments. The rule ids below are the register's.
 */
export const RULE_IDS = {
  age: 'conscription.age',
  healthClass: 'conscription.health-class',
  exemption: 'conscription.exemption',
  deferralPoints: 'conscription.deferral-points',
  notice: 'conscription.call-up-notice',
  firstRegistration: 'conscription.first-registration',
  callUpDecision: 'conscription.call-up-decision',
} as const;

/** A failed rule: what `checkOfficialListEligibility` collects. */
export type RuleFailure = Extract<RuleResult, { ok: false }>;

/** Art. 30 Luật NVQS: "từ đủ 18 tuổi đến hết 25 tuổi", "đến hết 27 tuổi" after a college/university deferral. */
export const MIN_CALL_UP_AGE = 18;
export const MAX_CALL_UP_AGE = 25;
export const MAX_CALL_UP_AGE_STUDY = 27;

/** Art. 34(6) Luật NVQS: the order reaches the citizen at least 15 days before reporting. */
export const MIN_NOTICE_DAYS = 15;

/**
 * Art. 30: the first and last day a citizen may be handed over — the 18th
 * birthday, and the day before the 26th (28th with a study deferral) birthday,
 * i.e. "hết 25 (27) tuổi". 29 Feb birthdays count from 1 Mar in common years.
 */
export function callUpAgeWindow(
  birthDate: IsoDate,
  hasStudyDeferral: boolean,
): { from: IsoDate; to: IsoDate; maxAge: number } {
  const maxAge = hasStudyDeferral ? MAX_CALL_UP_AGE_STUDY : MAX_CALL_UP_AGE;
  return {
    from: birthdayAt(birthDate, MIN_CALL_UP_AGE),
    to: addDays(birthdayAt(birthDate, maxAge + 1), -1),
    maxAge,
  };
}

/**
 * Art. 30 Luật NVQS 78/2015: call-up age on the handover date is from the 18th
 * birthday to the end of age 25; to the end of age 27 for a citizen trained at
 * college or university who was deferred for it (Art. 41(1)(g), higher-education
 * part only — a general-school deferral does not extend the age).
 */
export function checkCallUpAge(birthDate: IsoDate, handoverDate: IsoDate, hasStudyDeferral: boolean): RuleResult {
  if (birthDate > handoverDate) {
    return fail(
      'RULE_AGE_OUT_OF_RANGE',
      format(vi.conscription.age.notBorn, {
        birthDate: formatDisplayDate(birthDate),
        handoverDate: formatDisplayDate(handoverDate),
      }),
    );
  }
  const window = callUpAgeWindow(birthDate, hasStudyDeferral);
  const age = ageOn(birthDate, handoverDate);
  if (age >= MIN_CALL_UP_AGE && age <= window.maxAge) return PASS;
  const template = age < MIN_CALL_UP_AGE ? vi.conscription.age.tooYoung : vi.conscription.age.tooOld;
  return fail(
    'RULE_AGE_OUT_OF_RANGE',
    format(template, {
      handoverDate: formatDisplayDate(handoverDate),
      age: formatAge(ageBreakdown(birthDate, handoverDate)),
      maxAge: window.maxAge,
      studyNote: hasStudyDeferral ? vi.conscription.age.studyNote : '',
      citation: citeRule(RULE_IDS.age, handoverDate),
      from: formatDisplayDate(window.from),
      to: formatDisplayDate(window.to),
    }),
  );
}

/**
 * Art. 31 Luật NVQS with the ministry's health standards in force on `on` (Joint Circular
 * 16/2016 to 31/12/2023, Circular 105/2023/TT-BQP from 01/01/2024; Circular 148/2018 as amended
 * by 68/2025 from 01/07/2025): classes 1–6, only classes 1, 2, 3 may be called up. No exam result
 * yet is a refusal too. The classes did not change with the texts; the citation does.
 */
export function checkHealthClass(healthClass: number | null | undefined, on: IsoDate): RuleResult {
  const citation = citeRule(RULE_IDS.healthClass, on);
  if (healthClass === null || healthClass === undefined) {
    return fail('RULE_HEALTH_CLASS', format(vi.conscription.health.missing, { citation }));
  }
  if (!(HEALTH_CLASSES as readonly number[]).includes(healthClass)) {
    return fail('RULE_HEALTH_CLASS', format(vi.conscription.health.invalid, { healthClass }));
  }
  if (!CALLABLE_HEALTH_CLASSES.includes(healthClass)) {
    return fail('RULE_HEALTH_CLASS', format(vi.conscription.health.notCallable, { healthClass, citation }));
  }
  return PASS;
}

/**
 * Art. 41 Luật NVQS: a deferral is granted under one point of clause 1 (a–h),
 * an exemption under one point of clause 2 (a–đ). The decision must name it,
 * and it must be a point that clause has. Codes: 'dd' for đ.
 */
export function checkDeferralOrExemptionPoint(
  kind: LegalPointKind,
  point: string | null | undefined,
  on: IsoDate,
): RuleResult {
  const messages = vi.conscription.legalPoint[kind];
  const citation = citeRule(kind === 'deferral' ? RULE_IDS.deferralPoints : RULE_IDS.exemption, on);
  if (point === null || point === undefined || point.trim() === '') {
    return fail('RULE_LEGAL_POINT_REQUIRED', format(messages.missing, { citation }));
  }
  if (!isLegalPoint(kind, point)) {
    return fail(
      'RULE_LEGAL_POINT_REQUIRED',
      format(messages.unknown, { point, points: pointsOf(kind).map(pointLetter).join(', '), citation }),
    );
  }
  return PASS;
}

/** Art. 41(2) Luật NVQS: a citizen exempted from call-up is not called (a volunteer under Art. 41(3) must first leave the exempted state). */
export function checkNotExempted(isExempted: boolean, on: IsoDate): RuleResult {
  if (!isExempted) return PASS;
  return fail('RULE_EXEMPTED', format(vi.conscription.exempted, { citation: citeRule(RULE_IDS.exemption, on) }));
}

/**
 * Art. 34(6) Luật NVQS: the call-up order must reach the citizen at least 15
 * days before the report (handover) date. Delivered exactly 15 days before is
 * enough. Fewer days is a warning, not a block: the office may still hand over.
 */
export function checkCallUpNotice(deliveredOn: IsoDate, reportOn: IsoDate): RuleResult {
  const days = daysBetween(deliveredOn, reportOn);
  if (days >= MIN_NOTICE_DAYS) return PASS;
  const values = {
    deliveredOn: formatDisplayDate(deliveredOn),
    reportOn: formatDisplayDate(reportOn),
    days,
    minDays: MIN_NOTICE_DAYS,
    citation: citeRule(RULE_IDS.notice, reportOn),
  };
  const template = days > 0 ? vi.conscription.notice.short : vi.conscription.notice.late;
  return fail('RULE_CALL_UP_NOTICE', format(template, values), 'warning');
}

/**
 * The day online registration came into the law: the first version of the first-registration rule
 * whose Art. 16 is the amended one (Art. 16 Luật NVQS as amended by Law 98/2025/QH15, 01/07/2025).
 * Read from the legal register, so a corrected date there corrects this rule too.
 */
export function onlineRegistrationSince(): IsoDate {
  const amended = legalRule(RULE_IDS.firstRegistration).versions.find((v) =>
    v.sources.some((s) => s.article === '16' && s.amendedBy !== undefined),
  );
  if (!amended) throw new Error('The legal register has no amended Art. 16 for the first registration');
  return amended.from as IsoDate;
}

/**
 * Art. 16 Luật NVQS as amended by Law 98/2025/QH15 (in force 01/07/2025): the first registration is
 * made "trực tiếp hoặc trực tuyến". An online registration dated before that gives a WARNING, not a
 * refusal: the 2015 text did not provide for it, but we could not verify that no online channel
 * (a pilot, the public-services portal) was used before, so a clerk's record of it stands, flagged
 * for a second look (a wrong date or method is the likelier cause). The message cites the text in
 * force on the registration day. In person, or not recorded, never warns.
 */
export function checkRegistrationMethod(method: RegistrationMethod | null | undefined, on: IsoDate): RuleResult {
  const since = onlineRegistrationSince();
  if (method !== 'online' || on >= since) return PASS;
  const values = {
    date: formatDisplayDate(on),
    since: formatDisplayDate(since),
    citation: citeRule(RULE_IDS.firstRegistration, on),
  };
  return fail('RULE_ONLINE_REGISTRATION', format(vi.conscription.record.onlineBeforeLaw, values), 'warning');
}

/**
 * Issue 3 / office practice (records of a completed handover are evidence):
 * once a campaign is closed, its records change only through a correction
 * that is itself recorded (who, when, why).
 */
export function checkCampaignOpen(status: CampaignStatus, isCorrection: boolean): RuleResult {
  return status === 'open' || isCorrection ? PASS : fail('RULE_CAMPAIGN_CLOSED', vi.conscription.campaignClosed);
}

/** The order of the office's year (see states.ts): a normal move must follow the transitions table. */
export function checkTransition(from: ConscriptionState, to: ConscriptionState): RuleResult {
  return canTransition(from, to)
    ? PASS
    : fail('RULE_TRANSITION', format(vi.conscription.transition, { from: stateLabel(from), to: stateLabel(to) }));
}

export interface OfficialListCandidate {
  birthDate: IsoDate;
  handoverDate: IsoDate;
  /** Deferred under Art. 41(1)(g) for college/university study (extends the age to 27). */
  hasStudyDeferral: boolean;
  healthClass: number | null | undefined;
  /** The exam's day: the health standard in force then applies (Circular 105/2023's transition); the handover date when unknown. */
  healthExamOn?: IsoDate | null;
  isExempted: boolean;
  campaignStatus: CampaignStatus;
  isCorrection?: boolean;
  /** When given, moving from this state to the official list must be allowed by the transitions table. */
  currentState?: ConscriptionState;
  /** The last exam's figures, judged under Circular 68/2025/TT-BQP from its effective date. */
  measures?: HealthMeasures;
  /** Army or police, when already chosen: the 68/2025 exclusions are the Army's. */
  branch?: ServiceBranch | null;
}

/**
 * Putting a citizen on the official list (chốt danh sách chính thức): the
 * campaign is open (or this is a correction), the record is at the right step,
 * not exempted (Art. 41(2)), of call-up age on the handover date (Art. 30) and
 * health class 1–3 (Circular 105/2023). Returns every failure, errors and
 * warnings, so a screen can show all the reasons at once; empty = eligible.
 */
export function checkOfficialListEligibility(candidate: OfficialListCandidate): RuleFailure[] {
  const results: RuleResult[] = [
    checkCampaignOpen(candidate.campaignStatus, candidate.isCorrection ?? false),
    candidate.currentState && !candidate.isCorrection ? checkTransition(candidate.currentState, 'official_list') : PASS,
  ];
  return [...results.filter((result): result is RuleFailure => !result.ok), ...checkCallUpEligibility(candidate)];
}

/**
 * The steps that take a citizen towards the army (or the police): the official list, the reserve
 * list, the call-up order and the handover. Each re-checks the law, since the record may have
 * changed since the step before (a corrected birth date, an exemption, a new exam).
 */
export const CALL_UP_STEPS: readonly ConscriptionState[] = [
  'official_list',
  'reserve_list',
  'call_up_ordered',
  'handed_over',
];

/**
 * What every step towards the army re-checks: not exempted (Art. 41(2) Luật NVQS), the call-up age on
 * the handover date (Art. 30), a health class that may be called (Art. 31; classes 1–3 under the
 * standard in force on the exam's day, see checkHealthClass) and, for a handover from 01/07/2025, the
 * exam's figures (point c clause 3 Art. 4 Circular 68/2025/TT-BQP, see health-standards.ts).
 * Refusals, in that order.
 */
export function checkCallUpEligibility(
  candidate: Pick<
    OfficialListCandidate,
    | 'birthDate'
    | 'handoverDate'
    | 'hasStudyDeferral'
    | 'healthClass'
    | 'healthExamOn'
    | 'isExempted'
    | 'measures'
    | 'branch'
  >,
): RuleFailure[] {
  const results: RuleResult[] = [
    checkNotExempted(candidate.isExempted, candidate.handoverDate),
    checkCallUpAge(candidate.birthDate, candidate.handoverDate, candidate.hasStudyDeferral),
    checkHealthClass(candidate.healthClass, candidate.healthExamOn ?? candidate.handoverDate),
    ...(candidate.measures
      ? checkCircular68Exclusions(candidate.measures, candidate.handoverDate, candidate.branch)
      : []),
  ];
  return results.filter((result): result is RuleFailure => !result.ok);
}

/**
 * Art. 12(1) and 16 Luật NVQS: males register for the first time in the year
 * they turn 17; in January the commune lists "công dân nam đủ 17 tuổi trong
 * năm". For a registration year this gives the birth year and the birth-date
 * range to list (a 29 Feb birth still turns 17 within its year).
 */
export function turning17Year(registrationYear: number): { birthYear: number; bornFrom: IsoDate; bornTo: IsoDate } {
  const birthYear = registrationYear - 17;
  const pad = String(birthYear).padStart(4, '0');
  return { birthYear, bornFrom: `${pad}-01-01`, bornTo: `${pad}-12-31` };
}

/** Art. 12(1) and 16 Luật NVQS: is this a male who turns 17 during `year` (so belongs on that year's first-registration list)? */
export function isMale17InYear(birthDate: IsoDate, sex: Sex, year: number): boolean {
  return sex === 'M' && Number(birthDate.slice(0, 4)) === turning17Year(year).birthYear;
}
