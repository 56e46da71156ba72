import { describe, expect, it } from 'vitest';
import {
  allowedNext,
  canTransition,
  CONSCRIPTION_STATES,
  type ConscriptionState,
  FINAL_STATES,
  healthExamStateFor,
  INITIAL_STATES,
  isConscriptionState,
  legalPointKindOf,
  ROLL_OVER_STATES,
  stateLabel,
} from './states';

/**
 * The office's year, written out again independently of states.ts: any change
 * to the table must be made in both places on purpose.
 */
const D = ['deferred', 'exempted'] as const;
const EXPECTED: Record<ConscriptionState, readonly ConscriptionState[]> = {
  registration_barred: ['first_registered', 'pool', 'removed'],
  registration_exempt: ['removed'],
  first_registered: ['pool', 'registration_barred', 'registration_exempt', 'removed'],
  pool: [
    'screening_passed',
    'screening_failed',
    'health_exam_passed',
    'health_exam_failed',
    ...D,
    'registration_barred',
    'registration_exempt',
    'removed',
  ],
  screening_passed: ['health_exam_passed', 'health_exam_failed', ...D, 'pool', 'removed'],
  screening_failed: [...D, 'pool', 'removed'],
  health_exam_passed: ['political_review_passed', 'political_review_failed', ...D, 'pool', 'removed'],
  health_exam_failed: [...D, 'pool', 'removed'],
  political_review_passed: ['official_list', 'reserve_list', ...D, 'pool', 'removed'],
  political_review_failed: [...D, 'pool', 'removed'],
  official_list: ['call_up_ordered', 'reserve_list', ...D, 'pool', 'removed'],
  reserve_list: ['official_list', 'call_up_ordered', ...D, 'pool', 'removed'],
  call_up_ordered: ['handed_over', ...D, 'pool', 'removed'],
  deferred: ['pool', 'exempted', 'removed'],
  exempted: ['pool', 'removed'],
  handed_over: [],
  removed: [],
};

const allowedPairs = CONSCRIPTION_STATES.flatMap((from) => EXPECTED[from].map((to) => [from, to] as const));
const refusedPairs = CONSCRIPTION_STATES.flatMap((from) =>
  CONSCRIPTION_STATES.filter((to) => !EXPECTED[from].includes(to)).map((to) => [from, to] as const),
);

describe('conscription states', () => {
  it('has 17 distinct snake_case codes, each with a Vietnamese label', () => {
    expect(CONSCRIPTION_STATES).toHaveLength(17);
    expect(new Set(CONSCRIPTION_STATES).size).toBe(17);
    for (const state of CONSCRIPTION_STATES) {
      expect(state).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      expect(stateLabel(state).length).toBeGreaterThan(3);
    }
    expect(stateLabel('deferred')).toBe('Tạm hoãn gọi nhập ngũ');
    expect(stateLabel('exempted')).toBe('Miễn gọi nhập ngũ');
    expect(stateLabel('registration_barred')).toContain('Điều 13');
    expect(stateLabel('registration_exempt')).toContain('Điều 14');
  });

  it('recognises codes and nothing else', () => {
    expect(isConscriptionState('official_list')).toBe(true);
    expect(isConscriptionState('Official_List')).toBe(false);
    expect(isConscriptionState('enlisted')).toBe(false);
  });

  it('starts records at a registration outcome or in the pool, and ends them at handover or removal', () => {
    expect([...INITIAL_STATES].sort()).toEqual([
      'first_registered',
      'pool',
      'registration_barred',
      'registration_exempt',
    ]);
    expect([...FINAL_STATES].sort()).toEqual(['handed_over', 'removed']);
  });

  it('lists exactly the expected next states for every state', () => {
    for (const state of CONSCRIPTION_STATES) {
      expect([...allowedNext(state)].sort(), state).toEqual([...EXPECTED[state]].sort());
    }
  });
});

