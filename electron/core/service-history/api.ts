import { byId, defineMethod } from '../kernel/method';
import { personIdInput } from '../people';
import { personServiceHistory } from './history';

export const serviceHistoryApi = {
  /** Everything the records say about the person's service, in date order (the person page's history). */
  'people.serviceHistory': defineMethod(personIdInput, byId(personServiceHistory)),
};
