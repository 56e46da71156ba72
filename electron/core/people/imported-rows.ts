/**
 * People's face for the import's undo (kernel/imported-rows.ts): an imported person is deleted
 * while nothing of any feature points at them since; a person the import updated is put back as
 * they were, through the same update the form uses.
 */
import { writeAudit } from '../db/audit';
import { stampBlock, type ImportedRow, type ImportedRowsFace } from '../kernel/imported-rows';
import { localIsoDate } from '../shared/dates';
import { deletePerson, findPerson, personDependants, personStamp } from './repository';
import type { Person } from './schema';
import { getPerson, updatePerson } from './service';

/** The person's own fields as they were before the import (the form's input, without id and version). */
function restoredFields(before: Person) {
  return {
    familyName: before.familyName,
    middleName: before.middleName,
    givenName: before.givenName,
    birthDate: before.birthDate,
    sex: before.sex,
    citizenId: before.citizenId,
    localityId: before.localityId,
    address: before.address,
    phone: before.phone,
    ethnicity: before.ethnicity,
    religion: before.religion,
    education: before.education,
    occupation: before.occupation,
    notes: before.notes,
  };
}

export const importedPeople: ImportedRowsFace = {
  kinds: ['people'],
  stamp: (db, _kind, id) => personStamp(db, id),
  companions: () => [],
  check(ctx, row, own) {
    const block = stampBlock(row, personStamp(ctx.db, row.id));
    if (block || row.action !== 'create') return block;
    const foreign = personDependants(ctx.db, row.id).find((d) => !own(d.dependant, d.id));
    return foreign ? { reason: 'dependent', dependant: foreign.dependant } : null;
  },
  takeBack(ctx, row: ImportedRow) {
    if (row.action === 'update') {
      const current = getPerson(ctx, row.id);
      const before = JSON.parse(row.beforeJson!) as Person;
      updatePerson(ctx, { ...restoredFields(before), id: current.id, version: current.version });
      return;
    }
    const before = findPerson(ctx.db, row.id, localIsoDate(ctx.now()));
    deletePerson(ctx.db, row.id);
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'person',
      entityId: row.id,
      action: 'delete',
      before,
      after: null,
    });
  },
};
