import { chooseOption, fillDate } from './support/antd';
import { demoTest as test, expect } from './support/fixtures';
import { openScreen } from './support/office';

/*
 * The demo office has the commune police's notices since Q3/2025 and none yet for the latest
 * ended quarter. The clerk sees which quarter is missing, enters it with a newcomer's line, and
 * opens the previous notice, whose moved-away citizens are still on the office's registers.
 */
test('Thông báo của Công an: the missing quarter, a notice entered by keyboard, and the moved-away flags', async ({
  page,
}) => {
  await openScreen(page, 'Công dân', 'Thông báo của Công an');
  // The quarter that ended last (the dialog proposes it), shown in its year's overview.
  const today = new Date();
  const current = Math.floor(today.getMonth() / 3) + 1;
  const [year, quarter] = current === 1 ? [today.getFullYear() - 1, 4] : [today.getFullYear(), current - 1];
  const label = `Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}/${year}`;
  if (year !== today.getFullYear()) await chooseOption(page, page.getByLabel('Năm', { exact: true }), String(year));
  const overview = page.getByRole('list', { name: `Thông báo theo quý năm ${year}` });
  await expect(overview).toContainText(`${label}: chưa nhận`);

  await page.getByRole('button', { name: 'Nhập thông báo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập thông báo của Công an' });
  await dialog.getByLabel('Cơ quan gửi').fill('Công an phường Đức Xuân');
  await dialog.getByRole('button', { name: 'Thêm công dân' }).click();
  const line = dialog.getByRole('group', { name: 'Dòng 1' });
  await line.getByLabel('Họ và tên').fill('Hà Văn Tùng');
  await line.getByLabel('Số định danh / CMND').fill('019206001234');
  // The 2nd of the quarter's middle month.
  const eventOn = `02/${String(quarter * 3 - 1).padStart(2, '0')}/${year}`;
  await fillDate(page, line.getByLabel('Ngày', { exact: true }), eventOn);
  await line.getByLabel('Ghi chú').fill('Chuyển đi tỉnh Bắc Ninh');
  await line.getByLabel('Ghi chú').press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Đã lưu thông báo.')).toBeVisible();

  await expect(overview).toContainText(`${label}: đã nhận (1)`);
  // The newest notice of the demo (the quarter before) names citizens still on the registers.
  const rows = page.getByRole('row');
  await rows.filter({ hasText: '/TB-CAP' }).first().getByRole('button').click();
  const drawer = page.getByRole('dialog').filter({ hasText: 'Cơ quan gửi' });
  await expect(drawer.getByText('Đang trong đợt tuyển quân').first()).toBeVisible();
  await expect(drawer.getByText('Đang là quân nhân dự bị').first()).toBeVisible();
});
