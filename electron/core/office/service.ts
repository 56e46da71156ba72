import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { writeAudit } from '../db/audit';
import { newId, timestamp } from '../db/records';
import { inTransaction } from '../kernel/transaction';
import { localIsoDate, type IsoDate } from '../shared/dates';
import {
  findPeriod,
  findProfile,
  insertPeriod,
  listPeriods,
  OFFICE_PROFILE_ID,
  updatePeriod,
  type PeriodValues,
} from './repository';
import { checkPeriodKind, checkPeriodStart } from './rules';
import type { OfficePeriodInput, OfficeProfile, OfficeProfileInput } from './schema';

/** A new office is a ward/commune command: the district level is gone since 01/07/2025 (Decision 2786/QĐ-BQP). */
const FIRST_RUN_KIND = 'ward_commune';

/** The profile in force on `on` (default: today), or null before the first run. */
export function getOfficeProfile(ctx: ApiContext, on?: IsoDate): OfficeProfile | null {
  return findProfile(ctx.db, on ?? localIsoDate(ctx.now()));
}

/** Every period of the profile, oldest first. */
export function listOfficePeriods(ctx: ApiContext): OfficeProfile[] {
  return listPeriods(ctx.db);
}

function audit(ctx: ApiContext, id: string, action: 'create' | 'update', before: unknown, after: unknown) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'office_profile',
    entityId: id,
    action,
    before,
    after,
  });
}

/** The period's kind checked against its start (rules.ts); refused beside the kind field. */
function assertKind(values: PeriodValues, validFrom: IsoDate | null): void {
  const result = checkPeriodKind(values.kind, validFrom);
  if (!result.ok) throw ApiError.fields({ kind: result.message }, result.code, result.message);
}

function valuesOf(input: OfficeProfileInput | OfficePeriodInput, before: OfficeProfile | null): PeriodValues {
  return {
    kind: input.kind ?? before?.kind ?? FIRST_RUN_KIND,
    name: input.name,
    parentBody: input.parentBody,
    placeName: input.placeName,
    symbol: input.symbol,
    signers: input.signers,
    peopleCommittee: input.peopleCommittee === undefined ? (before?.peopleCommittee ?? null) : input.peopleCommittee,
  };
}

/**
 * Creates the profile on first run (its first period, in force since the office's records begin), or
 * updates one period: the one the form was loaded from, else the one in force today (checking the
 * version the form was loaded with). Fields absent from the input (kind, committee) are kept.
 */
export function saveOfficeProfile(ctx: ApiContext, input: OfficeProfileInput): OfficeProfile {
  return inTransaction(ctx, () => {
    const at = timestamp(ctx.now());
    const before = input.periodId ? mustExist(findPeriod(ctx.db, input.periodId)) : getOfficeProfile(ctx);
    const values = valuesOf(input, before);
    assertKind(values, before?.validFrom ?? null);
    if (!before) {
      insertPeriod(ctx.db, OFFICE_PROFILE_ID, null, values, at);
    } else {
      if (input.version === undefined) throw ApiError.of('CONFLICT_VERSION');
      mustBeCurrent(updatePeriod(ctx.db, before.id, values, input.version, at));
    }
    const after = findPeriod(ctx.db, before?.id ?? OFFICE_PROFILE_ID)!;
    audit(ctx, after.id, before ? 'update' : 'create', before, after);
    return after;
  });
}

/**
 * Adds a period from `validFrom`: the office renamed, regrouped or become another kind of office
 * (e.g. the city command replaced by a ward command on 01/07/2025). History only grows at its end,
 * so a document dated before the new start keeps printing what was in force then.
 */
export function addOfficePeriod(ctx: ApiContext, input: OfficePeriodInput): OfficeProfile {
  return inTransaction(ctx, () => {
    const latest = findProfile(ctx.db);
    if (!latest) throw ApiError.of('OFFICE_NOT_SET');
    const start = checkPeriodStart(input.validFrom, latest.validFrom);
    if (!start.ok) throw ApiError.fields({ validFrom: start.message }, start.code, start.message);
    const values = valuesOf(input, null);
    assertKind(values, input.validFrom);
    const id = newId();
    insertPeriod(ctx.db, id, input.validFrom, values, timestamp(ctx.now()));
    const after = findPeriod(ctx.db, id)!;
    audit(ctx, id, 'create', null, after);
    return after;
  });
}
