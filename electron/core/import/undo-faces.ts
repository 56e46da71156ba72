/**
 * The features an import writes into, each taking back its own rows (kernel/imported-rows.ts): the
 * one whitelist the batches' undo reads. A batch row of a kind no face owns is refused, never
 * turned into SQL.
 */
import { importedConscriptionRecords } from '../conscription';
import type { ImportedRowsFace } from '../kernel/imported-rows';
import { importedMilitiaMembers } from '../militia';
import { importedPeople } from '../people';
import { importedReservists } from '../reserves';

export const importUndoFaces: readonly ImportedRowsFace[] = [
  importedPeople,
  importedConscriptionRecords,
  importedMilitiaMembers,
  importedReservists,
];

/** The face that owns a kind of row; undefined for a kind no registered feature takes back. */
export function undoFaceOf(kind: string, faces: readonly ImportedRowsFace[] = importUndoFaces) {
  return faces.find((face) => face.kinds.includes(kind));
}
