import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { openTestOffice, renderScreen } from '../../../test/core-harness';
import { personInput, seedLocality } from '../../../test/seed';
import { format, vi } from '../../messages/vi';
import { HealthExamDialog } from './HealthExamDialog';
import type { StepOutcome } from './run-steps';

const t = vi.conscription.step;
const h = vi.conscription.health;
const NAME = 'Hoàng Văn Khải';

/**
 * The exam dialog over the real core, for a citizen of the 2027 campaign (handed over after
 * 01/07/2025): the clerk copies the sheet's figures, sees the BMI worked out, opens the row for
 * the specialties' notes, and saves; the core keeps them and warns that the BMI excludes him.
 */
it('records the sheet’s figures and notes by specialty, shows the BMI, and passes on the Circular 68 warning', async () => {
  const office = openTestOffice();
  const ward = await seedLocality(office);
  const campaign = await office.call('conscription.campaign.create', {
    year: 2027,
    handoverStart: '2027-02-24',
    handoverEnd: '2027-02-24',
  });
  const person = await office.call('people.create', personInput(NAME, '2005-03-15', { localityId: ward.id }));
  const record = await office.call('conscription.record.create', {
    campaignId: campaign.id,
    personId: person.id,
    state: 'pool',
    onDate: '2026-04-01',
  });
  const done: Array<StepOutcome | null> = [];
  const user = userEvent.setup();
  renderScreen(<HealthExamDialog targets={[record]} onDone={(outcome) => done.push(outcome)} />);
  const dialog = await screen.findByRole('dialog', {
    name: format(t.dialogTitle, { action: vi.conscription.actions.health_exam, count: 1 }),
  });

  await user.type(within(dialog).getByLabelText(format(t.healthClassFor, { name: NAME })), '2');
  await user.type(within(dialog).getByLabelText(format(h.exam.heightFor, { name: NAME })), '170');
  await user.type(within(dialog).getByLabelText(format(h.exam.weightFor, { name: NAME })), '51,7');
  await user.type(within(dialog).getByLabelText(format(h.exam.refractionRightFor, { name: NAME })), '-1,25');
  await user.type(within(dialog).getByLabelText(format(h.exam.refractionLeftFor, { name: NAME })), '0');
  expect(within(dialog).getByLabelText(format(h.exam.bmiFor, { name: NAME })).textContent).toBe('17,9');

  await user.click(within(dialog).getByRole('button', { name: 'Mở rộng dòng' }));
  const eyes = format(h.exam.specialtyFor, { specialty: h.specialties.eyes, name: NAME });
  await user.type(await within(dialog).findByLabelText(eyes), 'Cận nhẹ mắt phải');
  await user.click(within(dialog).getByRole('button', { name: vi.common.save }));

  await waitFor(() => expect(done).toHaveLength(1));
  expect(done[0]).toMatchObject({ done: 1, refusals: [] });
  expect(done[0]!.warnings.map((w) => w.message)).toEqual([
    expect.stringContaining('Chỉ số BMI 17,9 (cao 170 cm, nặng 51,7 kg) nhỏ hơn 18,0'),
  ]);
  const { record: stored } = await office.call('conscription.record.get', { id: record.id });
  expect(stored).toMatchObject({
    state: 'health_exam_passed',
    healthClass: 2,
    heightCm: 170,
    weightKg: 51.7,
    bmi: 17.9,
    refractionRight: -1.25,
    refractionLeft: 0,
    specialtyNotes: { eyes: 'Cận nhẹ mắt phải' },
  });
});
