import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { Locality } from '../localities';
import type { Person } from '../people';
import type { MilitiaUnit } from './public-types';

/** Builders for the militia tests: a ward, people, units. */
export async function ward(core: Core, name = 'Phường Đức Xuân'): Promise<Locality> {
  return call<Locality>(core, 'localities.create', { name, kind: 'ward' });
}

export async function person(
  core: Core,
  givenName: string,
  birthDate: string,
  sex: 'M' | 'F' = 'M',
  familyName = 'Nguyễn',
): Promise<Person> {
  return call<Person>(core, 'people.create', {
    familyName,
    middleName: sex === 'M' ? 'Văn' : 'Thị',
    givenName,
    birthDate,
    sex,
  });
}

export async function unit(core: Core, values: Record<string, unknown>): Promise<MilitiaUnit> {
  return call<MilitiaUnit>(core, 'militia.unit.create', {
    force: 'militia',
    level: 'platoon',
    component: 'mobile',
    ...values,
  });
}

/** A ward with a mobile platoon, a squad under it and a standing squad of its own. */
export async function wardWithUnits(core: Core) {
  const w = await ward(core);
  const platoon = await unit(core, { localityId: w.id, name: 'Trung đội cơ động' });
  const squad = await unit(core, { localityId: w.id, parentId: platoon.id, level: 'squad', name: 'Tiểu đội 1' });
  const standing = await unit(core, {
    localityId: w.id,
    level: 'squad',
    component: 'standing',
    name: 'Tiểu đội thường trực',
  });
  return { w, platoon, squad, standing };
}
