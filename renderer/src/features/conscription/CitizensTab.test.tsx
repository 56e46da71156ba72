import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../electron/core/api/contract';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { chooseOption, tableRows } from '../../../test/queries';
import { personInput, seedLocality } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { CitizensTab } from './CitizensTab';
import { totalText } from '../../shared/PagedTable';

const t = vi.conscription;

/**
 * The 2027 campaign (handover 24/02/2027) of one ward, with four young men in its pool: two examined
 * fit (class 1 and 2), one examined unfit (class 5), one not yet examined.
 */
async function campaignWithCitizens(office: TestOffice): Promise<Campaign> {
  const ward = await seedLocality(office);
  const created = await office.call('conscription.campaign.create', {
    year: 2027,
    handoverStart: '2027-02-24',
    handoverEnd: '2027-02-24',
  });
  const campaign = await office.call('conscription.campaign.setQuotas', {
    campaignId: created.id,
    version: created.version,
    quotas: [{ localityId: ward.id, army: 2, police: 0 }],
  });
  const citizens: [string, number | null][] = [
    ['Nguyễn Văn An', 1],
    ['Trần Văn Bình', 2],
    ['Lê Văn Cường', null],
    ['Phạm Văn Dũng', 5],
  ];
  for (const [name, healthClass] of citizens) {
    const person = await office.call('people.create', personInput(name, '2005-03-15', { localityId: ward.id }));
    const record = await office.call('conscription.record.create', {
      campaignId: campaign.id,
      personId: person.id,
      state: 'pool',
      onDate: '2026-04-01',
    });
    if (healthClass !== null) {
      await office.call('conscription.record.healthExam', {
        recordId: record.id,
        version: record.version,
        onDate: '2026-11-20',
        healthClass,
      });
    }
  }
  return campaign;
}

/** Each row's name and state, as the table shows them. */
function statesOnScreen(): Record<string, string> {
  return Object.fromEntries(tableRows().map((cells) => [cells[1]!, cells[4]!]));
}

async function statesInCore(office: TestOffice, campaign: Campaign): Promise<Record<string, string>> {
  const page = await office.call('conscription.record.list', { campaignId: campaign.id });
  return Object.fromEntries(page.rows.map((r) => [r.fullName, r.state]));
}

/** A fresh office with the campaign above, its citizens tab on screen. */
async function openCampaignCitizens() {
  const office = openTestOffice();
  const campaign = await campaignWithCitizens(office);
  const user = userEvent.setup();
  renderScreen(<CitizensTab campaign={campaign} />);
  return { office, campaign, user };
}

/** Runs one step of the toolbar on the ticked citizens; returns its dialog (not yet saved). */
async function openStep(user: ReturnType<typeof userEvent.setup>, action: string, count: number) {
  await user.click(
    within(screen.getByRole('toolbar', { name: vi.common.actions })).getByRole('button', { name: action }),
  );
  return screen.findByRole('dialog', { name: format(t.step.dialogTitle, { action, count }) });
}

