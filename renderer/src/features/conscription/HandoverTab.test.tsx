import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Campaign, ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { personInput, seedLocality } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { HandoverTab } from './HandoverTab';
import { RecordTimeline } from './RecordTimeline';

const t = vi.conscription.handoverScreen;
const x = vi.conscription.health.exception;
const REASON = 'Công dân đã có mặt tại đơn vị, Ban CHQS tỉnh đồng ý tiếp nhận.';

/**
 * The 2027 handover (24/02/2027) with two citizens holding call-up orders; one's birth date is then
 * corrected so that he is 26 on the handover day: the law's re-check now refuses him.
 */
async function campaignWithOrders(office: TestOffice): Promise<Campaign> {
  const ward = await seedLocality(office);
  const campaign = await office.call('conscription.campaign.create', {
    year: 2027,
    handoverStart: '2027-02-24',
    handoverEnd: '2027-02-24',
  });
  for (const name of ['Nguyễn Văn An', 'Trần Văn Bình']) {
    const person = await office.call('people.create', personInput(name, '2005-03-15', { localityId: ward.id }));
    let record: ConscriptionRecordView = await office.call('conscription.record.create', {
      campaignId: campaign.id,
      personId: person.id,
      state: 'pool',
      onDate: '2026-04-01',
    });
    const measures = { heightCm: 170, weightKg: 62, refractionRight: 0, refractionLeft: 0 };
    const exam = { recordId: record.id, version: record.version, onDate: '2026-11-20', healthClass: 1, ...measures };
    record = (await office.call('conscription.record.healthExam', exam)).record;
    for (const [to, onDate] of [
      ['political_review_passed', '2026-12-10'],
      ['official_list', '2026-12-20'],
      ['call_up_ordered', '2027-01-05'],
    ] as const) {
      record = (
        await office.call('conscription.record.transition', {
          recordId: record.id,
          version: record.version,
          to,
          onDate,
        })
      ).record;
    }
    if (name === 'Trần Văn Bình') {
      const { id, version, familyName, middleName, givenName, sex, localityId } = person;
      await office.call('people.update', {
        id,
        version,
        familyName,
        middleName,
        givenName,
        sex,
        localityId,
        birthDate: '2000-05-01',
      });
    }
  }
  return campaign;
}

describe('the handover of a record that became ineligible', () => {
  it('offers the exception only for that record, says why, needs a reason, and records it', async () => {
    const office = openTestOffice();
    const campaign = await campaignWithOrders(office);
    const user = userEvent.setup();
    renderScreen(<HandoverTab campaign={campaign} />);

    // Only the citizen the law now refuses gets the button; his tick box is closed.
    const button = await screen.findByRole('button', { name: format(x.buttonFor, { name: 'Trần Văn Bình' }) });
    expect(screen.queryByRole('button', { name: format(x.buttonFor, { name: 'Nguyễn Văn An' }) })).toBeNull();
    expect(screen.getByRole('checkbox', { name: format(t.reportedFor, { name: 'Trần Văn Bình' }) })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('checkbox', { name: format(t.reportedFor, { name: 'Nguyễn Văn An' }) })).toHaveProperty(
      'disabled',
      false,
    );

    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: format(x.title, { name: 'Trần Văn Bình' }) });
    expect(within(dialog).getByText(x.why)).toBeTruthy();
    expect(within(dialog).getByText(/quá độ tuổi gọi nhập ngũ/)).toBeTruthy();

    await user.type(within(dialog).getByRole('textbox', { name: t.receivingUnit }), 'Sư đoàn 346');
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));
    expect(await within(dialog).findByText(vi.common.required)).toBeTruthy();

    await user.type(within(dialog).getByRole('textbox', { name: x.reason }), REASON);
    await user.click(within(dialog).getByRole('button', { name: vi.common.save }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: format(x.title, { name: 'Trần Văn Bình' }) })).toBeNull(),
    );

    const handed = await office.call('conscription.record.list', { campaignId: campaign.id, states: ['handed_over'] });
    expect(handed.rows.map((r) => [r.fullName, r.receivingUnit, r.branch])).toEqual([
      ['Trần Văn Bình', 'Sư đoàn 346', 'army'],
    ]);
    const { history } = await office.call('conscription.record.get', { id: handed.rows[0]!.id });
    expect(history.at(-1)!.details.exception).toMatchObject({ reason: REASON });
    // The record's history (its drawer) shows the exception and what the re-check found.
    renderScreen(<RecordTimeline history={history} />);
    expect(await screen.findByText(format(x.history, { reason: REASON }))).toBeTruthy();
    expect(screen.getByText(x.tag)).toBeTruthy();
    expect(screen.getByText(/^Lúc giao: .*quá độ tuổi gọi nhập ngũ/)).toBeTruthy();
  });
});
