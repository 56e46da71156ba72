import { z } from 'zod';
import { byId, defineMethod } from '../../kernel/method';
import { recordId } from '../../shared/fields';
import {
  age17ListInput,
  healthExamInput,
  orderDeliveredInput,
  recordCreateInput,
  recordIdInput,
  recordListInput,
  rollOverInput,
  transitionInput,
  transitionManyInput,
  undoStepInput,
} from './schema';
import { undoStep } from './undo-service';
import { setOrderDelivered } from './delivery-service';
import * as service from './service';
import * as year from './year-service';

export const recordsApi = {
  'conscription.record.list': defineMethod(recordListInput, service.listRecords),
  'conscription.record.get': defineMethod(recordIdInput, byId(service.getRecord)),
  'conscription.record.create': defineMethod(recordCreateInput, service.createRecord),
  'conscription.record.transition': defineMethod(transitionInput, service.transition),
  'conscription.record.transitionMany': defineMethod(transitionManyInput, service.transitionMany),
  'conscription.record.undoStep': defineMethod(undoStepInput, undoStep),
  'conscription.record.healthExam': defineMethod(healthExamInput, service.recordHealthExam),
  'conscription.record.setOrderDelivered': defineMethod(orderDeliveredInput, setOrderDelivered),
  'conscription.record.rollOver': defineMethod(rollOverInput, year.rollOver),
  'conscription.age17.list': defineMethod(age17ListInput, year.age17List),
  'conscription.campaign.dashboard': defineMethod(z.strictObject({ campaignId: recordId }), (ctx, input) =>
    year.campaignDashboard(ctx, input.campaignId),
  ),
};
