import { chooseOption, fillDate } from './support/antd';
import { expect, test } from './support/fixtures';
import { addWard, display, planExercise } from './support/drills';
import { fillOfficeProfile } from './support/office';

test('exercises: plan two in two wards, complete one with a rating, the year plan shows 1 of 2 done', async ({
  page,
  server,
}) => {
  const today = new Date();
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  await page.goto(server.url);
  await fillOfficeProfile(page);
  const nav = page.getByRole('navigation');
  await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await page.getByRole('tab', { name: 'Địa bàn' }).click();
  await addWard(page, 'Phường Đức Xuân');
  await addWard(page, 'Phường Sông Cầu');

  await nav.getByRole('menuitem', { name: 'Diễn tập – Huấn luyện' }).click();
  await page.getByRole('tab', { name: 'Diễn tập', exact: true }).click();
  await expect(page).toHaveURL(/#\/dien-tap-huan-luyen\/dien-tap/);
  await planExercise(
    page,
    'Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn (PCTT-TKCN)',
    'Diễn tập PCTT-TKCN phường Đức Xuân',
    'Phường Đức Xuân',
    display(today),
  );
  await planExercise(
    page,
    'Diễn tập chiến đấu phòng thủ trong khu vực phòng thủ',
    'Diễn tập chiến đấu phòng thủ phường Sông Cầu',
    'Phường Sông Cầu',
    display(today),
  );

  await page.getByRole('button', { name: 'Diễn tập PCTT-TKCN phường Đức Xuân' }).click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị' }).click();
  await expect(page.getByRole('button', { name: 'Bắt đầu chuẩn bị' })).toBeHidden();
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const done = page.getByRole('dialog', { name: 'Hoàn thành cuộc diễn tập' });
  await fillDate(page, done.getByLabel('Ngày kết thúc thực hiện'), display(yesterday));
  await chooseOption(page, done.getByLabel('Kết quả đánh giá'), 'Khá');
  await done.getByRole('button', { name: 'Lưu' }).click();
  // The core refuses an end before the start, in Vietnamese, next to the field.
  await expect(done.getByText(`Ngày kết thúc không được trước ngày bắt đầu (${display(today)}).`)).toBeVisible();
  await fillDate(page, done.getByLabel('Ngày kết thúc thực hiện'), display(today));
  await done.getByRole('button', { name: 'Lưu' }).click();
  await expect(done).toBeHidden();
  await expect(page.getByRole('row', { name: /Diễn tập PCTT-TKCN phường Đức Xuân/ })).toContainText('Đã thực hiện');
  await expect(page.getByRole('row', { name: /Diễn tập PCTT-TKCN phường Đức Xuân/ })).toContainText('Khá');

  await page.reload();
  await page.getByRole('tab', { name: 'Kế hoạch năm' }).click();
  await expect(page.getByText('Đã thực hiện 1/2 cuộc diễn tập').first()).toBeVisible();
  await expect(page.getByText('Tỷ lệ tham gia huấn luyện').first()).toBeVisible();
  await expect(page.getByRole('region', { name: `Tháng ${today.getMonth() + 1}` })).toContainText(
    'Diễn tập chiến đấu phòng thủ phường Sông Cầu',
  );
});
