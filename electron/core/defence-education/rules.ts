import {
  dqeduCategoryShortLabels,
  dqeduPassedResults,
  type DqeduCategory,
  type DqeduResult,
} from '../../../vocabulary/defence-education';
import { citeRule } from '../law';
import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import { categoriesOn } from './categories';

const e = () => vi.errors;

/** A course's last day is on or after its first. */
export function checkCourseDates(startsOn: IsoDate, endsOn: IsoDate): RuleResult {
  return endsOn < startsOn ? fail('RULE_DQEDU_DATES', e().RULE_DQEDU_DATES) : PASS;
}

/** The plan precedes the course and is not in the future (a plan is recorded, not foreseen). */
export function checkPlannedOn(plannedOn: IsoDate | null, startsOn: IsoDate, today: IsoDate): RuleResult {
  if (plannedOn === null) return PASS;
  return plannedOn > startsOn || plannedOn > today ? fail('RULE_DQEDU_PLANNED_ON', e().RULE_DQEDU_PLANNED_ON) : PASS;
}

/** Art. 2 Decree 13/2014/NĐ-CP: the category is one of the list in force on the course's first day. */
export function checkCategoryInForce(category: DqeduCategory, startsOn: IsoDate): RuleResult {
  return categoriesOn(startsOn).includes(category)
    ? PASS
    : fail(
        'RULE_DQEDU_CATEGORY_NOT_IN_FORCE',
        format(e().RULE_DQEDU_CATEGORY_NOT_IN_FORCE, { date: formatDisplayDate(startsOn) }),
      );
}

/**
 * Art. 2 Decree 13/2014/NĐ-CP (as amended by Decree 139/2020/NĐ-CP): each category is convened and
 * trained on its own programme (Circular 38/2014/TT-BQP: 32 periods for đối tượng 4), so a person
 * recorded in another category does not join the course.
 */
export function checkParticipantCategory(
  recorded: DqeduCategory,
  course: { category: DqeduCategory; startsOn: IsoDate },
  name: string,
): RuleResult {
  if (recorded === course.category) return PASS;
  return fail(
    'RULE_DQEDU_CATEGORY',
    format(e().RULE_DQEDU_CATEGORY, {
      name,
      recorded: dqeduCategoryShortLabels[recorded],
      course: dqeduCategoryShortLabels[course.category],
      cite: citeRule('defence-education.categories', course.startsOn),
    }),
  );
}

export const hasPassed = (result: DqeduResult | null): boolean =>
  result !== null && dqeduPassedResults.includes(result);

/**
 * Art. 18(4) Law 30/2013/QH13: who completes the programme gets a certificate — so a certificate
 * number only beside a passing result, dated no earlier than the course's last day.
 */
export function checkCertificate(
  row: { result: DqeduResult | null; certificateNo: string; certificateOn: IsoDate | null },
  endsOn: IsoDate,
): RuleResult {
  const hasCertificate = row.certificateNo !== '' || row.certificateOn !== null;
  if (hasCertificate && !hasPassed(row.result)) {
    return fail(
      'RULE_DQEDU_CERTIFICATE',
      format(e().RULE_DQEDU_CERTIFICATE, { cite: citeRule('defence-education.certificate', endsOn) }),
    );
  }
  if (row.certificateOn !== null && row.certificateOn < endsOn) {
    return fail(
      'RULE_DQEDU_CERTIFICATE_DATE',
      format(e().RULE_DQEDU_CERTIFICATE_DATE, { endsOn: formatDisplayDate(endsOn) }),
    );
  }
  return PASS;
}

/** A course is recorded as held only once its last day has come. */
export function checkMarkDone(endsOn: IsoDate, today: IsoDate): RuleResult {
  return endsOn > today
    ? fail('RULE_DQEDU_DONE_EARLY', format(e().RULE_DQEDU_DONE_EARLY, { endsOn: formatDisplayDate(endsOn) }))
    : PASS;
}

/** Share in per cent, 2 decimals; null without a denominator. */
export function shareOf(part: number, whole: number | null): number | null {
  return whole === null || whole <= 0 ? null : Math.round((part / whole) * 10_000) / 100;
}
