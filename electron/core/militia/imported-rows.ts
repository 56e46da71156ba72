/**
 * Militia memberships' face for the import's undo (kernel/imported-rows.ts): an imported
 * membership is deleted while it is as the import left it (no table points at a membership).
 */
import { writeAudit } from '../db/audit';
import { stampBlock, type ImportedRowsFace } from '../kernel/imported-rows';
import { localIsoDate } from '../shared/dates';
import { deleteMember, findMember, memberStamp } from './members-repository';

export const importedMilitiaMembers: ImportedRowsFace = {
  kinds: ['militia_memberships'],
  stamp: (db, _kind, id) => memberStamp(db, id),
  companions: () => [],
  check: (ctx, row) => stampBlock(row, memberStamp(ctx.db, row.id)),
  takeBack(ctx, row) {
    const before = findMember(ctx.db, row.id, localIsoDate(ctx.now()));
    deleteMember(ctx.db, row.id);
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'militia_membership',
      entityId: row.id,
      action: 'delete',
      before,
      after: null,
    });
  },
};
