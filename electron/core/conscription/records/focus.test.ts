import { describe, expect, it } from 'vitest';
import { expectFocusFindsEachRow, expectFocusOutside } from '../../db/focus-test-helpers';
import { type TestCore, useTestCore } from '../../db/test-helpers';
import type { Locality } from '../../localities/schema';
import { createLocality } from '../../localities/test-steps';
import { citizenIdFor, createPerson } from '../../people/test-steps';
import type { Campaign } from '../campaigns/schema';
import { createCampaign, enrolInCampaign } from '../test-steps';

let core: TestCore;
let campaign: Campaign;
let wards: Locality[];

useTestCore(async (c) => {
  core = c;
  wards = [await createLocality(core, 'Phường Đức Xuân'), await createLocality(core, 'Xã Dương Quang')];
  campaign = await createCampaign(core, { year: 2027, handoverStart: '2027-02-24' });
});

// Three names for 25 citizens: most rows tie on name, all on order number (none yet), many on ward.
const NAMES = ['Nguyễn Văn An', 'Trần Văn Bình', 'Nguyễn Văn An', 'Lê Văn Cường', 'Nguyễn Văn An'];

describe('conscription.record.list with focusId', () => {
  it('returns the page showing the record under each sort and filter, ties included', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const birthDate = `2007-0${1 + (i % 3)}-15`;
      const person = await createPerson(core, NAMES[i % NAMES.length]!, {
        birthDate,
        sex: 'M',
        citizenId: citizenIdFor(birthDate, 'M', i + 1),
        localityId: wards[i % 2]!.id,
      });
      ids.push(
        (await enrolInCampaign(core, { campaignId: campaign.id, personId: person.id, onDate: '2026-04-01' })).id,
      );
    }
    const method = 'conscription.record.list';
    const base = { campaignId: campaign.id };
    let checked = 0;
    for (const sort of ['locality', 'name', 'orderNumber'] as const) {
      checked += await expectFocusFindsEachRow(core, method, { ...base, sort }, 4);
      checked += await expectFocusFindsEachRow(core, method, { ...base, sort, localityId: wards[0]!.id }, 3);
      checked += await expectFocusFindsEachRow(core, method, { ...base, sort, search: 'nguyen van an' }, 4);
    }
    expect(checked).toBe(3 * (25 + 13 + 15));
    // A citizen of the other ward is not in the first ward's list: the page asked for, flagged.
    await expectFocusOutside(core, method, { ...base, localityId: wards[0]!.id, pageSize: 4 }, ids[1]!);
  });
});
