import { expect, it } from 'vitest';
import { call, type TestCore, useTestCore, refusal } from '../db/test-helpers';
import { inTransaction } from '../kernel/transaction';
import { type DocumentCounter, useNumber } from './counters';
import { nextFreeNumber } from './register/numbers';

let core: TestCore;
useTestCore((c) => (core = c));

it('numbers documents per year and type, and lets the office correct the last number', async () => {
  const take = (year: number, code: string) =>
    inTransaction(core.context, () => {
      const number = nextFreeNumber(core.context, year, code);
      useNumber(core.context, year, code, number);
      return number;
    });
  expect([take(2026, 'BC'), take(2026, 'BC'), take(2026, 'DS'), take(2027, 'BC')]).toEqual([1, 2, 1, 1]);
  const counters = await call<DocumentCounter[]>(core, 'documents.counter.list', { year: 2026 });
  expect(counters.map((c) => [c.typeCode, c.lastNumber])).toEqual([
    ['BC', 2],
    ['DS', 1],
  ]);
  const bc = counters[0]!;
  await call(core, 'documents.counter.update', { year: 2026, typeCode: 'BC', lastNumber: 11, version: bc.version });
  expect(take(2026, 'BC')).toBe(12);
  expect(
    await refusal(core, 'documents.counter.update', { year: 2026, typeCode: 'BC', lastNumber: 3, version: bc.version }),
  ).toMatchObject({ code: 'CONFLICT_VERSION' });
  expect(
    await refusal(core, 'documents.counter.update', { year: 2026, typeCode: 'bc;', lastNumber: -1 }),
  ).toMatchObject({
    code: 'VALIDATION_FAILED',
    fieldErrors: { typeCode: expect.any(String), lastNumber: expect.any(String) },
  });
});
