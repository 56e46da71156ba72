import type { ApiContext } from '../kernel/context';
import { personCreateInput } from '../people/schema';
import { createPerson } from '../people/service';
import type { DemoHome } from './people-generator';

/**
 * People carried over from an old list that still gives the 9-digit number of the former identity
 * card (CMND) instead of the 12-digit personal ID: the register keeps them as they are. Born in the
 * 1960s, so no force or campaign of the demo picks them; fixed, not random, so the rest of the demo
 * is unchanged. The 095 prefix is invented to look like a Bắc Kạn card.
 */
const LEGACY_PEOPLE = [
  {
    familyName: 'Hoàng',
    middleName: 'Văn',
    givenName: 'Thụ',
    birthDate: '1961-04-12',
    sex: 'M',
    citizenId: '095012345',
  },
  {
    familyName: 'Nông',
    middleName: 'Thị',
    givenName: 'Lan',
    birthDate: '1964-09-03',
    sex: 'F',
    citizenId: '095067891',
  },
  {
    familyName: 'Lưu',
    middleName: 'Đình',
    givenName: 'Khải',
    birthDate: '1959-01-27',
    sex: 'M',
    citizenId: '095102468',
  },
] as const;

export function seedLegacyIdPeople(ctx: ApiContext, home: DemoHome): number {
  for (const p of LEGACY_PEOPLE) {
    createPerson(
      ctx,
      personCreateInput.parse({
        ...p,
        localityId: home.localityId,
        notes: 'Chuyển từ danh sách cũ, số CMND 9 chữ số.',
      }),
    );
  }
  return LEGACY_PEOPLE.length;
}
