import { byId, defineMethod } from '../kernel/method';
import { noticeCreateInput, noticeIdInput, noticeListInput, noticeUpdateInput, quartersInput } from './schema';
import * as service from './service';

/** The commune police notices' API methods (spread into api/contract.ts). */
export const policeNoticesApi = {
  'policeNotices.list': defineMethod(noticeListInput, service.listNotices),
  'policeNotices.get': defineMethod(noticeIdInput, byId(service.getNotice)),
  'policeNotices.create': defineMethod(noticeCreateInput, service.createNotice),
  'policeNotices.update': defineMethod(noticeUpdateInput, service.updateNotice),
  /** The four quarters of a year: which have a notice and which are missing. */
  'policeNotices.quarters': defineMethod(quartersInput, (ctx, input) => service.quarterOverview(ctx, input.year)),
};
