import type { ApiContext } from '../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../kernel/errors';
import { writeAudit, type AuditAction } from '../db/audit';
import { timestamp } from '../db/records';
import { findLocality } from '../localities';
import { format, vi } from '../messages/vi';
import { formatDisplayDate, localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import { titleCaseName } from '../shared/vietnamese-text';
import * as repo from './repository';
import { checkBirthDate, idKindOf } from './rules';
import type {
  CitizenIdOwner,
  Person,
  PersonCreateInput,
  PersonListInput,
  PersonPage,
  PersonUpdateInput,
} from './schema';

export function listPeople(ctx: ApiContext, input: PersonListInput): PersonPage {
  return { ...repo.listPeople(ctx.db, input, localIsoDate(ctx.now())), pageSize: input.pageSize };
}

export function getPerson(ctx: ApiContext, id: string): Person {
  return mustExist(repo.findPerson(ctx.db, id, localIsoDate(ctx.now())));
}

export function findCitizenIdOwner(ctx: ApiContext, citizenId: string, excludeId?: string): CitizenIdOwner | null {
  return repo.findCitizenIdOwner(ctx.db, citizenId, excludeId);
}

/** Tidies name case and checks what needs the database or today's date. */
function prepare(
  ctx: ApiContext,
  input: PersonCreateInput,
  selfId: string | undefined,
  previous?: Person,
): PersonCreateInput {
  const tidy: PersonCreateInput = {
    ...input,
    familyName: titleCaseName(input.familyName),
    middleName: titleCaseName(input.middleName),
    givenName: titleCaseName(input.givenName),
  };
  const birth = checkBirthDate(tidy.birthDate, localIsoDate(ctx.now()));
  if (!birth.ok) throw ApiError.fields({ birthDate: birth.message });
  if (tidy.localityId && tidy.localityId !== previous?.localityId) {
    const locality = findLocality(ctx.db, tidy.localityId, localIsoDate(ctx.now()));
    if (!locality) throw ApiError.fields({ localityId: vi.errors.NOT_FOUND });
    if (locality.retiredOn && locality.retiredOn <= localIsoDate(ctx.now()))
      throw ApiError.fields({ localityId: vi.errors.LOCALITY_RETIRED });
  }
  if (tidy.citizenId) {
    const owner = repo.findCitizenIdOwner(ctx.db, tidy.citizenId, selfId);
    if (owner) {
      const template =
        idKindOf(tidy.citizenId) === 'legacy_cmnd' ? vi.citizenId.duplicateLegacy : vi.citizenId.duplicate;
      const message = format(template, {
        name: owner.fullName,
        birthDate: formatDisplayDate(owner.birthDate),
        archived: owner.archived ? vi.citizenId.duplicateArchived : '',
      });
      throw ApiError.fields({ citizenId: message }, 'CONFLICT_CITIZEN_ID', vi.errors.CONFLICT_CITIZEN_ID);
    }
  }
  return tidy;
}

function audit(ctx: ApiContext, id: string, action: AuditAction, before: Person | null, after: Person) {
  writeAudit(ctx.db, { actor: ctx.actor, at: ctx.now(), entity: 'person', entityId: id, action, before, after });
}

export function createPerson(ctx: ApiContext, input: PersonCreateInput): Person {
  return inTransaction(ctx, () => {
    const values = prepare(ctx, input, undefined);
    const id = repo.insertPerson(ctx.db, values, timestamp(ctx.now()));
    const after = getPerson(ctx, id);
    audit(ctx, id, 'create', null, after);
    return after;
  });
}

export function updatePerson(ctx: ApiContext, input: PersonUpdateInput): Person {
  return inTransaction(ctx, () => {
    const before = getPerson(ctx, input.id);
    const { id, version, ...fields } = input;
    const values = prepare(ctx, fields, id, before);
    mustBeCurrent(repo.updatePerson(ctx.db, id, version, values, timestamp(ctx.now())));
    const after = getPerson(ctx, id);
    audit(ctx, id, 'update', before, after);
    return after;
  });
}

/** Archiving hides a person from the working lists; nothing is ever deleted from the UI. */
export function setPersonArchived(ctx: ApiContext, id: string, version: number, archived: boolean): Person {
  return inTransaction(ctx, () => {
    const before = getPerson(ctx, id);
    const at = timestamp(ctx.now());
    mustBeCurrent(repo.setArchived(ctx.db, id, version, archived ? at : null, at));
    const after = getPerson(ctx, id);
    audit(ctx, id, archived ? 'archive' : 'restore', before, after);
    return after;
  });
}
