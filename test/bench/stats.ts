import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** Milliseconds of one run of `work`. */
export async function timeOnce<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** p50 / p95 / max of many runs, in milliseconds. */
export async function percentiles(
  runs: number,
  work: (i: number) => unknown,
): Promise<{ p50: number; p95: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(times[times.length - 1]!) };
}

export const round = (ms: number) => Math.round(ms * 100) / 100;

/** A small deterministic PRNG so every run seeds the same data. */
export function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

/** The benchmark office's data key: random each run; the database is encrypted like a real office's. */
export const BENCH_KEY = randomBytes(32);
