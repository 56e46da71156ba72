import { describe, expect, it } from 'vitest';
import { BURST, createLoginThrottle, REFILL_MS } from './login-throttle';

describe('the office-wide login brake', () => {
  it('lets a burst through, then one check per second, and says how long to wait', () => {
    let now = 0;
    const throttle = createLoginThrottle(() => now);
    for (let i = 0; i < BURST; i += 1) expect(throttle.take()).toBe(0);
    expect(throttle.take()).toBe(1);
    now += REFILL_MS / 2;
    expect(throttle.take()).toBe(1);
    now += REFILL_MS / 2;
    expect(throttle.take()).toBe(0);
    expect(throttle.take()).toBe(1);
    // A quiet minute refills the bucket, never beyond its size.
    now += 60_000;
    for (let i = 0; i < BURST; i += 1) expect(throttle.take()).toBe(0);
    expect(throttle.take()).toBe(1);
  });

  it('runs checks one at a time, in order, even when one fails', async () => {
    const throttle = createLoginThrottle(() => 0);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const check = (n: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(n);
      running -= 1;
      if (n === 2) throw new Error('wrong');
      return n;
    };
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => throttle.serialize(check(n))));
    expect(most).toBe(1);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  });
});
