import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { writeAudit } from '../db/audit';
import { timestamp } from '../db/records';
import { format, vi } from '../messages/vi';
import { formatDisplayDate, localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import * as repo from './repository';
import { checkLocalityParent } from './rules';
import type {
  Locality,
  localityCreateInput,
  localityListInput,
  localityRenameInput,
  localityRestoreInput,
  localityRetireInput,
  localityUpdateInput,
} from './schema';
import { TOP_LEVEL_KINDS } from './schema';

const collator = new Intl.Collator('vi');

export function listLocalities(ctx: ApiContext, input: z.output<typeof localityListInput>): Locality[] {
  const asOf = input.asOf ?? localIsoDate(ctx.now());
  return repo.listLocalities(ctx.db, asOf, input.includeRetired).sort((a, b) => collator.compare(a.name, b.name));
}

function mustFind(ctx: ApiContext, id: string): Locality {
  return mustExist(repo.findLocality(ctx.db, id, localIsoDate(ctx.now())));
}

function audit(
  ctx: ApiContext,
  id: string,
  action: 'create' | 'update' | 'rename' | 'retire' | 'restore',
  before: unknown,
) {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'locality',
    entityId: id,
    action,
    before,
    after: { ...mustFind(ctx, id), names: repo.nameHistory(ctx.db, id) },
  });
}

export function createLocality(ctx: ApiContext, input: z.output<typeof localityCreateInput>): Locality {
  return inTransaction(ctx, () => {
    const parent = input.parentId ? mustFind(ctx, input.parentId) : null;
    const rule = checkLocalityParent(input.kind, parent);
    if (!rule.ok) throw ApiError.fields({ parentId: rule.message }, rule.code, rule.message);
    checkUnitCode(ctx, input.unitCode ?? null, input.kind, null);
    const at = timestamp(ctx.now());
    const id = repo.insertLocality(
      ctx.db,
      {
        kind: input.kind,
        parentId: input.parentId,
        name: input.name,
        validFrom: input.validFrom ?? localIsoDate(ctx.now()),
        unitCode: input.unitCode ?? null,
      },
      at,
    );
    audit(ctx, id, 'create', null);
    return mustFind(ctx, id);
  });
}

/**
 * A unit code belongs to a ward/commune (Decision 19/2025/QĐ-TTg codes the units, not their
 * villages) and to one locality only: a second one is refused naming the first.
 */
function checkUnitCode(ctx: ApiContext, unitCode: string | null, kind: Locality['kind'], id: string | null): void {
  if (unitCode === null) return;
  if (!TOP_LEVEL_KINDS.includes(kind)) {
    throw ApiError.fields(
      { unitCode: vi.errors.LOCALITY_UNIT_CODE_KIND },
      'LOCALITY_UNIT_CODE_KIND',
      vi.errors.LOCALITY_UNIT_CODE_KIND,
    );
  }
  const holder = repo.localityWithUnitCode(ctx.db, unitCode, id, localIsoDate(ctx.now()));
  if (holder) {
    const message = format(vi.errors.LOCALITY_UNIT_CODE_TAKEN, { code: unitCode, name: holder.name });
    throw ApiError.fields({ unitCode: message }, 'LOCALITY_UNIT_CODE_TAKEN', message);
  }
}

/** Sets or clears a locality's national unit code. */
export function updateLocality(ctx: ApiContext, input: z.output<typeof localityUpdateInput>): Locality {
  return inTransaction(ctx, () => {
    const before = mustFind(ctx, input.id);
    checkUnitCode(ctx, input.unitCode, before.kind, input.id);
    const beforeState = { ...before, names: repo.nameHistory(ctx.db, input.id) };
    const at = timestamp(ctx.now());
    mustBeCurrent(repo.setUnitCode(ctx.db, { id: input.id, version: input.version, at }, input.unitCode));
    audit(ctx, input.id, 'update', beforeState);
    return mustFind(ctx, input.id);
  });
}

export function renameLocality(ctx: ApiContext, input: z.output<typeof localityRenameInput>): Locality {
  return inTransaction(ctx, () => {
    const before = mustFind(ctx, input.id);
    const current = repo.currentName(ctx.db, input.id);
    if (current && input.effectiveOn <= current.validFrom) {
      const message = format(vi.errors.LOCALITY_RENAME_DATE, { since: formatDisplayDate(current.validFrom) });
      throw ApiError.fields({ effectiveOn: message }, 'LOCALITY_RENAME_DATE', message);
    }
    const beforeState = { ...before, names: repo.nameHistory(ctx.db, input.id) };
    const at = timestamp(ctx.now());
    mustBeCurrent(repo.touchLocality(ctx.db, input.id, input.version, at, undefined));
    repo.renameLocality(ctx.db, input.id, input.name, input.effectiveOn, at);
    audit(ctx, input.id, 'rename', beforeState);
    return mustFind(ctx, input.id);
  });
}

export function retireLocality(ctx: ApiContext, input: z.output<typeof localityRetireInput>): Locality {
  return inTransaction(ctx, () => {
    const before = mustFind(ctx, input.id);
    mustBeCurrent(repo.touchLocality(ctx.db, input.id, input.version, timestamp(ctx.now()), input.retiredOn));
    audit(ctx, input.id, 'retire', before);
    return mustFind(ctx, input.id);
  });
}

export function restoreLocality(ctx: ApiContext, input: z.output<typeof localityRestoreInput>): Locality {
  return inTransaction(ctx, () => {
    const before = mustFind(ctx, input.id);
    mustBeCurrent(repo.touchLocality(ctx.db, input.id, input.version, timestamp(ctx.now()), null));
    audit(ctx, input.id, 'restore', before);
    return mustFind(ctx, input.id);
  });
}

export function localityHistory(ctx: ApiContext, id: string) {
  mustFind(ctx, id);
  return repo.nameHistory(ctx.db, id);
}
