import { describe, expect, it } from 'vitest';
import { RECORD_DEPENDANTS } from '../conscription/records/imported-repository';
import { type TestCore, useTestCore } from '../db/test-helpers';
import { dependantsSql, type DependantLink } from '../kernel/imported-rows';
import { PERSON_DEPENDANTS } from '../people/repository';
import { RESERVIST_DEPENDANTS } from '../reserves/repository';
import { conscriptionTarget } from './targets/conscription';
import { militiaTarget } from './targets/militia';
import { reservistsTarget } from './targets/reservists';
import { importUndoFaces, undoFaceOf } from './undo-faces';

let core: TestCore;
useTestCore((c) => (core = c));

/**
 * Every foreign key column that points at `parent`, as (table, column) pairs, read from the schema:
 * pragma_foreign_key_list over every table, so a column added anywhere later shows up here.
 */
function referencing(parent: string): DependantLink[] {
  return core.db
    .prepare(
      `SELECT m.name AS "table", f."from" AS "column"
         FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND f."table" = ?`,
    )
    .all(parent) as DependantLink[];
}

const sorted = (links: readonly DependantLink[]) => links.map(({ table, column }) => `${table}.${column}`).sort();

describe('the faces that take imported rows back', () => {
  it('cover every kind of row an import writes, each owned by one face', () => {
    for (const kind of ['people', conscriptionTarget.table, militiaTarget.table, reservistsTarget.table])
      expect(undoFaceOf(kind), kind).toBeDefined();
    const kinds = importUndoFaces.flatMap((face) => face.kinds);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(undoFaceOf('duty_shifts')).toBeUndefined();
  });

  it('look for dependants in every column whose foreign key points at an imported row', () => {
    expect(sorted(PERSON_DEPENDANTS)).toEqual(sorted(referencing('people')));
    expect(sorted(RECORD_DEPENDANTS)).toEqual(sorted(referencing('conscription_records')));
    expect(sorted(RESERVIST_DEPENDANTS)).toEqual(sorted(referencing('reservists')));
    // Nothing may point at a membership or a step: their faces look for no dependants.
    expect(referencing('militia_memberships')).toEqual([]);
    expect(referencing('conscription_transitions')).toEqual([]);
  });

  it('build the dependants query from fixed names only', () => {
    expect(dependantsSql([{ table: 'reserve_assignments', column: 'reservist_id' }])).toBe(
      `SELECT 'reserve_assignments' AS dependant, id FROM reserve_assignments WHERE reservist_id = @id`,
    );
    expect(() => dependantsSql([{ table: "people' OR 1=1 --", column: 'id' }])).toThrow();
    expect(() => dependantsSql([])).toThrow();
  });
});
