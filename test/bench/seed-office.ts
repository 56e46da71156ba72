import type { Core } from '../../electron/core/app-core';
import { insertRecord, insertTransition, EMPTY_FACTS } from '../../electron/core/conscription/records/repository';
import { CONSCRIPTION_STATES, type ConscriptionState } from '../../electron/core/conscription/states';
import { insertPerson } from '../../electron/core/people/repository';
import type { PersonCreateInput } from '../../electron/core/people/schema';
import { seeded } from './stats';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Hà', 'Đặng', 'Nông', 'Triệu', 'Ma', 'Lục', 'Bế', 'Vũ', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quang', 'Thu', 'Hồng', 'Ngọc', 'Hữu', 'Thế', 'Công', 'Xuân'];
const GIVEN = [
  'An',
  'Ánh',
  'Bình',
  'Cường',
  'Dũng',
  'Đức',
  'Giang',
  'Hà',
  'Hùng',
  'Lan',
  'Mai',
  'Nam',
  'Ơn',
  'Ưng',
  'Sơn',
  'Tùng',
  'Việt',
  'Yên',
];

export interface SeededOffice {
  localityIds: string[];
  campaignIds: string[];
  people: number;
  records: number;
}

/**
 * A large invented office: `people` people across 40 wards/communes, five
 * campaigns (2022–2026) and a conscription record per young man per campaign
 * in a spread of states. Rows go in through the repositories (not the API) in
 * one transaction, because seeding speed is not what is measured.
 */
export async function seedLargeOffice(core: Core, people: number): Promise<SeededOffice> {
  const random = seeded(2026);
  const localityIds: string[] = [];
  for (let i = 1; i <= 40; i++) {
    const result = await core.invoke('localities.create', {
      name: `${i % 4 === 0 ? 'Xã' : 'Phường'} Số ${i}`,
      kind: i % 4 === 0 ? 'commune' : 'ward',
      validFrom: '2015-01-01',
    });
    if (!result.ok) throw new Error(result.error.message);
    localityIds.push((result.value as { id: string }).id);
  }
  const campaignIds: string[] = [];
  for (const year of [2022, 2023, 2024, 2025, 2026]) {
    const result = await core.invoke('conscription.campaign.create', {
      year,
      handoverStart: `${year}-02-20`,
      handoverEnd: `${year}-02-21`,
    });
    if (!result.ok) throw new Error(result.error.message);
    campaignIds.push((result.value as { id: string }).id);
  }
  const at = new Date().toISOString();
  let records = 0;
  core.db.transaction(() => {
    for (let i = 0; i < people; i++) {
      const young = i % 2 === 0;
      const year = young ? 1998 + random(10) : 1950 + random(50);
      const sex = young || random(2) === 0 ? 'M' : 'F';
      const person: PersonCreateInput = {
        familyName: FAMILY[random(FAMILY.length)]!,
        middleName: MIDDLE[random(MIDDLE.length)]!,
        givenName: GIVEN[random(GIVEN.length)]!,
        birthDate: `${year}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`,
        sex,
        citizenId: `006${(year >= 2000 ? 2 : 0) + (sex === 'F' ? 1 : 0)}${String(year % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`,
        localityId: localityIds[random(localityIds.length)]!,
        address: '',
        phone: null,
        ethnicity: 'Kinh',
        religion: 'Không',
        education: '12/12',
        occupation: '',
        notes: '',
      };
      const personId = insertPerson(core.db, person, at);
      if (!young) continue;
      for (const campaignId of campaignIds) {
        if (random(3) === 0) continue;
        const state: ConscriptionState = CONSCRIPTION_STATES[random(CONSCRIPTION_STATES.length)]!;
        const id = insertRecord(
          core.db,
          {
            personId,
            campaignId,
            state,
            stateSince: '2025-12-01',
            facts: { ...EMPTY_FACTS, healthClass: 1 + random(6), branch: state === 'handed_over' ? 'army' : null },
          },
          at,
        );
        insertTransition(
          core.db,
          {
            recordId: id,
            fromState: null,
            toState: state,
            onDate: '2025-12-01',
            actor: 'bench',
            note: '',
            documentNumber: '',
            details: {},
            isCorrection: false,
          },
          at,
        );
        records += 1;
      }
    }
  })();
  return { localityIds, campaignIds, people, records };
}
