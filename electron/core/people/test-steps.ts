/**
 * Office steps for the core's tests: a person registered the way a clerk types one in, from a full
 * name. Every feature's tests register people; this is the one place that splits the name into the
 * form's boxes and makes up a citizen ID of the real shape.
 */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { Person } from './schema';

/** "Nguyễn Văn An" as the form's three boxes: family name first, given name last, the rest between. */
export function nameParts(fullName: string) {
  const [familyName, ...rest] = fullName.split(' ');
  return { familyName, middleName: rest.slice(0, -1).join(' '), givenName: rest.at(-1) };
}

/**
 * A made-up citizen ID of the real shape: province 006 (Bắc Kạn), the digit for sex and century
 * (0/1 men/women born in the 1900s, 2/3 in the 2000s), the birth year's last two digits, a serial.
 */
export function citizenIdFor(birthDate: string, sex: 'M' | 'F', serial: number): string {
  const century = birthDate < '2000' ? 0 : 2;
  return `006${century + (sex === 'F' ? 1 : 0)}${birthDate.slice(2, 4)}${String(serial).padStart(6, '0')}`;
}

/** The rest of the person form: birth date and sex, and any other field `people.create` takes. */
export type PersonValues = { birthDate: string; sex: 'M' | 'F' } & Record<string, unknown>;

/** `people.create` for `fullName` with the rest of the form. */
export function createPerson(core: Core, fullName: string, values: PersonValues): Promise<Person> {
  return call<Person>(core, 'people.create', { ...nameParts(fullName), ...values });
}
