import { foldVietnamese, vietnameseSortKey } from '../shared/vietnamese-text';

/**
 * What a list needs of a person to place, sort and print them. The people register's `Person` and
 * a conscription record joined with its person both have these fields; the engine names its own
 * type so that it knows no feature.
 */
export interface ListedPerson {
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
  /** ISO yyyy-mm-dd. */
  birthDate: string;
  citizenId: string | null;
  localityName: string | null;
  /** The ward or commune a village belongs to. */
  localityParentName: string | null;
  address: string;
}

/**
 * A member of a unit (militia, reserves) as the forces' lists read one: the name's parts, birth
 * date, sex and locality; those lists print no address or citizen ID.
 */
export interface ListedMember extends Omit<ListedPerson, 'citizenId' | 'address'> {
  sex: 'M' | 'F';
}

/**
 * The area a person is listed under: the ward or commune (phường, xã) their village or residential
 * group belongs to, or the locality itself when it is top level. Quotas are set per ward/commune,
 * so that is how the office reads its lists. null when the person has no locality.
 */
export function listArea(person: Pick<ListedPerson, 'localityName' | 'localityParentName'>): string | null {
  const area = (person.localityParentName ?? person.localityName ?? '').trim();
  return area === '' ? null : area;
}

/** Sort keys in Vietnamese order (vietnameseSortKey): area, then given, middle and family name. */
function sortKeys(person: ListedPerson): string[] {
  const area = listArea(person);
  return [
    // People without a locality come last: "\uffff" sorts after every key.
    area === null ? '\uffff' : vietnameseSortKey(area),
    vietnameseSortKey(person.givenName),
    vietnameseSortKey(person.middleName),
    vietnameseSortKey(person.familyName),
    person.birthDate,
    person.citizenId ?? '',
  ];
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The order of every conscription list: by area (ward/commune name, Vietnamese order), then by name
 * as Vietnamese lists are read — given name, then middle name, then family name (domain.md §6) —
 * then by birth date and citizen ID so equal names always come out in the same order. Returns a new
 * array; the input is left as it was.
 */
export function sortByLocalityThenName<T extends ListedPerson>(people: readonly T[]): T[] {
  return people
    .map((person) => ({ person, keys: sortKeys(person) }))
    .sort((a, b) => compareKeys(a.keys, b.keys))
    .map((entry) => entry.person);
}

const UNIT_WORDS = /^(Phường|Xã|Thị trấn|Thôn|Bản|Tổ|Khu|Xóm|Khối|Làng|Ấp)(?=\s)/u;

/** "Phường Đức Xuân" → "phường Đức Xuân", as unit words are written inside an address. */
function inAddress(name: string): string {
  return UNIT_WORDS.test(name) ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) : name;
}

/**
 * The residence as printed in a list or an order: the address as typed, completed with the locality
 * and its ward/commune when the address does not already name them ("Số 12, đường Trường Chinh" →
 * "Số 12, đường Trường Chinh, tổ 7, phường Đức Xuân").
 */
export function residenceText(person: Pick<ListedPerson, 'address' | 'localityName' | 'localityParentName'>): string {
  const address = person.address.trim().replace(/[,;.\s]+$/, '');
  const folded = foldVietnamese(address);
  const parts = address === '' ? [] : [address];
  for (const name of [person.localityName, person.localityParentName]) {
    const clean = name?.trim() ?? '';
    if (clean === '' || folded.includes(foldVietnamese(clean))) continue;
    parts.push(parts.length === 0 ? clean : inAddress(clean));
  }
  return parts.join(', ');
}

/** The residence of someone a list holds no address for: their locality and its ward/commune. */
export function localityResidence(person: Pick<ListedPerson, 'localityName' | 'localityParentName'>): string {
  return residenceText({
    address: '',
    localityName: person.localityName,
    localityParentName: person.localityParentName,
  });
}