describe('campaign citizens', () => {
  it('lists the campaign’s citizens with their states, and the state filter keeps only those asked for', async () => {
    const { user } = await openCampaignCitizens();

    expect(await screen.findByText(totalText(4, vi.layout.units.people))).toBeTruthy();
    expect(statesOnScreen()).toEqual({
      'Nguyễn Văn An': t.states.health_exam_passed,
      'Trần Văn Bình': t.states.health_exam_passed,
      'Lê Văn Cường': t.states.pool,
      'Phạm Văn Dũng': t.states.health_exam_failed,
    });

    await user.click(screen.getByRole('combobox', { name: t.records.statesFilter }));
    await chooseOption(user, t.states.health_exam_passed);

    expect(await screen.findByText(totalText(2, vi.layout.units.people))).toBeTruthy();
    expect(statesOnScreen()).toEqual({
      'Nguyễn Văn An': t.states.health_exam_passed,
      'Trần Văn Bình': t.states.health_exam_passed,
    });
  });

  it('moves the ticked citizens one step on: both pass the political review', async () => {
    const { office, campaign, user } = await openCampaignCitizens();

    await user.click(await screen.findByRole('checkbox', { name: 'Nguyễn Văn An' }));
    await user.click(screen.getByRole('checkbox', { name: 'Trần Văn Bình' }));
    expect(screen.getByText(format(t.records.selected, { count: 2 }))).toBeTruthy();
    const action = t.actions.political_review_passed;
    const dialog = await openStep(user, action, 2);
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

    expect(await screen.findByText(`${action}: ${format(t.outcome.done, { count: 2 })}`)).toBeTruthy();
    await waitFor(() =>
      expect(statesOnScreen()).toMatchObject({
        'Nguyễn Văn An': t.states.political_review_passed,
        'Trần Văn Bình': t.states.political_review_passed,
      }),
    );
    expect(await statesInCore(office, campaign)).toEqual({
      'Nguyễn Văn An': 'political_review_passed',
      'Trần Văn Bình': 'political_review_passed',
      'Lê Văn Cường': 'pool',
      'Phạm Văn Dũng': 'health_exam_failed',
    });
  });

  it('names a citizen the core refuses to move, with its reason, and leaves the record as it was', async () => {
    const { office, campaign, user } = await openCampaignCitizens();

    // Not examined yet: he cannot go on the official list.
    await user.click(await screen.findByRole('checkbox', { name: 'Lê Văn Cường' }));
    const action = t.actions.official_list;
    const dialog = await openStep(user, action, 1);
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

    const outcome = await screen.findByRole('dialog', { name: t.outcome.title });
    expect(within(outcome).getByText(`${action}: ${t.outcome.noneDone}`)).toBeTruthy();
    expect(within(outcome).getByText(format(t.outcome.refused, { count: 1 }))).toBeTruthy();
    // The reason is the core's own, word for word.
    const record = (await office.call('conscription.record.list', { campaignId: campaign.id, search: 'Cuong' }))
      .rows[0]!;
    const refusal = await office.refusal('conscription.record.transition', {
      recordId: record.id,
      version: record.version,
      to: 'official_list',
      onDate: '2026-11-27',
    });
    const reason = Object.values(refusal.fieldErrors ?? {})[0] ?? refusal.message;
    expect(within(outcome).getByText(format(t.outcome.named, { name: 'Lê Văn Cường', message: reason }))).toBeTruthy();
    expect((await statesInCore(office, campaign))['Lê Văn Cường']).toBe('pool');
  });

  it('records the police at the official list: the row says so, and the police quota of 0 gives a warning', async () => {
    const office = openTestOffice();
    const campaign = await campaignWithCitizens(office);
    const an = (await office.call('conscription.record.list', { campaignId: campaign.id, search: 'An' })).rows[0]!;
    await office.call('conscription.record.transition', {
      recordId: an.id,
      version: an.version,
      to: 'political_review_passed',
      onDate: '2026-11-25',
    });
    const user = userEvent.setup();
    renderScreen(<CitizensTab campaign={campaign} />);

    await user.click(await screen.findByRole('checkbox', { name: 'Nguyễn Văn An' }));
    const action = t.actions.official_list;
    const dialog = await openStep(user, action, 1);
    await user.click(within(dialog).getByRole('radio', { name: t.step.branchPolice }));
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

    const outcome = await screen.findByRole('dialog', { name: t.outcome.title });
    expect(within(outcome).getByText(t.outcome.warnings)).toBeTruthy();
    expect(
      within(outcome).getByText(
        /^Nguyễn Văn An: Phường Đức Xuân đã có 1\/0 công dân trong danh sách chính thức thực hiện nghĩa vụ tham gia Công an nhân dân/,
      ),
    ).toBeTruthy();
    await user.click(within(outcome).getByRole('button', { name: t.outcome.ok }));
    // The step's warning stays on the row as a badge beside the name.
    await waitFor(() =>
      expect(tableRows().find((cells) => cells[1]!.startsWith('Nguyễn Văn An'))?.[4]).toBe(
        t.policeStates.official_list,
      ),
    );
    const listed = (await office.call('conscription.record.get', { id: an.id })).record;
    expect(listed).toMatchObject({ state: 'official_list', branch: 'police' });
  });
});
