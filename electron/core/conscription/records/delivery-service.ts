import type { ApiContext } from '../../kernel/context';
import { ApiError, mustBeCurrent, mustExist } from '../../kernel/errors';
import { writeAudit } from '../../db/audit';
import { timestamp } from '../../db/records';
import { format, vi } from '../../messages/vi';
import { formatDisplayDate, localIsoDate } from '../../shared/dates';
import { inTransaction } from '../../kernel/transaction';
import { getCampaign } from '../campaigns/service';
import { checkCallUpNotice, checkCampaignOpen, type RuleFailure } from '../rules';
import * as repo from './repository';
import type { OrderDeliveredInput } from './schema';
import type { StepResult } from './service';

function refuse(code: string, message: string): never {
  throw new ApiError(code, message, { deliveredOn: message });
}

/**
 * Records the day the call-up order reached the citizen (Luật NVQS, MIN_NOTICE_DAYS: at
 * least 15 days before the handover), or clears it with null. Only an issued
 * order can be delivered, not before it was signed nor after the citizen was
 * due to report; a delivery under 15 days before is kept with a warning.
 */
export function setOrderDelivered(ctx: ApiContext, input: OrderDeliveredInput): StepResult {
  return inTransaction(ctx, () => {
    const before = mustExist(repo.findRecord(ctx.db, input.id));
    const campaign = getCampaign(ctx, before.campaignId);
    const open = checkCampaignOpen(campaign.status, false);
    if (!open.ok) refuse(open.code, open.message);
    const t = vi.conscription.record.delivery;
    if (before.orderNumber === null || before.orderDate === null) refuse('RULE_ORDER_NOT_ISSUED', t.noOrder);
    const reportOn = before.reportDate ?? campaign.handoverStart;
    const warnings: RuleFailure[] = [];
    if (input.deliveredOn !== null) {
      if (input.deliveredOn < before.orderDate) {
        refuse('RULE_DELIVERY_BEFORE_ORDER', format(t.beforeOrder, { date: formatDisplayDate(before.orderDate) }));
      }
      if (input.deliveredOn > reportOn) {
        refuse('RULE_DELIVERY_AFTER_HANDOVER', format(t.afterHandover, { date: formatDisplayDate(reportOn) }));
      }
      if (input.deliveredOn > localIsoDate(ctx.now())) throw ApiError.fields({ deliveredOn: vi.field.dateInFuture });
      const notice = checkCallUpNotice(input.deliveredOn, reportOn);
      if (!notice.ok) warnings.push(notice);
    }
    mustBeCurrent(repo.updateOrderDelivered(ctx.db, input.id, input.version, input.deliveredOn, timestamp(ctx.now())));
    const after = repo.findRecord(ctx.db, input.id)!;
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'conscription_record',
      entityId: input.id,
      action: 'update',
      before,
      after,
    });
    return { record: after, warnings };
  });
}
