import { createCampaign, fillQuotas } from './support/conscription';
import { expect, test } from './support/fixtures';
import { addLocality, openNewOffice, openScreen } from './support/office';

test('a conscription campaign with quotas for two localities shows its army/police totals', async ({
  page,
  server,
}) => {
  // Day one: the office profile, then two wards.
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  await addLocality(page, 'Phường Đức Xuân', { validFrom: '01/01/2020' });
  await addLocality(page, 'Xã Dương Quang', { kind: 'Xã', validFrom: '01/01/2020' });

  await openScreen(page, 'Tuyển quân');
  const row = await createCampaign(page, 2027);
  await expect(row).toContainText('24/02/2027 – 25/02/2027');

  const quotas = await fillQuotas(page, row, [
    ['Quân đội – Phường Đức Xuân', 37],
    ['Công an – Phường Đức Xuân', 15],
    ['Quân đội – Xã Dương Quang', 20],
    ['Công an – Xã Dương Quang', 5],
  ]);
  await expect(quotas.getByRole('row', { name: /^Tổng/ })).toContainText('57');
  await quotas.getByRole('button', { name: 'Lưu' }).click();
  await expect(quotas).toBeHidden();

  // Army 57, police 20, total 77 — and still so after a reload.
  await page.reload();
  const saved = page.getByRole('row', { name: /Tuyển quân năm 2027/ });
  await expect(saved.getByRole('cell', { name: '57', exact: true })).toBeVisible();
  await expect(saved.getByRole('cell', { name: '20', exact: true })).toBeVisible();
  await expect(saved.getByRole('cell', { name: '77', exact: true })).toBeVisible();
});
