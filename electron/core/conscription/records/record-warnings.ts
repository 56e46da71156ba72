import { checkCircular68Exclusions } from '../health-standards';
import { CALL_UP_STEPS, checkCallUpAge, checkCallUpNotice, checkHealthClass } from '../rules';
import type { IsoDate } from '../../shared/dates';
import { measuresOf } from './step-facts';
import type { ConscriptionState } from '../states';
import type { ConscriptionRecordView } from './view';

export interface RecordWarning {
  code: string;
  message: string;
  /** 'error': a step towards the army would refuse the record (the handover only as an exception); 'warning': it would not. */
  severity: 'error' | 'warning';
}

/** States in which the citizen is heading for (or on) this year's call-up: the law's limits apply to them. */
const CALL_UP_PATH: readonly ConscriptionState[] = [
  'health_exam_passed',
  'political_review_passed',
  'official_list',
  'reserve_list',
  'call_up_ordered',
  'handed_over',
];

/**
 * The rules' findings for one record as it stands, shown as badges in the
 * list: an age outside the window on the handover date (Art. 30; for one handed over, on the day it
 * happened), a health class that may not be called (after a correction) or exam figures that
 * exclude the citizen (Circular 68/2025/TT-BQP, by the same date), an order delivered less
 * than 15 days ahead (Art. 34(6)). Nothing here blocks; the steps do that.
 */
export function recordWarnings(
  record: ConscriptionRecordView,
  handoverDate: string,
  healthExamOn: IsoDate | null = null,
): RecordWarning[] {
  if (!CALL_UP_PATH.includes(record.state)) return [];
  // A citizen already handed over is judged on the day it happened (a birth date corrected later shows here).
  const judgedOn = record.state === 'handed_over' ? (record.handedOverOn ?? handoverDate) : handoverDate;
  const results = [
    checkCallUpAge(record.birthDate, judgedOn, record.studyDeferral),
    // Point c clause 3 Art. 4 Circular 68/2025/TT-BQP: exam figures that keep the citizen out of the Army,
    // from the exam on (the exam step only warns; the lists refuse).
    ...checkCircular68Exclusions(measuresOf(record), judgedOn, record.branch),
  ];
  if (CALL_UP_STEPS.includes(record.state)) {
    // The health class is judged by the standard in force on the exam's day (its reference date).
    results.push(checkHealthClass(record.healthClass, healthExamOn ?? judgedOn));
  }
  if (record.state === 'call_up_ordered' && record.orderDate && record.reportDate) {
    results.push(checkCallUpNotice(record.orderDate, record.reportDate));
  }
  return results.flatMap((r) => (r.ok ? [] : [{ code: r.code, message: r.message, severity: r.severity }]));
}

/** The exam states: a record's health reference date is the last day it reached one of them. */
export const EXAM_STATES: readonly ConscriptionState[] = ['health_exam_passed', 'health_exam_failed'];

/** The day of the record's last exam (a re-exam or a correction counts), from its step dates. */
export function lastExamOn(dates: Partial<Record<ConscriptionState, IsoDate>> | undefined): IsoDate | null {
  const days = EXAM_STATES.map((state) => dates?.[state]).filter((d): d is IsoDate => d !== undefined);
  return days.length === 0 ? null : days.reduce((a, b) => (a > b ? a : b));
}
