import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { chooseOption } from '../../../test/queries';
import { format, vi } from '../../messages/vi';
import { ReadinessDocumentsTab } from './ReadinessDocumentsTab';

const t = vi.readinessDocuments;
const DEFENCE_PLAN = 'Kế hoạch chiến đấu phòng thủ';
const WARD = 'Ban CHQS phường Đức Xuân';

/** A ward command holding its set, its defence plan found lacking in March; today is 27/11/2026. */
async function office() {
  const o = openTestOffice();
  const ward = await o.call('localities.create', { name: 'Phường Đức Xuân', kind: 'ward', validFrom: '2015-01-01' });
  const holder = await o.call('readinessDocuments.holder.create', {
    kind: 'locality',
    refId: ward.id,
    name: WARD,
    // Followed long before the reviews below (a review cannot predate it).
    activeFrom: '2020-01-01',
  });
  const kind = (await o.call('readinessDocuments.kind.list', {})).find((k) => k.name === DEFENCE_PLAN)!;
  await o.call('readinessDocuments.review.create', {
    holderId: holder.id,
    kindId: kind.id,
    reviewedOn: '2026-03-10',
    reviewer: 'Trung úy Lý Văn Hùng',
    state: 'needs_revision',
  });
  return { o, holder, kind };
}

it('shows each document’s state, records a review that turns it complete, and lists its history', async () => {
  const { o, holder, kind } = await office();
  const user = userEvent.setup();
  renderScreen(<ReadinessDocumentsTab />);
  const name = await screen.findByRole('button', { name: WARD });
  expect(within(name.closest('tr')!).getByText('0/8')).toBeTruthy();
  await user.click(name);
  const documents = await screen.findByRole('dialog', { name: WARD });
  expect(within(documents).getByText(t.states.needs_revision)).toBeTruthy();

  await user.click(screen.getByRole('button', { name: `${t.review}: ${DEFENCE_PLAN} – ${WARD}` }));
  const dialog = await screen.findByRole('dialog', { name: format(t.reviewOf, { kind: DEFENCE_PLAN, holder: WARD }) });
  const date = within(dialog).getByLabelText(t.fields.reviewedOn);
  await user.clear(date);
  await user.type(date, '20/11/2026{Enter}');
  await user.type(within(dialog).getByLabelText(t.fields.reviewer), 'Đại úy Hà Văn Lâm{Enter}');

  await waitFor(async () => {
    const reviews = await o.call('readinessDocuments.review.list', { holderId: holder.id, kindId: kind.id });
    expect(reviews.map((r) => [r.reviewedOn, r.state, r.reviewer])).toEqual([
      ['2026-11-20', 'complete', 'Đại úy Hà Văn Lâm'],
      ['2026-03-10', 'needs_revision', 'Trung úy Lý Văn Hùng'],
    ]);
  });
  await waitFor(() => expect(within(documents).getAllByText(t.states.complete)).toHaveLength(1));
  expect(screen.getByText('1/8')).toBeTruthy();

  await user.click(screen.getByRole('button', { name: `${t.history}: ${DEFENCE_PLAN} – ${WARD}` }));
  const drawer = await screen.findByRole('dialog', { name: format(t.historyOf, { kind: DEFENCE_PLAN, holder: WARD }) });
  expect(await within(drawer).findByText('20/11/2026')).toBeTruthy();
  expect(within(drawer).getByText('10/03/2026')).toBeTruthy();
});

it('adds a practice of the ward’s defence plan, held with its result', async () => {
  const { o, holder } = await office();
  const user = userEvent.setup();
  renderScreen(<ReadinessDocumentsTab />);
  await user.click(await screen.findByText(t.views.practices));
  await screen.findByText(t.emptyPractices);
  await user.click(screen.getByRole('button', { name: t.addPractice }));
  const dialog = await screen.findByRole('dialog', { name: t.addPractice });
  await user.click(within(dialog).getByLabelText(t.fields.holder));
  await chooseOption(user, WARD);
  await user.click(within(dialog).getByLabelText(t.fields.kind));
  await chooseOption(user, DEFENCE_PLAN);
  const date = within(dialog).getByLabelText(t.fields.practisedOn);
  await user.clear(date);
  await user.type(date, '15/11/2026{Enter}');
  await user.type(within(dialog).getByLabelText(t.fields.participants), '32{Enter}');

  await waitFor(async () => {
    const page = await o.call('readinessDocuments.practice.list', { year: 2026 });
    expect(page.rows.map((p) => [p.holderId, p.practisedOn, p.status, p.participants])).toEqual([
      [holder.id, '2026-11-15', 'done', 32],
    ]);
  });
  expect(await screen.findByRole('button', { name: '15/11/2026' })).toBeTruthy();
});

