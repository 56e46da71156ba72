import { defineMethod } from '../kernel/method';
import { overviewInput } from './schema';
import { getOverview } from './service';

/** The overview's API methods (spread into api/contract.ts). */
export const overviewApi = {
  'overview.get': defineMethod(overviewInput, getOverview),
};
