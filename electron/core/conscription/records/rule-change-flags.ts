import { legalRule, versionCitation } from '../../law';
import { format, vi } from '../../messages/vi';
import { formatDisplayDate, type IsoDate } from '../../shared/dates';
import { RULE_IDS } from '../rules';
import { stateLabel, type CampaignStatus, type ConscriptionState } from '../states';
import type { RecordWarning } from './record-warnings';
import type { ConscriptionRecordView } from './view';

/**
 * The rules judged at a step of the year, by the step's date: when one changes between that date
 * and the handover, the record was judged by a text that no longer applies on the handover date.
 * In order of weight: for one exam, the new exclusions of Circular 68/2025 (BMI, dioptres) say
 * more than the new citation of the same health classes, and one flag per step and day is enough.
 */
const RULES_OF_STEPS: readonly { ruleId: string; step: ConscriptionState }[] = [
  { ruleId: 'health.circular68-exclusions', step: 'health_exam_passed' },
  { ruleId: RULE_IDS.healthClass, step: 'health_exam_passed' },
  // Who decides the call-up (district chair, then commune chair since Law 98/2025).
  { ruleId: RULE_IDS.callUpDecision, step: 'call_up_ordered' },
];

/** The steps whose dates the flags need (see repository.stepDatesOf). */
export const FLAGGED_STEPS: readonly ConscriptionState[] = [...new Set(RULES_OF_STEPS.map((r) => r.step))];

/** Heading for (or on) the call-up: a record that left the path is not judged again. */
const CALL_UP_PATH: readonly ConscriptionState[] = [
  'health_exam_passed',
  'political_review_passed',
  'official_list',
  'reserve_list',
  'call_up_ordered',
];

/**
 * Issue 17: a rule that changes while a campaign is open (its handover date falls on or after the
 * change) does not silently re-judge the records already past that step: each is flagged with the
 * text it was judged by, the text that now applies and from when, so the office re-checks it (a
 * new exam, a re-issued order). The rules' own checks run again on the handover date beside this
 * (record-warnings.ts), so a failure under the new text shows as well. A closed campaign is history:
 * no flags.
 */
export function ruleChangeFlags(
  record: Pick<ConscriptionRecordView, 'state'>,
  campaign: { status: CampaignStatus; handoverStart: IsoDate },
  stepDates: Partial<Record<ConscriptionState, IsoDate>> | undefined,
): RecordWarning[] {
  if (campaign.status !== 'open' || !CALL_UP_PATH.includes(record.state) || !stepDates) return [];
  const handover = campaign.handoverStart;
  const flagged = new Set<string>();
  const flags: RecordWarning[] = [];
  for (const { ruleId, step } of RULES_OF_STEPS) {
    const stepDate = stepDates[step];
    if (!stepDate) continue;
    const versions = legalRule(ruleId).versions;
    versions.forEach((version, i) => {
      const key = `${step}@${version.from}`;
      if (!(stepDate < version.from && version.from <= handover) || flagged.has(key)) return;
      flagged.add(key);
      const before = versions[i - 1];
      const values = {
        step: stateLabel(step),
        stepDate: formatDisplayDate(stepDate),
        from: formatDisplayDate(version.from),
        handoverDate: formatDisplayDate(handover),
        after: versionCitation(version),
        before: before ? versionCitation(before) : '',
      };
      const template = before ? vi.conscription.ruleChanged.changed : vi.conscription.ruleChanged.added;
      // A flag asks for a re-check; the steps themselves refuse what the new text excludes.
      flags.push({ code: 'RULE_CHANGED_SINCE_STEP', message: format(template, values), severity: 'warning' });
    });
  }
  return flags;
}
