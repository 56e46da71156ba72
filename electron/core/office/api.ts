import { z } from 'zod';
import { defineMethod } from '../kernel/method';
import { officeGetInput, officePeriodInput, officeProfileInput } from './schema';
import { addOfficePeriod, getOfficeProfile, listOfficePeriods, saveOfficeProfile } from './service';

export const officeApi = {
  'office.get': defineMethod(officeGetInput, (ctx, input) => getOfficeProfile(ctx, input.on)),
  'office.update': defineMethod(officeProfileInput, (ctx, input) => saveOfficeProfile(ctx, input)),
  'office.periods.list': defineMethod(z.strictObject({}), (ctx) => listOfficePeriods(ctx)),
  'office.period.create': defineMethod(officePeriodInput, (ctx, input) => addOfficePeriod(ctx, input)),
};
