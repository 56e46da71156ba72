import type { z } from 'zod';
import type { ApiContext } from '../../kernel/context';
import { ApiError, fromZodError } from '../../kernel/errors';
import { getPerson, personCreateInput, updatePerson, type Person } from '../../people';
import { vi } from '../../messages/vi';
import type { UpwardEntity } from '../entities';

/**
 * The fields a correction from the recipient may change when the officer accepts it (issue 20 §3),
 * per entity, as the columns the bundle carries. Accepting goes through the record's own update
 * (its checks, optimistic lock and audit), as if the officer had typed the new value. Any other
 * field is corrected by hand on the record, and the correction answered "noted" or "rejected".
 */
type PersonField = keyof z.input<typeof personCreateInput>;

const peopleColumns: Record<string, PersonField> = {
  family_name: 'familyName',
  middle_name: 'middleName',
  given_name: 'givenName',
  birth_date: 'birthDate',
  sex: 'sex',
  citizen_id: 'citizenId',
  address: 'address',
};

/** A person's form as the people service takes it, from the person as stored. */
function formOf(p: Person): Record<PersonField, unknown> {
  return {
    familyName: p.familyName,
    middleName: p.middleName,
    givenName: p.givenName,
    birthDate: p.birthDate,
    sex: p.sex,
    citizenId: p.citizenId ?? '',
    localityId: p.localityId,
    address: p.address,
    phone: p.phone ?? '',
    ethnicity: p.ethnicity,
    religion: p.religion,
    education: p.education,
    occupation: p.occupation,
    notes: p.notes,
  };
}

interface Corrector {
  columns: readonly string[];
  apply(ctx: ApiContext, gid: string, column: string, value: unknown): void;
}

const correctors: Partial<Record<UpwardEntity, Corrector>> = {
  people: {
    columns: Object.keys(peopleColumns),
    apply(ctx, gid, column, value) {
      const person = getPerson(ctx, gid);
      const field = peopleColumns[column]!;
      const form = { ...formOf(person), [field]: value === null && field === 'citizenId' ? '' : value };
      const parsed = personCreateInput.safeParse(form);
      if (!parsed.success) {
        const error = fromZodError(parsed.error);
        const detail = error.fieldErrors?.[field] ?? Object.values(error.fieldErrors ?? {})[0] ?? error.message;
        throw ApiError.of('EXCHANGE_CORRECTION_INVALID', { field: fieldLabel(column), value: String(value), detail });
      }
      updatePerson(ctx, { ...parsed.data, id: person.id, version: person.version });
    },
  },
};

/** Whether accepting a correction of this entity's field applies it. */
export function isCorrectable(entity: string, field: string): boolean {
  return correctors[entity as UpwardEntity]?.columns.includes(field) ?? false;
}

/** Applies an accepted correction; only for a correctable field (see isCorrectable). */
export function applyCorrection(ctx: ApiContext, entity: UpwardEntity, gid: string, field: string, value: unknown) {
  const corrector = correctors[entity];
  if (!corrector || !corrector.columns.includes(field)) throw new Error(`not correctable: ${entity}.${field}`);
  corrector.apply(ctx, gid, field, value);
}

/** A column as the officer reads it ("Ngày sinh"); the column itself when it has no name. */
export function fieldLabel(column: string): string {
  return vi.exchange.fields[column] ?? column;
}
