import { z } from 'zod';
import { defineMethod } from '../kernel/method';
import { officeProfileInput } from './schema';
import { getOfficeProfile, saveOfficeProfile } from './service';

export const officeApi = {
  'office.get': defineMethod(z.strictObject({}), (ctx) => getOfficeProfile(ctx)),
  'office.update': defineMethod(officeProfileInput, (ctx, input) => saveOfficeProfile(ctx, input)),
};
