import { statistic } from './support/antd';
import { expect, demoTest, test } from './support/fixtures';
import { addReserveUnit, addReservist, addSpecialty, assignToSlot } from './support/forces';
import { openNewOffice, openScreen, registerPerson } from './support/office';

test('reservists: a CNQS code, two reservists, a combat unit slot; the one over 35 is refused, the summary counts the other', async ({
  page,
  server,
}) => {
  await openNewOffice(page, server);
  await openScreen(page, 'Công dân');
  await registerPerson(page, 'Hoàng Văn Dự', '15/03/1996');
  await registerPerson(page, 'Triệu Văn Già', '10/01/1988');

  await openScreen(page, 'Cài đặt', 'Chuyên nghiệp quân sự');
  await addSpecialty(page, '101', 'Bộ binh');
  await expect(page.getByRole('row', { name: /101 Bộ binh/ })).toBeVisible();

  await openScreen(page, 'Quân nhân dự bị');
  await expect(page.getByText('Không có quân nhân dự bị nào phù hợp.')).toBeVisible();
  await addReservist(page, 'hoang du', /Hoàng Văn Dự – 15\/03\/1996/, '101 – Bộ binh');
  await addReservist(page, 'trieu gia', /Triệu Văn Già – 10\/01\/1988/, '101 – Bộ binh');
  await expect(page.getByText('Tổng số: 2 người')).toBeVisible();
  await expect(page.getByRole('row', { name: /Hoàng Văn Dự/ })).toContainText('Chưa sắp xếp');

  const unit = 'Đại đội bộ binh 1';
  await addReserveUnit(page, unit, { title: 'Xạ thủ', specialty: '101 – Bộ binh', needed: 5 });
  const assign = await assignToSlot(page, unit, 'Xạ thủ', 'hoang', /Hoàng Văn Dự – 30 tuổi/);
  await expect(assign).toBeHidden();
  await expect(page.getByText('Đã sắp xếp vào đơn vị.')).toBeVisible();

  // 38 years old: the combat unit's limit is 35, and the refusal says so in Vietnamese.
  await assignToSlot(page, unit, 'Xạ thủ', 'trieu', /Triệu Văn Già – 38 tuổi/);
  await expect(assign.getByRole('alert')).toContainText('quân nhân dự bị đã 38 tuổi');
  await expect(assign.getByRole('alert')).toContainText('sắp xếp vào đơn vị chiến đấu không quá 35 tuổi');
  await assign.getByRole('button', { name: 'Hủy' }).click();

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await expect(statistic(page, 'Đã sắp xếp vào đơn vị')).toContainText('1');
  await expect(statistic(page, 'Tỷ lệ sắp xếp')).toContainText('50%');
  await expect(statistic(page, 'Tỷ lệ đúng CNQS')).toContainText('100%');
  await expect(page.getByRole('row', { name: /Đại đội bộ binh 1/ })).toContainText('20%');

  // And it persisted: after a reload the list still shows the assignment.
  await page.reload();
  await page.getByRole('tab', { name: 'Danh sách' }).click();
  await expect(page.getByRole('row', { name: /Hoàng Văn Dự/ })).toContainText('Đại đội bộ binh 1 – Xạ thủ');
});

demoTest(
  'demo office: a handed-over conscript becomes a grade-1 reservist in one step; those past the age limit are flagged',
  async ({ page }) => {
    await openScreen(page, 'Quân nhân dự bị');
    const total = page.getByText(/Tổng số: \d+ người/);
    await expect(total).toBeVisible();
    const before = Number(/(\d+)/.exec((await total.textContent()) ?? '')![1]);

    // The less used filters wait behind "Thêm bộ lọc", so the list keeps the screen.
    await page.getByRole('button', { name: 'Thêm bộ lọc' }).click();
    await page.getByLabel('Quá hạn tuổi').check();
    await expect(page.getByText(/Tổng số: [12] người/)).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toContainText('Quá tuổi');
    await page.getByLabel('Quá hạn tuổi').uncheck();

    await page.getByRole('button', { name: 'Thêm quân nhân dự bị' }).click();
    const add = page.getByRole('dialog', { name: 'Thêm quân nhân dự bị' });
    await add.getByText('Từ công dân đã xuất ngũ/nhập ngũ').click();
    // By keyboard: open the list, wait for the candidates, Enter takes the first (the active one).
    // A mouse click could land while the dialog's select is still settling.
    const conscript = add.getByLabel('Công dân đã giao quân');
    await conscript.click();
    const option = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .first();
    await expect(option).toContainText(' (sinh');
    const name = ((await option.textContent()) ?? '').split(' (sinh')[0]!;
    await conscript.press('Enter');
    // The chosen conscript now shows in the field (the drop-down list itself lives outside the dialog).
    await expect(add).toContainText(`${name} (sinh`);
    await add.getByRole('button', { name: 'Lưu' }).click();
    await expect(add).toBeHidden();
    await expect(page.getByText(`Tổng số: ${before + 1} người`)).toBeVisible();

    await page.getByRole('searchbox').fill(name);
    const row = page.getByRole('row', { name: new RegExp(name) }).first();
    await expect(row).toContainText('Hạng 1');
    await expect(row).toContainText('Chưa sắp xếp');
  },
);
