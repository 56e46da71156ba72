import { expect, test } from '@playwright/test';
import { startWebServer } from './support/web-server';
import { openScreen } from './support/office';

test('npm run web -- --demo fills an empty data folder with the demo office, and stops cleanly', async ({ page }) => {
  const server = await startWebServer(['--demo']);
  try {
    expect(server.output()).toMatch(
      /Demo office created: \d+ localities, \d+ people, 4 conscription campaigns with \d+ records\. Forces: \d+ militiaUnits, \d+ militiaMembers, .*\d+ reservists.*\d+ staff\. Drills: \d+ exercises, \d+ trainingCourses, \d+ trainingParticipants, \d+ dutyShifts, \d+ dutyIncidents, \d+ patrols\./,
    );
    // A newcomer logs in with the demo account printed at start-up, through the login screen.
    const printed =
      /Demo accounts \(user \/ password\): quantri \/ (\S+) \(Quản trị\), canbo \/ \S+ \(Cán bộ\), chixem \/ \S+ \(Chỉ xem\)\./.exec(
        server.output(),
      );
    expect(printed, server.output()).not.toBeNull();
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'QSĐP – Quân sự địa phương' })).toBeVisible();
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill(printed![1]!);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    // No first-run screen: the demo office profile is already there, as in force today (its period
    // since 01/07/2025: the regional defence board that took over the city command's area).
    await expect(page.getByText('BAN CHPTKV 1 – ĐỨC XUÂN', { exact: true })).toBeVisible();
    await expect(page.getByText('BỘ CHQS TỈNH THÁI NGUYÊN · BAN CHPTKV 1 – ĐỨC XUÂN')).toBeVisible();

    await openScreen(page, 'Công dân');
    const total = page.getByText(/Tổng số: \d+ người/);
    await expect(total).toBeVisible();
    const count = Number(/(\d+)/.exec((await total.textContent()) ?? '')![1]);
    expect(count).toBeGreaterThanOrEqual(300);
    // Rows come with invented Vietnamese names, localities and valid dates.
    const firstRow = page.getByRole('row').nth(1);
    await expect(firstRow).toContainText(/\d{2}\/\d{2}\/\d{4}/);

    await openScreen(page, 'Cài đặt', 'Địa bàn');
    await expect(page.getByRole('cell', { name: 'Phường Đức Xuân', exact: true })).toBeVisible();

    // The forces: militia strength per ward with a population share, and the office's staff who sign.
    await openScreen(page, 'Dân quân tự vệ', 'Tổng hợp');
    const strength = page.locator('.ant-statistic').filter({ hasText: 'Tổng số dân quân tự vệ' });
    await expect(strength).toContainText(/[1-9]\d*/);
    await expect(page.getByRole('row', { name: /^Phường Đức Xuân/ })).toContainText(/\d,\d+/);
    // Art. 11 Luật DQTV: a mother deferred and a war invalid's child exempted, in force today; a deferral over.
    await openScreen(page, 'Dân quân tự vệ', 'Tạm hoãn, miễn');
    await expect(page.getByRole('row', { name: /Tạm hoãn.*Điểm a khoản 1 Điều 11/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Miễn.*Điểm b khoản 2 Điều 11.*Không thời hạn/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Điểm h khoản 1 Điều 11/ })).toBeVisible();
    await openScreen(page, 'Cài đặt', 'Cán bộ cơ quan');
    await expect(page.getByRole('row', { name: /Chỉ huy trưởng/ }).first()).toBeVisible();

    // The drills: the year plan counts this year's exercises done of planned.
    await openScreen(page, 'Diễn tập – Huấn luyện');
    await expect(page.getByText(/Đã thực hiện [1-9]\d*\/\d+ cuộc diễn tập/).first()).toBeVisible();
  } finally {
    expect(await server.stop()).toBe(0);
  }
  expect(server.output()).toContain('Stopping (SIGTERM)');
});
