/**
 * Reservists' face for the import's undo (kernel/imported-rows.ts): an imported reservist is
 * deleted while it is as the import left it and has not been placed in a unit's slot since.
 */
import { writeAudit } from '../db/audit';
import { stampBlock, type ImportedRowsFace } from '../kernel/imported-rows';
import { localIsoDate } from '../shared/dates';
import { deleteReservist, findReservist, reservistDependants, reservistStamp } from './repository';

export const importedReservists: ImportedRowsFace = {
  kinds: ['reservists'],
  stamp: (db, _kind, id) => reservistStamp(db, id),
  companions: () => [],
  check(ctx, row, own) {
    const block = stampBlock(row, reservistStamp(ctx.db, row.id));
    if (block) return block;
    const foreign = reservistDependants(ctx.db, row.id).find((d) => !own(d.dependant, d.id));
    return foreign ? { reason: 'dependent', dependant: foreign.dependant } : null;
  },
  takeBack(ctx, row) {
    const before = findReservist(ctx.db, row.id, localIsoDate(ctx.now()));
    deleteReservist(ctx.db, row.id);
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'reservist',
      entityId: row.id,
      action: 'delete',
      before,
      after: null,
    });
  },
};
