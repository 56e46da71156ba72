import { QUOTA_STATES, type ConscriptionState } from '../../conscription';

/**
 * What the board's campaign view counts, in the conscription vocabulary's states (a record is in
 * exactly one state; a state later in the year implies the earlier steps were passed):
 *  - registered: every record of the campaign save those barred from or exempt from registration;
 *  - examined: records whose health exam is done (passed, failed, or any state after the exam);
 *  - fit: examined and passed (class 1–3) — every state from health_exam_passed onwards;
 *  - official: the quota's count, as the office's own dashboard counts it (QUOTA_STATES);
 *  - ordered: a call-up order issued (or handed over); handedOver: handed over, by branch.
 * A citizen deferred or exempted after the exam is no longer counted as examined (the state does
 * not keep the exam); the office's own dashboard has the same limit.
 */
export const NOT_REGISTERED: readonly ConscriptionState[] = ['registration_barred', 'registration_exempt'];
export const FIT_STATES: readonly ConscriptionState[] = [
  'health_exam_passed',
  'political_review_passed',
  'political_review_failed',
  'official_list',
  'reserve_list',
  'call_up_ordered',
  'handed_over',
];
export const EXAMINED_STATES: readonly ConscriptionState[] = ['health_exam_failed', ...FIT_STATES];
export const OFFICIAL_STATES = QUOTA_STATES;
export const ORDERED_STATES: readonly ConscriptionState[] = ['call_up_ordered', 'handed_over'];
