import { byId, defineMethod } from '../kernel/method';
import {
  citizenIdCheckInput,
  personCreateInput,
  personIdInput,
  personListInput,
  personUpdateInput,
  personVersionInput,
} from './schema';
import * as service from './service';

export const peopleApi = {
  'people.list': defineMethod(personListInput, service.listPeople),
  'people.get': defineMethod(personIdInput, byId(service.getPerson)),
  'people.create': defineMethod(personCreateInput, service.createPerson),
  'people.update': defineMethod(personUpdateInput, service.updatePerson),
  'people.archive': defineMethod(personVersionInput, (ctx, input) =>
    service.setPersonArchived(ctx, input.id, input.version, true),
  ),
  'people.restore': defineMethod(personVersionInput, (ctx, input) =>
    service.setPersonArchived(ctx, input.id, input.version, false),
  ),
  /** For the form's live warning: who already holds this citizen ID, if anyone. */
  'people.checkCitizenId': defineMethod(citizenIdCheckInput, (ctx, input) =>
    service.findCitizenIdOwner(ctx, input.citizenId, input.excludeId),
  ),
};
