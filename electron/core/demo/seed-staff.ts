import type { ApiContext } from '../kernel/context';
import { personListInput, personUpdateInput, type Person } from '../people/schema';
import { listPeople, updatePerson } from '../people/service';
import { personServiceHistory } from '../service-history';
import { staffCreateInput } from '../staff/schema';
import { createStaff } from '../staff/service';
import { DEMO_OFFICE } from './places';

interface DemoStaff {
  sex: 'M' | 'F';
  position: string;
  rank: string;
  startedOn: string;
  phone: string;
  /** Index into DEMO_OFFICE.signers: the person takes that signer's name, so a sync keeps the profile as it is. */
  signer?: number;
}

/** The command's leaders (the profile's signers), two staff officers and an employee, in the office's order. */
const DEMO_STAFF: readonly DemoStaff[] = [
  { sex: 'M', position: 'Chỉ huy trưởng', rank: 'Thượng tá', startedOn: '2019-08-01', phone: '0209387101', signer: 0 },
  { sex: 'M', position: 'Chính trị viên', rank: 'Thượng tá', startedOn: '2020-03-15', phone: '0209387102', signer: 1 },
  {
    sex: 'M',
    position: 'Phó Chỉ huy trưởng – Tham mưu trưởng',
    rank: 'Trung tá',
    startedOn: '2018-01-10',
    phone: '0209387103',
    signer: 2,
  },
  {
    sex: 'M',
    position: 'Phó Chỉ huy trưởng',
    rank: 'Trung tá',
    startedOn: '2021-06-01',
    phone: '0209387104',
    signer: 3,
  },
  { sex: 'M', position: 'Trợ lý tác chiến', rank: 'Đại úy', startedOn: '2022-09-01', phone: '0209387105' },
  { sex: 'M', position: 'Trợ lý quân lực', rank: 'Thiếu tá', startedOn: '2017-04-01', phone: '0209387106' },
  { sex: 'F', position: 'Nhân viên văn thư', rank: '', startedOn: '2023-02-20', phone: '0209387107' },
];

const OFFICER_OCCUPATION = 'Sĩ quan quân đội';

/**
 * Demo staff, built through the services from demo adults aged 36–55 who have no
 * other service on record (oldest first: deterministic). The signers take the
 * names printed in the demo office profile, so "Cập nhật người ký văn bản"
 * leaves the profile's signers as they are.
 */
export function seedStaff(ctx: ApiContext, today: string): Record<string, number> {
  const year = Number(today.slice(0, 4));
  const candidates = (sex: 'M' | 'F') =>
    listPeople(
      ctx,
      personListInput.parse({ sex, birthYearFrom: year - 55, birthYearTo: year - 36, sort: 'birthDate', pageSize: 60 }),
    ).rows.filter((p) => personServiceHistory(ctx, p.id).entries.length === 0);
  const pools = { M: candidates('M'), F: candidates('F') };
  let staff = 0;
  DEMO_STAFF.forEach((entry, index) => {
    const found = pools[entry.sex].shift();
    if (!found) return;
    const person = prepare(ctx, found, entry);
    const signer = entry.signer === undefined ? undefined : DEMO_OFFICE.signers[entry.signer];
    createStaff(
      ctx,
      staffCreateInput.parse({
        personId: person.id,
        position: entry.position,
        rank: entry.rank,
        phone: entry.phone,
        signerRole: signer?.role ?? null,
        signerTitle: signer?.title ?? '',
        sortOrder: index + 1,
        startedOn: entry.startedOn,
      }),
    );
    staff += 1;
  });
  return { staff };
}

/** Gives a signer the profile's name (and an officer the occupation), through the people service. */
function prepare(ctx: ApiContext, person: Person, entry: DemoStaff): Person {
  const signer = entry.signer === undefined ? undefined : DEMO_OFFICE.signers[entry.signer];
  if (!signer && entry.rank === '') return person;
  const [familyName = person.familyName, ...rest] = signer ? signer.name.split(' ') : [];
  const names = signer
    ? { familyName, middleName: rest.slice(0, -1).join(' '), givenName: rest.at(-1) ?? person.givenName }
    : {};
  return updatePerson(
    ctx,
    personUpdateInput.parse({
      id: person.id,
      version: person.version,
      familyName: person.familyName,
      middleName: person.middleName,
      givenName: person.givenName,
      birthDate: person.birthDate,
      sex: person.sex,
      citizenId: person.citizenId ?? '',
      localityId: person.localityId,
      address: person.address,
      phone: person.phone ?? '',
      ethnicity: person.ethnicity,
      religion: person.religion,
      education: person.education,
      occupation: OFFICER_OCCUPATION,
      notes: person.notes,
      ...names,
    }),
  );
}
