import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import { inTransaction } from '../kernel/transaction';
import { findProfile, insertProfile, OFFICE_PROFILE_ID, updateProfile } from './repository';
import type { OfficeProfile, OfficeProfileInput } from './schema';

export function getOfficeProfile(ctx: ApiContext): OfficeProfile | null {
  return findProfile(ctx.db);
}

/** Creates the profile on first run, or updates it (checking the version the form was loaded with). */
export function saveOfficeProfile(ctx: ApiContext, input: OfficeProfileInput): OfficeProfile {
  return inTransaction(ctx, () => {
    const now = ctx.now();
    const at = timestamp(now);
    const before = findProfile(ctx.db);
    if (!before) {
      insertProfile(ctx.db, input, at);
    } else if (input.version === undefined || !updateProfile(ctx.db, input, input.version, at)) {
      throw ApiError.of('CONFLICT_VERSION');
    }
    const after = findProfile(ctx.db)!;
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: now,
      entity: 'office_profile',
      entityId: OFFICE_PROFILE_ID,
      action: before ? 'update' : 'create',
      before,
      after,
    });
    return after;
  });
}
