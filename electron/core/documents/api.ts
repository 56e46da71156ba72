import { z } from 'zod';
import { defineMethod } from '../kernel/method';
import { counterYear, listCounters, setCounter, typeCode } from './counters';
import { documentKindOptions } from './kind-labels';
import { planIssue, produceDocument } from './produce';
import { generateInput } from './generate-schema';

export const documentsApi = {
  'documents.generate': defineMethod(generateInput, (ctx, input) => produceDocument(ctx, input)),
  'documents.issuePlan': defineMethod(generateInput, planIssue),
  'documents.kinds': defineMethod(z.strictObject({}), () => documentKindOptions()),
  'documents.counter.list': defineMethod(z.strictObject({ year: counterYear }), (ctx, input) =>
    listCounters(ctx, input.year),
  ),
  'documents.counter.update': defineMethod(
    z.strictObject({
      year: counterYear,
      typeCode,
      lastNumber: z.number().int().min(0).max(99_999),
      version: z.number().int().positive().optional(),
    }),
    setCounter,
  ),
};
