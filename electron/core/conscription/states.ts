import { CONSCRIPTION_STATES, conscriptionStateLabels, type ConscriptionState } from '../../../vocabulary/conscription';
import type { LegalPointKind } from './points';

/**
 * A citizen's conscription record is always in exactly one of these states (their codes, order and
 * labels are the shared vocabulary's: vocabulary/conscription.ts). Codes are stored in the database
 * and never renamed.
 */
export { CONSCRIPTION_STATES, type ConscriptionState } from '../../../vocabulary/conscription';
export { REGISTRATION_METHODS, type RegistrationMethod } from '../../../vocabulary/conscription';

/** Where a new record may start: the registration outcomes, or `pool` for a move-in (Art. 17) or data taken over from Excel. */
export const INITIAL_STATES: readonly ConscriptionState[] = [
  'registration_barred',
  'registration_exempt',
  'first_registered',
  'pool',
];

/** Nothing follows these except a recorded correction (which the service applies outside this table). */
export const FINAL_STATES: readonly ConscriptionState[] = ['handed_over', 'removed'];

/** Where a handed-over citizen serves: the army, or the police service obligation (nghĩa vụ tham gia CAND). */
export const SERVICE_BRANCHES = ['army', 'police'] as const;
export type ServiceBranch = (typeof SERVICE_BRANCHES)[number];

/** A campaign (one per handover year) is open for work, or closed: then read-only save for recorded corrections. */
export const CAMPAIGN_STATUSES = ['open', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Circular 105/2023/TT-BQP classes 1–6; only 1–3 may be called up. */
export const HEALTH_CLASSES = [1, 2, 3, 4, 5, 6] as const;
export const CALLABLE_HEALTH_CLASSES: readonly number[] = [1, 2, 3];

/**
 * This year's flow after the pool. Anyone still in one of these when the
 * campaign ends was not enlisted, so carries into next year's pool.
 */
const IN_CAMPAIGN: readonly ConscriptionState[] = [
  'screening_passed',
  'screening_failed',
  'health_exam_passed',
  'health_exam_failed',
  'political_review_passed',
  'political_review_failed',
  'official_list',
  'reserve_list',
  'call_up_ordered',
];

/**
 * Deferral and exemption (Art. 41) are decided by the council at any point
 * from the pool until the handover: a family disaster (point b) or a brother
 * enlisting (point d) can happen after the exam or even after the order; the
 * order is then withdrawn and the reserve list moves up. A class 4–6 exam
 * result is normally recorded as a deferral under point a.
 */
const DECISIONS: readonly ConscriptionState[] = ['deferred', 'exempted'];

/**
 * from → allowed next states. Written out in full, so a reviewer reads the
 * year's flow here and the test compares it pair by pair.
 * - Every state before the handover may be `removed` (died, moved away, aged out).
 * - `→ pool` from the campaign states and from `deferred` is the year roll:
 *   whoever was not enlisted (nor exempted) is in next year's pool, and a
 *   deferral lasts one year (Art. 41(3): when the ground ends they are called).
 * - `exempted → pool` is the Art. 41(3) volunteer (an exempted citizen who
 *   volunteers may be selected) or an exemption whose ground lapsed (e.g. left
 *   cipher work); the citizen then goes through screening and exam again.
 * - `registration_barred → first_registered | pool`: Art. 13(2), once the
 *   measure ends the citizen registers (first time, or back into the pool if
 *   he had registered before being prosecuted).
 * - The official list needs a passed political review, which needs a class
 *   1–3 exam: so class 4–6 (`health_exam_failed`) can never reach it.
 * - A call-up order is issued from the official list, or from the reserve list
 *   when a reserve is moved up directly; the handover only follows an order.
 */
const TRANSITIONS: Readonly<Record<ConscriptionState, readonly ConscriptionState[]>> = {
  registration_barred: ['first_registered', 'pool', 'removed'],
  // Art. 14 is for lasting conditions; a wrong entry is fixed by a correction.
  registration_exempt: ['removed'],
  // Next year's pool; Art. 13/14 grounds can also arise after registering.
  first_registered: ['pool', 'registration_barred', 'registration_exempt', 'removed'],
  // Straight to the exam too: not every office records the preliminary screening (sơ tuyển) in the program.
  pool: [
    'screening_passed',
    'screening_failed',
    'health_exam_passed',
    'health_exam_failed',
    ...DECISIONS,
    'registration_barred',
    'registration_exempt',
    'removed',
  ],
  screening_passed: ['health_exam_passed', 'health_exam_failed', ...DECISIONS, 'pool', 'removed'],
  screening_failed: [...DECISIONS, 'pool', 'removed'],
  health_exam_passed: ['political_review_passed', 'political_review_failed', ...DECISIONS, 'pool', 'removed'],
  health_exam_failed: [...DECISIONS, 'pool', 'removed'],
  political_review_passed: ['official_list', 'reserve_list', ...DECISIONS, 'pool', 'removed'],
  political_review_failed: [...DECISIONS, 'pool', 'removed'],
  // Moved down when the quota shrinks or a better-qualified citizen is chosen.
  official_list: ['call_up_ordered', 'reserve_list', ...DECISIONS, 'pool', 'removed'],
  // Moved up to the official list, or straight to an order when a place frees late.
  reserve_list: ['official_list', 'call_up_ordered', ...DECISIONS, 'pool', 'removed'],
  // Reported → handed over; did not report or the order was withdrawn → pool next year.
  call_up_ordered: ['handed_over', ...DECISIONS, 'pool', 'removed'],
  // A deferral may turn into an exemption (e.g. a brother falls in service).
  deferred: ['pool', 'exempted', 'removed'],
  exempted: ['pool', 'removed'],
  handed_over: [],
  removed: [],
};

/** States that move to next year's pool in the end-of-campaign roll-over (not exempted, not final, not registration outcomes). */
export const ROLL_OVER_STATES: readonly ConscriptionState[] = ['first_registered', ...IN_CAMPAIGN, 'deferred'];

export function isConscriptionState(value: string): value is ConscriptionState {
  return (CONSCRIPTION_STATES as readonly string[]).includes(value);
}

export function stateLabel(state: ConscriptionState): string {
  return conscriptionStateLabels[state];
}

export function isFinalState(state: ConscriptionState): boolean {
  return FINAL_STATES.includes(state);
}

export function isInitialState(state: ConscriptionState): boolean {
  return INITIAL_STATES.includes(state);
}

/** The normal flow only; a recorded correction may set any state and is checked by `checkCampaignOpen` instead. */
export function canTransition(from: ConscriptionState, to: ConscriptionState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function allowedNext(from: ConscriptionState): readonly ConscriptionState[] {
  return TRANSITIONS[from];
}

/** Which legal point a state needs recorded with it (Art. 41(1) or 41(2)), if any. */
export function legalPointKindOf(state: ConscriptionState): LegalPointKind | null {
  if (state === 'deferred') return 'deferral';
  if (state === 'exempted') return 'exemption';
  return null;
}

/** The state an exam result leads to: class 1–3 passed, 4–6 failed; anything else is not a class. */
export function healthExamStateFor(healthClass: number): 'health_exam_passed' | 'health_exam_failed' {
  if (!(HEALTH_CLASSES as readonly number[]).includes(healthClass)) {
    throw new RangeError(`Not a health class (1–6): ${healthClass}`);
  }
  return CALLABLE_HEALTH_CLASSES.includes(healthClass) ? 'health_exam_passed' : 'health_exam_failed';
}
