import { byId, defineMethod } from '../kernel/method';
import {
  staffCreateInput,
  staffEndInput,
  staffIdInput,
  staffListInput,
  staffRestoreInput,
  staffSyncSignersInput,
  staffUpdateInput,
} from './schema';
import * as service from './service';

/** The staff feature's API methods (spread into api/contract.ts). */
export const staffApi = {
  'staff.list': defineMethod(staffListInput, (ctx, input) => service.listStaff(ctx, input.includeEnded)),
  'staff.get': defineMethod(staffIdInput, byId(service.getStaff)),
  'staff.create': defineMethod(staffCreateInput, service.createStaff),
  'staff.update': defineMethod(staffUpdateInput, service.updateStaff),
  /** Leaving the office on `endedOn`. */
  'staff.end': defineMethod(staffEndInput, (ctx, input) =>
    service.endStaff(ctx, input.id, input.version, input.endedOn),
  ),
  'staff.restore': defineMethod(staffRestoreInput, (ctx, input) => service.restoreStaff(ctx, input.id, input.version)),
  /** Rewrites the office profile's signers from the active staff who sign; returns the profile. */
  'staff.syncSigners': defineMethod(staffSyncSignersInput, (ctx) => service.syncSigners(ctx)),
};
