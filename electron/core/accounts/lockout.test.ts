import { describe, expect, it } from 'vitest';
import { afterFailure, CLEAR_STATE, delaySeconds, justLocked, MAX_DELAY_SECONDS, secondsToWait } from './lockout';

const T0 = new Date('2026-11-27T03:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('lockout policy', () => {
  it('waits 0, 0, 1, 2, 4 … seconds after consecutive failures, capped at 5 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(delaySeconds)).toEqual([0, 0, 1, 2, 4, 8, 16]);
    expect(delaySeconds(40)).toBe(MAX_DELAY_SECONDS);
  });

  it('refuses an early retry during the delay and allows it once the delay has passed', () => {
    let state = afterFailure(CLEAR_STATE, at(0));
    expect(secondsToWait(state, at(0))).toBe(0);
    state = afterFailure(state, at(0));
    expect(secondsToWait(state, at(0))).toBe(1);
    expect(secondsToWait(state, at(0.999))).toBe(1);
    expect(secondsToWait(state, at(1))).toBe(0);
    state = afterFailure(state, at(1));
    expect(secondsToWait(state, at(1.5))).toBe(2);
    expect(secondsToWait(state, at(3))).toBe(0);
  });

  it('locks at the 5th consecutive failure, not before, and stays locked', () => {
    let state = CLEAR_STATE;
    for (let i = 1; i <= 4; i += 1) {
      state = afterFailure(state, at(i * 100));
      expect(state.locked).toBe(false);
    }
    const fifth = afterFailure(state, at(500));
    expect(fifth).toMatchObject({ failedCount: 5, locked: true });
    expect(justLocked(state, fifth)).toBe(true);
    const sixth = afterFailure(fifth, at(600));
    expect(sixth.locked).toBe(true);
    expect(justLocked(fifth, sixth)).toBe(false);
    // Guessing at a locked account keeps getting slower.
    expect(secondsToWait(sixth, at(600))).toBe(16);
  });

  it('a cleared state (administrator unlock) has no delay and no lock', () => {
    expect(secondsToWait(CLEAR_STATE, T0)).toBe(0);
    expect(CLEAR_STATE).toEqual({ failedCount: 0, locked: false, lastFailedAt: null });
  });
});
