import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../test/core-harness';
import { tableRows } from '../../test/queries';
import { personInput, seedLocality } from '../../test/seed';
import { CitizensTab } from '../features/conscription/CitizensTab';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { vi } from '../messages/vi';
import { bindMemoryTo, forgetSessionMemory } from './remembered';

const STORED = 'qsdp.memory.user-a';

afterEach(() => {
  forgetSessionMemory();
  localStorage.clear();
});

/** What an earlier version of the program left in the profile folder, read as a restart reads it. */
function storedByAnEarlierVersion(memory: Record<string, unknown>) {
  localStorage.setItem(STORED, JSON.stringify(memory));
  bindMemoryTo('user-a');
}

const namesOnScreen = () => tableRows().map((cells) => cells[0]!);

describe('remembered filters that no longer fit the list', () => {
  it('open the list with its defaults and a short notice, and are forgotten', async () => {
    const office = openTestOffice();
    for (const name of ['Lê Văn An', 'Trần Thị Bình']) await office.call('people.create', personInput(name));
    // A filter since renamed, a page past the end and a sort on a column that is gone.
    storedByAnEarlierVersion({
      'people.filters': { gender: 'F', archived: false },
      'people.paging': { page: 7, pageSize: 20 },
      'people.sort': { sort: 'age', order: 'asc' },
    });

    renderScreen(<PeopleScreen />);
    expect(await screen.findByText(vi.memory.reset)).toBeTruthy();
    await waitFor(() => expect(namesOnScreen()).toEqual(['Lê Văn An', 'Trần Thị Bình']));
    // No refusal above the table: the notice is all the user sees of it.
    expect(document.querySelector('.ant-alert-error')).toBeNull();
    const kept = localStorage.getItem(STORED) ?? '';
    expect(kept).not.toContain('gender');
    expect(kept).not.toContain('age');
  });

  it('a remembered page past the end of a campaign’s citizens turns to the last page', async () => {
    const office = openTestOffice();
    const ward = await seedLocality(office);
    const campaign = await office.call('conscription.campaign.create', {
      year: 2027,
      handoverStart: '2027-02-24',
      handoverEnd: '2027-02-24',
    });
    const person = await office.call('people.create', personInput('Lê Văn An', '2005-03-15', { localityId: ward.id }));
    await office.call('conscription.record.create', {
      campaignId: campaign.id,
      personId: person.id,
      state: 'pool',
      onDate: '2026-04-01',
    });
    // Page 3 was left when the campaign had more citizens (since handed over to another list).
    storedByAnEarlierVersion({ [`conscription.citizens@${campaign.id}.paging`]: { page: 3, pageSize: 50 } });

    renderScreen(<CitizensTab campaign={campaign} />);
    expect(await screen.findByRole('button', { name: 'Lê Văn An' })).toBeTruthy();
  });
});
