import { byId, defineMethod } from '../kernel/method';
import {
  localityCreateInput,
  localityHistoryInput,
  localityListInput,
  localityRenameInput,
  localityRestoreInput,
  localityRetireInput,
  localityUpdateInput,
} from './schema';
import * as service from './service';

export const localitiesApi = {
  'localities.list': defineMethod(localityListInput, service.listLocalities),
  'localities.create': defineMethod(localityCreateInput, service.createLocality),
  'localities.update': defineMethod(localityUpdateInput, service.updateLocality),
  'localities.rename': defineMethod(localityRenameInput, service.renameLocality),
  'localities.retire': defineMethod(localityRetireInput, service.retireLocality),
  'localities.restore': defineMethod(localityRestoreInput, service.restoreLocality),
  'localities.history': defineMethod(localityHistoryInput, byId(service.localityHistory)),
};
