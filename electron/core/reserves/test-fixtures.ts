import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { Person } from '../people';
import type { ReserveSlot, ReserveUnit, Reservist, Specialty } from './schema';

/** Small builders for the reserves tests: everything through the API, as the screens do. */
export function reservesFixture(core: Core) {
  let serial = 0;
  return {
    async person(fullName: string, birthDate: string, sex: 'M' | 'F' = 'M', localityId: string | null = null) {
      const [familyName, ...rest] = fullName.split(' ');
      return call<Person>(core, 'people.create', {
        familyName,
        middleName: rest.slice(0, -1).join(' '),
        givenName: rest[rest.length - 1],
        birthDate,
        sex,
        citizenId: `006${sex === 'M' ? (birthDate < '2000' ? 0 : 2) : birthDate < '2000' ? 1 : 3}${birthDate.slice(2, 4)}${String(++serial).padStart(6, '0')}`,
        localityId,
      });
    },
    specialty(code: string, name: string) {
      return call<Specialty>(core, 'reserves.specialty.create', { code, name });
    },
    reservist(personId: string, extra: Record<string, unknown> = {}) {
      return call<Reservist>(core, 'reserves.reservist.create', {
        personId,
        category: 'soldier',
        grade: 1,
        rank: 'private_1',
        registeredOn: '2020-01-10',
        ...extra,
      });
    },
    /** Takes the reservist off the list on `removedOn` for `reason`, from the version it stands at. */
    async remove(reservistId: string, removedOn: string, reason: string) {
      const current = await call<Reservist>(core, 'reserves.reservist.get', { id: reservistId });
      const removal = { id: reservistId, version: current.version, removedOn, reason };
      return call<Reservist>(core, 'reserves.reservist.remove', removal);
    },
    unit(name: string, kind: 'combat' | 'support') {
      return call<ReserveUnit>(core, 'reserves.unit.create', { name, kind });
    },
    slot(unitId: string, title: string, specialtyId: string, required: number) {
      return call<ReserveSlot>(core, 'reserves.slot.create', { unitId, title, specialtyId, required });
    },
    assign(reservistId: string, slotId: string, assignedOn = '2026-06-01') {
      return core.invoke('reserves.assignment.create', { reservistId, slotId, assignedOn });
    },
  };
}
