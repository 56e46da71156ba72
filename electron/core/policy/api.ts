import { byId, defineMethod } from '../kernel/method';
import {
  caseCreateInput,
  caseUpdateInput,
  policyDeleteInput,
  policyIdInput,
  policyListInput,
  returneeCreateInput,
  returneeUpdateInput,
  soldierSearchInput,
  supportCreateInput,
  supportUpdateInput,
} from './schema';
import * as service from './service';

/** Policy work's API methods (spread into api/contract.ts): family supports, returning soldiers, other cases. */
export const policyApi = {
  /** The soldier picker: the register's people, those handed over in a campaign first. */
  'policy.soldiers': defineMethod(soldierSearchInput, service.findSoldiers),
  'policy.support.list': defineMethod(policyListInput, service.listSupports),
  'policy.support.create': defineMethod(supportCreateInput, service.createSupport),
  'policy.support.update': defineMethod(supportUpdateInput, service.updateSupport),
  'policy.support.delete': defineMethod(policyDeleteInput, (ctx, input) =>
    service.deleteSupport(ctx, input.id, input.version),
  ),
  'policy.returnee.list': defineMethod(policyListInput, service.listReturnees),
  'policy.returnee.get': defineMethod(policyIdInput, byId(service.getReturnee)),
  'policy.returnee.create': defineMethod(returneeCreateInput, service.createReturnee),
  'policy.returnee.update': defineMethod(returneeUpdateInput, service.updateReturnee),
  'policy.returnee.delete': defineMethod(policyDeleteInput, (ctx, input) =>
    service.deleteReturnee(ctx, input.id, input.version),
  ),
  'policy.case.list': defineMethod(policyListInput, service.listCases),
  'policy.case.create': defineMethod(caseCreateInput, service.createCase),
  'policy.case.update': defineMethod(caseUpdateInput, service.updateCase),
  'policy.case.delete': defineMethod(policyDeleteInput, (ctx, input) =>
    service.deleteCase(ctx, input.id, input.version),
  ),
};