describe('canTransition: every allowed move', () => {
  it.each(allowedPairs)('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });
});

describe('canTransition: refused moves', () => {
  it('refuses every pair outside the table, including staying in place', () => {
    expect(allowedPairs.length + refusedPairs.length).toBe(17 * 17);
    for (const [from, to] of refusedPairs) expect(canTransition(from, to), `${from} → ${to}`).toBe(false);
    for (const state of CONSCRIPTION_STATES) expect(canTransition(state, state)).toBe(false);
  });

  it('refuses skipping the year: pool → handed over, order or lists', () => {
    for (const to of [
      'handed_over',
      'call_up_ordered',
      'official_list',
      'reserve_list',
      'political_review_passed',
    ] as const) {
      expect(canTransition('pool', to)).toBe(false);
    }
  });

  it('keeps health class 4–6 off the official-list path', () => {
    expect(healthExamStateFor(4)).toBe('health_exam_failed');
    for (const to of ['political_review_passed', 'official_list', 'reserve_list', 'call_up_ordered'] as const) {
      expect(canTransition('health_exam_failed', to)).toBe(false);
    }
    expect(canTransition('health_exam_failed', 'deferred')).toBe(true); // Art. 41(1)(a)
  });

  it('needs a passed political review (hence a class 1–3 exam) before the official list', () => {
    const reachesOfficialList = CONSCRIPTION_STATES.filter((s) => canTransition(s, 'official_list'));
    expect(reachesOfficialList.sort()).toEqual(['political_review_passed', 'reserve_list']);
    const reachesReserve = CONSCRIPTION_STATES.filter((s) => canTransition(s, 'reserve_list'));
    expect(reachesReserve.sort()).toEqual(['official_list', 'political_review_passed']);
    expect(canTransition('health_exam_passed', 'official_list')).toBe(false);
    expect(canTransition('political_review_failed', 'official_list')).toBe(false);
  });

  it('issues orders only from the lists and hands over only after an order', () => {
    expect(CONSCRIPTION_STATES.filter((s) => canTransition(s, 'call_up_ordered')).sort()).toEqual([
      'official_list',
      'reserve_list',
    ]);
    expect(CONSCRIPTION_STATES.filter((s) => canTransition(s, 'handed_over'))).toEqual(['call_up_ordered']);
  });

  it('never calls up an exempted or deferred citizen without going back through the pool', () => {
    for (const from of ['exempted', 'deferred'] as const) {
      for (const to of [
        'call_up_ordered',
        'official_list',
        'reserve_list',
        'handed_over',
        'screening_passed',
      ] as const) {
        expect(canTransition(from, to)).toBe(false);
      }
    }
  });

  it('allows nothing after handover or removal (only a recorded correction)', () => {
    for (const to of CONSCRIPTION_STATES) {
      expect(canTransition('handed_over', to)).toBe(false);
      expect(canTransition('removed', to)).toBe(false);
    }
    expect(allowedNext('handed_over')).toEqual([]);
  });

  it('lets every non-final state be removed', () => {
    for (const state of CONSCRIPTION_STATES) {
      expect(canTransition(state, 'removed')).toBe(!FINAL_STATES.includes(state));
    }
  });

  it('refuses Art. 13/14 registration outcomes once the campaign work has started', () => {
    for (const from of ['screening_passed', 'health_exam_passed', 'official_list', 'deferred'] as const) {
      expect(canTransition(from, 'registration_barred')).toBe(false);
      expect(canTransition(from, 'registration_exempt')).toBe(false);
    }
    expect(canTransition('registration_exempt', 'pool')).toBe(false);
  });
});

describe('year roll-over and helpers', () => {
  it('rolls into next year’s pool everyone not enlisted, exempted, removed or outside registration', () => {
    expect([...ROLL_OVER_STATES].sort()).toEqual(
      [
        'first_registered',
        'screening_passed',
        'screening_failed',
        'health_exam_passed',
        'health_exam_failed',
        'political_review_passed',
        'political_review_failed',
        'official_list',
        'reserve_list',
        'call_up_ordered',
        'deferred',
      ].sort(),
    );
    for (const state of ROLL_OVER_STATES) expect(canTransition(state, 'pool'), state).toBe(true);
    for (const state of ['exempted', 'handed_over', 'removed', 'registration_barred', 'pool'] as const) {
      expect(ROLL_OVER_STATES).not.toContain(state);
    }
  });

  it('maps exam classes 1–3 to passed, 4–6 to failed, and refuses anything else', () => {
    expect([1, 2, 3].map(healthExamStateFor)).toEqual(Array(3).fill('health_exam_passed'));
    expect([4, 5, 6].map(healthExamStateFor)).toEqual(Array(3).fill('health_exam_failed'));
    expect(() => healthExamStateFor(0)).toThrow(RangeError);
    expect(() => healthExamStateFor(7)).toThrow(RangeError);
    expect(() => healthExamStateFor(2.5)).toThrow(RangeError);
  });

  it('says which legal point a state needs', () => {
    expect(legalPointKindOf('deferred')).toBe('deferral');
    expect(legalPointKindOf('exempted')).toBe('exemption');
    expect(legalPointKindOf('official_list')).toBeNull();
  });
});
