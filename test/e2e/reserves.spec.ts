import { test as plainTest } from '@playwright/test';
import { chooseOption, searchAndPick } from './support/antd';
import { expect, test } from './support/fixtures';
import { fillOfficeProfile, registerPerson } from './support/office';
import { startWebServer } from './support/web-server';

test('reservists: a CNQS code, two reservists, a combat unit slot; the one over 35 is refused, the summary counts the other', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await fillOfficeProfile(page);
  const nav = page.getByRole('navigation');

  await nav.getByRole('menuitem', { name: 'Công dân' }).click();
  await registerPerson(page, 'Hoàng Văn Dự', '15/03/1996');
  await registerPerson(page, 'Triệu Văn Già', '10/01/1988');

  await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await page.getByRole('tab', { name: 'Chuyên nghiệp quân sự' }).click();
  await page.getByRole('button', { name: 'Thêm CNQS' }).click();
  const specialty = page.getByRole('dialog', { name: 'Thêm chuyên nghiệp quân sự' });
  await specialty.getByLabel('Mã').fill('101');
  await specialty.getByLabel('Tên chuyên nghiệp').fill('Bộ binh');
  await specialty.getByLabel('Tên chuyên nghiệp').press('Enter');
  await expect(specialty).toBeHidden();
  await expect(page.getByRole('row', { name: /101 Bộ binh/ })).toBeVisible();

  await nav.getByRole('menuitem', { name: 'Quân nhân dự bị' }).click();
  await expect(page.getByText('Không có quân nhân dự bị nào phù hợp.')).toBeVisible();
  for (const [typed, name] of [
    ['hoang du', /Hoàng Văn Dự – 15\/03\/1996/],
    ['trieu gia', /Triệu Văn Già – 10\/01\/1988/],
  ] as const) {
    await page.getByRole('button', { name: 'Thêm quân nhân dự bị' }).click();
    const add = page.getByRole('dialog', { name: 'Thêm quân nhân dự bị' });
    await searchAndPick(page, add.getByLabel('Công dân', { exact: true }), typed, name);
    await chooseOption(page, add.getByLabel('Chuyên nghiệp quân sự (CNQS)'), '101 – Bộ binh');
    await add.getByRole('button', { name: 'Lưu' }).click();
    await expect(add).toBeHidden();
  }
  await expect(page.getByText('Tổng số: 2 người')).toBeVisible();
  await expect(page.getByRole('row', { name: /Hoàng Văn Dự/ })).toContainText('Chưa sắp xếp');

  await page.getByRole('tab', { name: 'Đơn vị DBĐV' }).click();
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const unit = page.getByRole('dialog', { name: 'Thêm đơn vị dự bị động viên' });
  await unit.getByLabel('Tên đơn vị').fill('Đại đội bộ binh 1');
  await unit.getByLabel('Tên đơn vị').press('Enter');
  await expect(unit).toBeHidden();
  await page.getByRole('button', { name: 'Thêm vị trí' }).click();
  const slot = page.getByRole('dialog', { name: 'Thêm vị trí vào Đại đội bộ binh 1' });
  await slot.getByLabel('Vị trí (chức danh)').fill('Xạ thủ');
  await chooseOption(page, slot.getByLabel('CNQS yêu cầu'), '101 – Bộ binh');
  await slot.getByLabel('Số người cần').fill('5');
  await slot.getByRole('button', { name: 'Lưu' }).click();
  await expect(slot).toBeHidden();

  const slotRow = page.getByRole('row', { name: /Xạ thủ/ });
  await slotRow.getByRole('button', { name: 'Sắp xếp' }).click();
  const assign = page.getByRole('dialog', { name: 'Sắp xếp vào Đại đội bộ binh 1 – Xạ thủ' });
  await searchAndPick(page, assign.getByLabel('Quân nhân dự bị'), 'hoang', /Hoàng Văn Dự – 30 tuổi/);
  await assign.getByRole('button', { name: 'Lưu' }).click();
  await expect(assign).toBeHidden();
  await expect(page.getByText('Đã sắp xếp vào đơn vị.')).toBeVisible();

  // 38 years old: the combat unit's limit is 35, and the refusal says so in Vietnamese.
  await slotRow.getByRole('button', { name: 'Sắp xếp' }).click();
  await searchAndPick(page, assign.getByLabel('Quân nhân dự bị'), 'trieu', /Triệu Văn Già – 38 tuổi/);
  await assign.getByRole('button', { name: 'Lưu' }).click();
  await expect(assign.getByRole('alert')).toContainText('quân nhân dự bị đã 38 tuổi');
  await expect(assign.getByRole('alert')).toContainText('sắp xếp vào đơn vị chiến đấu không quá 35 tuổi');
  await assign.getByRole('button', { name: 'Hủy' }).click();

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const stat = (title: string) => page.locator('.ant-statistic').filter({ hasText: title });
  await expect(stat('Đã sắp xếp vào đơn vị')).toContainText('1');
  await expect(stat('Tỷ lệ sắp xếp')).toContainText('50%');
  await expect(stat('Tỷ lệ đúng CNQS')).toContainText('100%');
  await expect(page.getByRole('row', { name: /Đại đội bộ binh 1/ })).toContainText('20%');

  // And it persisted: after a reload the list still shows the assignment.
  await page.reload();
  await page.getByRole('tab', { name: 'Danh sách' }).click();
  await expect(page.getByRole('row', { name: /Hoàng Văn Dự/ })).toContainText('Đại đội bộ binh 1 – Xạ thủ');
});

plainTest(
  'demo office: a handed-over conscript becomes a grade-1 reservist in one step; those past the age limit are flagged',
  async ({ page }) => {
    const server = await startWebServer(['--demo']);
    try {
      await server.signIn(page);
      await page.goto(server.url);
      await page.getByRole('navigation').getByRole('menuitem', { name: 'Quân nhân dự bị' }).click();
      const total = page.getByText(/Tổng số: \d+ người/);
      await expect(total).toBeVisible();
      const before = Number(/(\d+)/.exec((await total.textContent()) ?? '')![1]);

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
    } finally {
      expect(await server.stop()).toBe(0);
    }
  },
);
