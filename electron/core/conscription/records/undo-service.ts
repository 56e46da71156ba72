import type { ApiContext } from '../../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../../kernel/errors';
import { writeAudit } from '../../db/audit';
import { timestamp } from '../../db/records';
import { format, vi } from '../../messages/vi';
import { inTransaction } from '../../kernel/transaction';
import { getCampaign } from '../campaigns/service';
import { checkCampaignOpen } from '../rules';
import { stateLabel } from '../states';
import * as repo from './repository';
import type { UndoStepInput } from './schema';
import type { ConscriptionRecordView } from './view';

const t = vi.conscription.record.undo;

function refuse(message: string): never {
  throw new ApiError('RULE_UNDO_STEP', message, { reason: message });
}

/**
 * Undoes a record's last step while nothing builds on it: the record returns to its state, date
 * and facts before the step; the step stays in the history, marked undone with the reason. Refused
 * when the record changed since (an order delivered, a later step) or a call-up order was issued
 * for it since: those are facts outside the record that an undo cannot take back.
 */
export function undoStep(ctx: ApiContext, input: UndoStepInput): ConscriptionRecordView {
  return inTransaction(ctx, () => {
    const before = mustExist(repo.findRecord(ctx.db, input.recordId));
    if (before.version !== input.version) throw ApiError.of('CONFLICT_VERSION');
    const open = checkCampaignOpen(getCampaign(ctx, before.campaignId).status, false);
    if (!open.ok) refuse(open.message);
    const last = repo.lastStepInForce(ctx.db, input.recordId);
    if (!last || last.fromState === null) refuse(t.first);
    const to = stateLabel(last.toState);
    if (!last.before) refuse(format(t.noSnapshot, { to }));
    if (last.recordVersion !== before.version) refuse(format(t.changedSince, { to }));
    const issued = repo.callUpOrderIssuedSince(ctx.db, before.campaignId, before.id, last.createdAt);
    if (issued) refuse(format(t.orderIssued, { to, document: issued }));
    const at = timestamp(ctx.now());
    const { state, stateSince, facts } = last.before;
    mustBeCurrent(repo.updateRecord(ctx.db, before.id, before.version, state, stateSince, facts, at));
    repo.markStepUndone(ctx.db, last.id, input.reason, at);
    // Nothing happened between the step before and the undone one: that step may be undone next.
    const previous = repo.lastStepInForce(ctx.db, before.id);
    if (previous && previous.recordVersion === before.version - 1) {
      repo.setStepRecordVersion(ctx.db, previous.id, before.version + 1);
    }
    const after = mustExist(repo.findRecord(ctx.db, before.id));
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'conscription_record',
      entityId: before.id,
      action: 'update',
      before,
      after: { ...after, undoneStep: { toState: last.toState, reason: input.reason } },
    });
    return after;
  });
}
