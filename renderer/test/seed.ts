import type { ApiInput, ApiOutput } from '../../electron/core/api/contract';
import { onTestFinished } from 'vitest';
import type { TestOffice } from './core-harness';

let serial = 0;

/**
 * A person for `people.create` from a full name (family, middle, given) and a birth date, with a
 * citizen ID that agrees with both (Decree 137/2015: 4th digit century and sex, 5th–6th the year).
 */
export function personInput(
  fullName: string,
  birthDate = '2005-03-15',
  extra: Partial<ApiInput<'people.create'>> = {},
): ApiInput<'people.create'> {
  const words = fullName.split(' ');
  const sex = extra.sex ?? 'M';
  const century = Math.floor((Number(birthDate.slice(0, 4)) - 1900) / 100) * 2 + (sex === 'F' ? 1 : 0);
  return {
    familyName: words[0]!,
    middleName: words.slice(1, -1).join(' '),
    givenName: words[words.length - 1]!,
    birthDate,
    sex,
    citizenId: `001${century}${birthDate.slice(2, 4)}${String(++serial).padStart(6, '0')}`,
    ...extra,
  };
}

/** An office profile for `office.update`: documents need one (its name, symbol and signers). */
export function officeProfile(): ApiInput<'office.update'> {
  return {
    name: 'BAN CHQS PHƯỜNG ĐỨC XUÂN',
    parentBody: 'BAN CHQS THÀNH PHỐ BẮC KẠN',
    placeName: 'Bắc Kạn',
    symbol: 'BCH',
    signers: [
      { role: 'commander', title: 'CHỈ HUY TRƯỞNG', rank: 'Đại uý', name: 'Hoàng Văn Minh' },
      { role: 'political_officer', title: 'CHÍNH TRỊ VIÊN', rank: 'Thượng uý', name: 'Lục Văn Sơn' },
    ],
  };
}

/**
 * A locality in force since 2015, before any date the tests use: by default the ward most tests
 * take place in.
 */
export function seedLocality(
  office: TestOffice,
  name = 'Phường Đức Xuân',
  kind: ApiInput<'localities.create'>['kind'] = 'ward',
): Promise<ApiOutput<'localities.create'>> {
  return office.call('localities.create', { name, kind, validFrom: '2015-01-01' });
}

/** The locality's mobile militia platoon, "Trung đội dân quân cơ động". */
export function seedMobilePlatoon(office: TestOffice, localityId: string): Promise<ApiOutput<'militia.unit.create'>> {
  return office.call('militia.unit.create', {
    force: 'militia',
    localityId,
    name: 'Trung đội dân quân cơ động',
    level: 'platoon',
    component: 'mobile',
  });
}

/**
 * Registers each named person (born 01/06/2000, living in the locality) and makes them a member of
 * the unit paired with them since 10/01/2025.
 */
export async function seedMilitiaMembers(
  office: TestOffice,
  localityId: string,
  members: [name: string, unitId: string][],
): Promise<void> {
  for (const [name, unitId] of members) {
    const person = await office.call('people.create', personInput(name, '2000-06-01', { localityId }));
    await office.call('militia.member.create', { personId: person.id, unitId, startedOn: '2025-01-10' });
  }
}

/**
 * Catches the files the screen hands to the browser's download (jsdom has no object URLs and no
 * downloads): their names, in order.
 */
export function catchDownloads(): string[] {
  const names: string[] = [];
  URL.createObjectURL = () => 'blob:test';
  URL.revokeObjectURL = () => {};
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) names.push(this.download);
    else click.call(this);
  };
  onTestFinished(() => {
    HTMLAnchorElement.prototype.click = click;
  });
  return names;
}
