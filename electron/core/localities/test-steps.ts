/**
 * Office steps for the core's tests: a ward, commune or village entered as the localities screen
 * does, valid since 2015 so that every test date falls inside it.
 */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { Locality } from './schema';

/** `localities.create` valid from 01/01/2015: a ward unless told, under `parentId` if given. */
export function createLocality(core: Core, name: string, kind = 'ward', parentId?: string | null): Promise<Locality> {
  return call<Locality>(core, 'localities.create', { name, kind, parentId, validFrom: '2015-01-01' });
}