it('lets the office take a kind out of the wards’ set and add its own kind', async () => {
  const { o } = await office();
  const user = userEvent.setup();
  renderScreen(<ReadinessDocumentsTab />);
  expect(await screen.findByText('0/8')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: t.kinds.open }));
  const dialog = await screen.findByRole('dialog', { name: t.kinds.title });
  const map = 'Quyết tâm chiến đấu (bản đồ)';
  await user.click(
    await within(dialog).findByRole('checkbox', {
      name: format(t.kinds.flagOf, { kind: map, flag: t.kinds.forLocality }),
    }),
  );
  await user.type(within(dialog).getByLabelText(t.kinds.newName), 'Kế hoạch A2{Enter}');
  await waitFor(async () => {
    const kinds = await o.call('readinessDocuments.kind.list', {});
    expect(kinds.find((k) => k.name === map)?.forLocality).toBe(false);
    expect(kinds.find((k) => k.name === 'Kế hoạch A2')).toMatchObject({ forOffice: true, forLocality: true });
  });
  // The footer's button (the title bar's ✕ has the same name).
  await user.click(within(dialog).getAllByRole('button', { name: t.kinds.close }).at(-1)!);
  // The ward's set: eight less the map plus the new kind.
  expect(await screen.findByText('0/8')).toBeTruthy();
  const ward = await o.call('readinessDocuments.overview', {});
  expect(ward.rows[0]!.documents.map((d) => d.kindName)).not.toContain(map);
});

it('adds a ward’s military command as a holder, its name proposed from the ward', async () => {
  const { o } = await office();
  await o.call('localities.create', { name: 'Phường Sông Cầu', kind: 'ward', validFrom: '2015-01-01' });
  const user = userEvent.setup();
  renderScreen(<ReadinessDocumentsTab />);
  await screen.findByText('0/8');
  await user.click(screen.getByRole('button', { name: t.addHolder }));
  const dialog = await screen.findByRole('dialog', { name: t.addHolder });
  await user.click(within(dialog).getByLabelText(t.fields.locality));
  await chooseOption(user, 'Phường Sông Cầu');
  expect(within(dialog).getByLabelText<HTMLInputElement>(t.fields.name).value).toBe('Ban CHQS phường Sông Cầu');
  // Its set has been kept since the start of 2024 (left empty: from today).
  await user.type(within(dialog).getByLabelText(t.fields.activeFrom), '01/01/2024{Enter}');
  await user.type(within(dialog).getByLabelText(t.fields.name), '{Enter}');
  expect(await screen.findByRole('button', { name: 'Ban CHQS phường Sông Cầu' })).toBeTruthy();
  const holders = await o.call('readinessDocuments.holder.list', {});
  expect(holders.map((h) => [h.name, h.activeFrom])).toEqual([
    [WARD, '2020-01-01'],
    ['Ban CHQS phường Sông Cầu', '2024-01-01'],
  ]);
});

it('stops following a holder from a day: it leaves the list, its reviews stay', async () => {
  const { o, holder, kind } = await office();
  const user = userEvent.setup();
  renderScreen(<ReadinessDocumentsTab />);
  await user.click(await screen.findByRole('button', { name: WARD }));
  const documents = await screen.findByRole('dialog', { name: WARD });
  await user.click(within(documents).getByRole('button', { name: t.editHolder }));
  const dialog = await screen.findByRole('dialog', { name: t.editHolder });
  await user.type(within(dialog).getByLabelText(t.fields.retiredOn), '01/07/2025{Enter}');
  await user.type(within(dialog).getByLabelText(t.fields.name), '{Enter}');
  expect(await screen.findByText(t.emptyHolders)).toBeTruthy();
  const [retired] = await o.call('readinessDocuments.holder.list', { includeRetired: true });
  expect(retired).toMatchObject({ id: holder.id, retiredOn: '2025-07-01' });
  expect(await o.call('readinessDocuments.review.list', { holderId: holder.id, kindId: kind.id })).toHaveLength(1);
});
