import { chooseOption, statistic } from './support/antd';
import { expect, test } from './support/fixtures';
import { courseDrawer, fillPlatoonCourse, recordPlatoonAttendance, seedPlatoon } from './support/drills';
import { apiCall } from './support/page-api';
import { openNewOffice, openScreen } from './support/office';

test('training: a course for a militia platoon takes the whole unit, records attendance and results, and shows the rates', async ({
  page,
  server,
}) => {
  await openNewOffice(page, server);
  const year = new Date().getFullYear();

  // The forces, as the militia screens would have made them: a platoon with two members.
  const ward = await apiCall<{ id: string }>(page, server, 'localities.create', {
    name: 'Phường Đức Xuân',
    kind: 'ward',
  });
  await seedPlatoon(page, server, ward.id);

  await openScreen(page, 'Diễn tập – Huấn luyện', 'Huấn luyện');
  const dialog = await fillPlatoonCourse(page, year);
  // Art. 28 Luật DQTV: 12 days for the mobile militia after the first year.
  await expect(dialog.getByLabel('Số ngày kế hoạch')).toHaveValue('12');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  const drawer = courseDrawer(page);
  await recordPlatoonAttendance(drawer);
  await expect(drawer.getByRole('row', { name: /Trần Văn An/ })).toBeVisible();
  await expect(drawer.getByRole('row', { name: /Trần Văn Bình/ })).toBeVisible();
  // 21 of 24 person-days.
  await expect(statistic(drawer, 'Tỷ lệ tham gia')).toContainText('87,5%');

  await chooseOption(page, drawer.getByLabel('Kết quả của Trần Văn An'), 'Giỏi');
  await chooseOption(page, drawer.getByLabel('Kết quả của Trần Văn Bình'), 'Đạt');
  await drawer.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(statistic(drawer, 'Tỷ lệ khá, giỏi')).toContainText('50%');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The list keeps the rates after a reload.
  await page.reload();
  const row = page.getByRole('row', { name: /Huấn luyện trung đội cơ động/ });
  await expect(row).toContainText('87,5%');
  await expect(row).toContainText('50%');
  await expect(row).toContainText('Dân quân theo thành phần – Trung đội dân quân cơ động');
});
