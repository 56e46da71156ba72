import { byId, defineMethod } from '../kernel/method';
import { breachCreateInput, breachFiguresInput, breachIdInput, breachListInput, breachUpdateInput } from './schema';
import * as service from './service';

/** The discipline breaches' API methods (spread into api/contract.ts). */
export const disciplineApi = {
  'discipline.breach.list': defineMethod(breachListInput, service.listBreaches),
  'discipline.breach.get': defineMethod(breachIdInput, byId(service.getBreach)),
  'discipline.breach.create': defineMethod(breachCreateInput, service.createBreach),
  'discipline.breach.update': defineMethod(breachUpdateInput, service.updateBreach),
  /** Breaches over a range by force and form (the tab's summary). */
  'discipline.figures': defineMethod(breachFiguresInput, service.disciplineFigures),
};
