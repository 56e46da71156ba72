import { byId, defineMethod } from '../../kernel/method';
import { decideConflict, getConflict, listConflicts } from './conflicts';
import { createCorrection, listCorrections, withdrawCorrection } from './corrections';
import { createDownBundle } from './down';
import { activitiesOverview, campaignOverview, halfYearOverview, militiaOverview, reservesOverview } from './overview';
import { receiveBundle } from './receive';
import * as s from './schema';
import { inboxList, receivedPeopleList, receivedRecord, sendersStatus } from './views';

/** The receiving side's API (issue 20 §3). */
export const exchangeReceivingApi = {
  'exchange.receive': defineMethod(s.receiveInput, (ctx, input) => receiveBundle(ctx, input)),
  'exchange.senders.status': defineMethod(s.noInput, sendersStatus),
  'exchange.received.people.list': defineMethod(s.receivedPeopleListInput, receivedPeopleList),
  'exchange.received.record': defineMethod(s.receivedRecordInput, receivedRecord),
  'exchange.inbox.list': defineMethod(s.noInput, inboxList),
  'exchange.conflicts.list': defineMethod(s.conflictListInput, listConflicts),
  'exchange.conflicts.get': defineMethod(s.conflictIdInput, byId(getConflict)),
  'exchange.conflicts.decide': defineMethod(s.conflictDecideInput, decideConflict),
  'exchange.corrections.create': defineMethod(s.correctionCreateInput, createCorrection),
  'exchange.corrections.list': defineMethod(s.correctionListInput, listCorrections),
  'exchange.corrections.withdraw': defineMethod(s.correctionWithdrawInput, withdrawCorrection),
  'exchange.down.create': defineMethod(s.downCreateInput, createDownBundle),
  'exchange.overview.campaign': defineMethod(s.yearInput, campaignOverview),
  'exchange.overview.militia': defineMethod(s.militiaOverviewInput, militiaOverview),
  'exchange.overview.reserves': defineMethod(s.noInput, reservesOverview),
  'exchange.overview.activities': defineMethod(s.yearInput, activitiesOverview),
  'exchange.overview.halfYear': defineMethod(s.periodInput, halfYearOverview),
};
