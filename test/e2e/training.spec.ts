import { chooseOption, fillDate } from './support/antd';
import { expect, test } from './support/fixtures';
import { apiCall } from './support/drills';
import { fillOfficeProfile } from './support/office';

test('training: a course for a militia platoon takes the whole unit, records attendance and results, and shows the rates', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await fillOfficeProfile(page);
  const year = new Date().getFullYear();

  // The forces, as the militia screens would have made them: a platoon with two members.
  const ward = await apiCall<{ id: string }>(page, server, 'localities.create', {
    name: 'Phường Đức Xuân',
    kind: 'ward',
  });
  const platoon = await apiCall<{ id: string }>(page, server, 'militia.unit.create', {
    force: 'militia',
    localityId: ward.id,
    name: 'Trung đội dân quân cơ động',
    level: 'platoon',
    component: 'mobile',
  });
  for (const [givenName, birthDate] of [
    ['An', '2000-03-14'],
    ['Bình', '1999-09-02'],
  ] as const) {
    const person = await apiCall<{ id: string }>(page, server, 'people.create', {
      familyName: 'Trần',
      middleName: 'Văn',
      givenName,
      birthDate,
      sex: 'M',
    });
    await apiCall(page, server, 'militia.member.create', {
      personId: person.id,
      unitId: platoon.id,
      startedOn: '2025-01-10',
    });
  }

  await page.getByRole('navigation').getByRole('menuitem', { name: 'Diễn tập – Huấn luyện' }).click();
  await page.getByRole('tab', { name: 'Huấn luyện' }).click();
  await page.getByRole('button', { name: 'Thêm khóa huấn luyện' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm khóa huấn luyện' });
  await dialog.getByLabel('Tên khóa huấn luyện').fill('Huấn luyện trung đội cơ động');
  await chooseOption(page, dialog.getByLabel('Đối tượng'), 'Dân quân theo thành phần');
  await chooseOption(page, dialog.getByLabel('Thành phần'), 'Cơ động');
  // Art. 28 Luật DQTV: 12 days for the mobile militia after the first year.
  await expect(dialog.getByLabel('Số ngày kế hoạch')).toHaveValue('12');
  await chooseOption(page, dialog.getByLabel('Đơn vị dân quân'), 'Phường Đức Xuân › Trung đội dân quân cơ động');
  await fillDate(page, dialog.getByLabel('Từ ngày'), `02/03/${year}`);
  await fillDate(page, dialog.getByLabel('Đến ngày'), `17/03/${year}`);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  const drawer = page.getByRole('dialog', { name: 'Khóa huấn luyện – Huấn luyện trung đội cơ động' });
  await drawer.getByRole('button', { name: 'Thêm cả đơn vị' }).click();
  await expect(drawer.getByRole('row', { name: /Trần Văn An/ })).toBeVisible();
  await expect(drawer.getByRole('row', { name: /Trần Văn Bình/ })).toBeVisible();

  await drawer.getByLabel('Số ngày tham gia của Trần Văn An').fill('12');
  await drawer.getByLabel('Số ngày tham gia của Trần Văn Bình').fill('9');
  await drawer.getByRole('button', { name: 'Lưu điểm danh' }).click();
  // 21 of 24 person-days.
  const attendance = drawer.locator('.ant-statistic').filter({ hasText: 'Tỷ lệ tham gia' });
  await expect(attendance).toContainText('87,5%');

  await chooseOption(page, drawer.getByLabel('Kết quả của Trần Văn An'), 'Giỏi');
  await chooseOption(page, drawer.getByLabel('Kết quả của Trần Văn Bình'), 'Đạt');
  await drawer.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(drawer.locator('.ant-statistic').filter({ hasText: 'Tỷ lệ khá, giỏi' })).toContainText('50%');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The list keeps the rates after a reload.
  await page.reload();
  const row = page.getByRole('row', { name: /Huấn luyện trung đội cơ động/ });
  await expect(row).toContainText('87,5%');
  await expect(row).toContainText('50%');
  await expect(row).toContainText('Dân quân theo thành phần – Trung đội dân quân cơ động');
});
