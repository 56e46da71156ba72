import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { openTestOffice, renderScreen, type TestOffice } from '../../../test/core-harness';
import { chooseOption, tableRows } from '../../../test/queries';
import { personInput } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { DefenceEducationTab } from './DefenceEducationTab';

const t = vi.defenceEducation;

/** A đối tượng 4 course held in October 2026 (today is 27/11/2026) with two village heads. */
async function heldCourse(office: TestOffice) {
  const an = await office.call(
    'people.create',
    personInput('Hoàng Văn An', '1975-04-02', { citizenId: '006075000101' }),
  );
  const binh = await office.call(
    'people.create',
    personInput('Lý Thị Bình', '1980-06-12', { sex: 'F', citizenId: '006180000102' }),
  );
  const course = await office.call('defenceEducation.course.create', {
    title: 'Bồi dưỡng đối tượng 4 năm 2026',
    category: 'group4',
    organiser: 'Ban CHQS phường Đức Xuân',
    place: 'Hội trường UBND phường',
    startsOn: '2026-10-06',
    endsOn: '2026-10-09',
    plannedOn: null,
    plannedParticipants: 2,
    notes: '',
  });
  await office.call('defenceEducation.participant.add', {
    courseId: course.id,
    rows: [
      { personId: an.id, category: 'group4', roleTitle: 'Trưởng thôn' },
      { personId: binh.id, category: 'group4', roleTitle: 'Tổ trưởng tổ dân phố' },
    ],
  });
  await office.call('defenceEducation.course.setStatus', { id: course.id, version: course.version, status: 'done' });
  return { course, an, binh };
}

it('lists the year’s courses, records a participant’s result and certificate and removes one from the drawer', async () => {
  const office = openTestOffice();
  const { course, an } = await heldCourse(office);
  const user = userEvent.setup();
  renderScreen(<DefenceEducationTab />);
  await waitFor(() => expect(tableRows()).toHaveLength(1));
  expect(tableRows()[0]).toEqual([
    'Bồi dưỡng đối tượng 4 năm 2026',
    'Đối tượng 4',
    'Ban CHQS phường Đức Xuân',
    '06/10/2026 – 09/10/2026',
    '2',
    '0',
    '0',
    'Đã thực hiện',
  ]);
  await user.click(screen.getByRole('button', { name: 'Bồi dưỡng đối tượng 4 năm 2026' }));
  const drawer = await screen.findByRole('dialog', { name: format(t.detailTitle, { title: course.title }) });
  await user.click(await within(drawer).findByLabelText(format(t.results.resultOf, { name: 'Hoàng Văn An' })));
  await chooseOption(user, 'Khá');
  await user.type(within(drawer).getByLabelText(format(t.results.certificateNoOf, { name: 'Hoàng Văn An' })), '15/GCN');
  await user.click(within(drawer).getByRole('button', { name: t.results.save }));
  await waitFor(async () => {
    const list = await office.call('defenceEducation.participant.list', { id: course.id });
    expect(list.find((p) => p.personId === an.id)).toMatchObject({ result: 'good', certificateNo: '15/GCN' });
  });
  // The removal is sent with the version the drawer loaded.
  const row = within(drawer).getByText('Lý Thị Bình').closest('tr')!;
  await user.click(within(row as HTMLElement).getByRole('button', { name: t.participants.remove }));
  await user.click(await screen.findByRole('button', { name: vi.common.confirm }));
  await waitFor(async () => {
    const list = await office.call('defenceEducation.participant.list', { id: course.id });
    expect(list.map((p) => p.personId)).toEqual([an.id]);
  });
});

it('refuses, in the add dialog, people chosen under another category than the course’s', async () => {
  const office = openTestOffice();
  const { course } = await heldCourse(office);
  await office.call('people.create', personInput('Nông Văn Cường', '1970-01-20', { citizenId: '006070000103' }));
  const user = userEvent.setup();
  renderScreen(<DefenceEducationTab />);
  await user.click(await screen.findByRole('button', { name: course.title }));
  const drawer = await screen.findByRole('dialog', { name: format(t.detailTitle, { title: course.title }) });
  await user.click(await within(drawer).findByRole('button', { name: t.participants.add }));
  const dialog = await screen.findByRole('dialog', { name: t.participants.addTitle });
  await user.click(within(dialog).getByLabelText(t.participants.category));
  await chooseOption(user, 'Đối tượng 3');
  await user.click(await within(dialog).findByRole('checkbox', { name: 'Nông Văn Cường' }));
  await user.click(within(dialog).getByRole('button', { name: format(t.participants.addOk, { count: 1 }) }));
  expect(
    await within(dialog).findByText(/được ghi là Đối tượng 3, không thuộc đối tượng của khóa bồi dưỡng/),
  ).toBeTruthy();
  expect(await office.call('defenceEducation.participant.list', { id: course.id })).toHaveLength(2);
});

it('adds a course with its dialog and enters the year’s headcount of đối tượng 4', async () => {
  const office = openTestOffice();
  const user = userEvent.setup();
  renderScreen(<DefenceEducationTab />);
  await user.click(await screen.findByRole('button', { name: t.add }));
  const dialog = await screen.findByRole('dialog', { name: t.addTitle });
  await user.type(within(dialog).getByLabelText(t.fields.title), 'Bồi dưỡng đối tượng 4 đợt 2 năm 2026');
  await user.type(within(dialog).getByLabelText(t.fields.organiser), 'Ban CHQS phường Đức Xuân');
  await user.type(within(dialog).getByLabelText(t.fields.startsOn), '08/12/2026{Enter}');
  await user.type(within(dialog).getByLabelText(t.fields.endsOn), '11/12/2026{Enter}');
  await user.type(within(dialog).getByLabelText(t.fields.plannedOn), '20/11/2026{Enter}');
  await user.type(within(dialog).getByLabelText(t.fields.place), 'Hội trường UBND phường{Enter}');
  const drawer = await screen.findByRole('dialog', {
    name: format(t.detailTitle, { title: 'Bồi dưỡng đối tượng 4 đợt 2 năm 2026' }),
  });
  expect(within(drawer).getByText(t.results.notDone)).toBeTruthy();
  const page = await office.call('defenceEducation.course.list', { year: 2026 });
  expect(page.rows[0]).toMatchObject({
    category: 'group4',
    startsOn: '2026-12-08',
    endsOn: '2026-12-11',
    plannedOn: '2026-11-20',
    status: 'planned',
  });

  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await user.click(screen.getByRole('button', { name: t.headcounts }));
  const counts = await screen.findByRole('dialog', { name: t.headcount.title });
  const group4 = await within(counts).findByRole('spinbutton', { name: t.categoriesShort.group4 });
  // Another officer enters the elders' figure while the dialog is open: saving đối tượng 4 keeps it.
  await office.call('defenceEducation.headcount.set', { year: 2026, rows: [{ category: 'elders', headcount: 12 }] });
  await user.type(group4, '320');
  await user.click(within(counts).getByRole('button', { name: vi.common.save }));
  await waitFor(async () => {
    const list = await office.call('defenceEducation.headcount.list', { year: 2026 });
    expect(list.find((h) => h.category === 'group4')?.headcount).toBe(320);
    expect(list.find((h) => h.category === 'elders')?.headcount).toBe(12);
  });
});
