import { describe, expect, it } from 'vitest';
import { RECORD_DEPENDANT_TABLES } from '../conscription/records/imported-repository';
import { type TestCore, useTestCore } from '../db/test-helpers';
import { PERSON_DEPENDANT_TABLES } from '../people/repository';
import { RESERVIST_DEPENDANT_TABLES } from '../reserves/repository';
import { conscriptionTarget } from './targets/conscription';
import { militiaTarget } from './targets/militia';
import { reservistsTarget } from './targets/reservists';
import { importUndoFaces, undoFaceOf } from './undo-faces';

let core: TestCore;
useTestCore((c) => (core = c));

/** The tables whose foreign keys point at `parent`, read from the schema. */
function referencing(parent: string): string[] {
  const tables = core.db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  return tables
    .filter((table) =>
      (core.db.prepare(`SELECT "table" FROM pragma_foreign_key_list(?)`).pluck().all(table) as string[]).includes(
        parent,
      ),
    )
    .sort();
}

describe('the faces that take imported rows back', () => {
  it('cover every kind of row an import writes, each owned by one face', () => {
    for (const kind of ['people', conscriptionTarget.table, militiaTarget.table, reservistsTarget.table])
      expect(undoFaceOf(kind), kind).toBeDefined();
    const kinds = importUndoFaces.flatMap((face) => face.kinds);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(undoFaceOf('duty_shifts')).toBeUndefined();
  });

  it('look for dependants in every table whose foreign key points at an imported row', () => {
    expect([...PERSON_DEPENDANT_TABLES].sort()).toEqual(referencing('people'));
    expect([...RECORD_DEPENDANT_TABLES].sort()).toEqual(referencing('conscription_records'));
    expect([...RESERVIST_DEPENDANT_TABLES].sort()).toEqual(referencing('reservists'));
    // Nothing may point at a membership or a step: their faces look for no dependants.
    expect(referencing('militia_memberships')).toEqual([]);
    expect(referencing('conscription_transitions')).toEqual([]);
  });
});
