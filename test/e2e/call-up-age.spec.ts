import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { openNewOffice, openScreen } from './support/office';
import { apiCall } from './support/page-api';
import type { RunningServer } from './support/web-server';

// Next year's campaign, so every default date (today) falls before the handover, whatever day the test runs.
const YEAR = new Date().getFullYear() + 1;
const NAME = 'Vũ Văn Thành';

type Versioned = { id: string; version: number };

/**
 * A citizen on the official list whose birth date is then corrected in the register: he turns out
 * to be 26 on the handover date. The call-up order must stop him (Art. 30 Luật NVQS), not only the
 * official list.
 */
async function overAgeOnOfficialList(page: Page, server: RunningServer) {
  const api = <T = unknown>(method: string, input: unknown) => apiCall<T>(page, server, method, input);
  const ward = await api<Versioned>('localities.create', { name: 'Phường Đức Xuân', kind: 'ward' });
  const handoverStart = `${YEAR}-02-24`;
  const campaign = await api<Versioned>('conscription.campaign.create', {
    year: YEAR,
    handoverStart,
    handoverEnd: `${YEAR}-02-25`,
  });
  const names = { familyName: 'Vũ', middleName: 'Văn', givenName: 'Thành', sex: 'M', localityId: ward.id };
  const person = await api<Versioned>('people.create', { ...names, birthDate: `${YEAR - 22}-05-01` });
  let record = await api<Versioned>('conscription.record.create', {
    campaignId: campaign.id,
    personId: person.id,
    state: 'pool',
    onDate: `${YEAR - 1}-04-01`,
  });
  const onDate = `${YEAR - 1}-12-10`;
  const step = async (method: string, input: Record<string, unknown>) =>
    (record = (
      await api<{ record: Versioned }>(method, { recordId: record.id, version: record.version, onDate, ...input })
    ).record);
  await step('conscription.record.healthExam', { healthClass: 1 });
  await step('conscription.record.transition', { to: 'political_review_passed' });
  await step('conscription.record.transition', { to: 'official_list' });
  await api('people.update', {
    ...names,
    id: person.id,
    version: person.version,
    birthDate: `${YEAR - 27}-01-10`,
  });
}

test('a citizen found over age after the official list is refused the call-up order, with the reason', async ({
  page,
  server,
}) => {
  await openNewOffice(page, server);
  await overAgeOnOfficialList(page, server);

  await openScreen(page, 'Tuyển quân');
  await page.getByRole('button', { name: `Tuyển quân năm ${YEAR}` }).click();
  await page.getByRole('tab', { name: 'Công dân' }).click();
  const row = page.getByRole('row', { name: new RegExp(NAME) });
  await expect(row).toContainText('Danh sách chính thức');
  await expect(row).toContainText('Cảnh báo');

  await row.getByRole('checkbox', { name: NAME, exact: true }).check();
  await page.getByRole('toolbar').getByRole('button', { name: 'Cấp lệnh gọi nhập ngũ', exact: true }).click();
  const orders = page.getByRole('dialog', { name: 'Cấp lệnh gọi nhập ngũ – 1 công dân' });
  await orders.getByLabel('Nơi trình diện').fill('Sân vận động phường Đức Xuân');
  await orders.getByRole('button', { name: 'Lưu' }).click();

  const outcome = page.getByRole('dialog', { name: 'Kết quả thực hiện' });
  await expect(outcome).toContainText(`${NAME}: Không thể cấp lệnh gọi:`);
  await expect(outcome).toContainText('quá độ tuổi gọi nhập ngũ');
  await expect(outcome).toContainText('Điều 30 Luật Nghĩa vụ quân sự');
  await outcome.getByRole('button', { name: 'Đã xem' }).click();
  await expect(row).toContainText('Danh sách chính thức');
  await expect(row).not.toContainText('Đã có lệnh gọi nhập ngũ');
});
