/**
 * Conscription records' face for the import's undo (kernel/imported-rows.ts): an imported record
 * and the steps the service wrote with it (pool, the health exam) are deleted while the record is
 * as the import left it, nothing outside the batch points at it, and its campaign is still open.
 */
import { writeAudit } from '../../db/audit';
import { stampBlock, type ImportedRowsFace } from '../../kernel/imported-rows';
import { findRecord } from './repository';
import {
  closedCampaignYearOf,
  deleteRecord,
  deleteTransition,
  recordDependants,
  recordStamp,
  transitionIdsOf,
  transitionRow,
  transitionStamp,
} from './imported-repository';

const RECORDS = 'conscription_records';
const STEPS = 'conscription_transitions';

export const importedConscriptionRecords: ImportedRowsFace = {
  kinds: [RECORDS, STEPS],
  stamp: (db, kind, id) => (kind === RECORDS ? recordStamp(db, id) : transitionStamp(db, id)),
  companions: (db, kind, id) =>
    kind === RECORDS ? transitionIdsOf(db, id).map((step) => ({ kind: STEPS, id: step })) : [],
  check(ctx, row, own) {
    if (row.kind === STEPS) return stampBlock(row, transitionStamp(ctx.db, row.id));
    const block = stampBlock(row, recordStamp(ctx.db, row.id));
    if (block) return block;
    const year = closedCampaignYearOf(ctx.db, row.id);
    if (year !== null) return { reason: 'campaignClosed', year };
    const foreign = recordDependants(ctx.db, row.id).find((d) => !own(d.dependant, d.id));
    return foreign ? { reason: 'dependent', dependant: foreign.dependant } : null;
  },
  takeBack(ctx, row) {
    const audit = (entity: string, before: unknown) =>
      writeAudit(ctx.db, {
        actor: ctx.actor,
        at: ctx.now(),
        entity,
        entityId: row.id,
        action: 'delete',
        before,
        after: null,
      });
    if (row.kind === STEPS) {
      const before = transitionRow(ctx.db, row.id);
      deleteTransition(ctx.db, row.id);
      audit('conscription_transition', before);
      return;
    }
    const before = findRecord(ctx.db, row.id);
    deleteRecord(ctx.db, row.id);
    audit('conscription_record', before);
  },
};
