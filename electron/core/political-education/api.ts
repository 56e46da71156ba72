import { byId, defineMethod } from '../kernel/method';
import {
  sessionCreateInput,
  sessionFiguresInput,
  sessionIdInput,
  sessionListInput,
  sessionUpdateInput,
} from './schema';
import * as service from './service';

/** The political education sessions' API methods (spread into api/contract.ts). */
export const politicalEducationApi = {
  'politicalEducation.session.list': defineMethod(sessionListInput, service.listSessions),
  'politicalEducation.session.get': defineMethod(sessionIdInput, byId(service.getSession)),
  'politicalEducation.session.create': defineMethod(sessionCreateInput, service.createSession),
  'politicalEducation.session.update': defineMethod(sessionUpdateInput, service.updateSession),
  /** Sessions and attendance over a range, per kind and per unit (the tab's summary). */
  'politicalEducation.figures': defineMethod(sessionFiguresInput, service.politicalEducationFigures),
};
