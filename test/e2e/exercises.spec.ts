import { expect, test } from './support/fixtures';
import {
  COMBAT_EXERCISE,
  display,
  DRILL_WARDS,
  fillCompletion,
  openCompletion,
  planExercisesInBothWards,
  RESCUE_EXERCISE,
} from './support/drills';
import { addLocality, openNewOffice, openScreen } from './support/office';

test('exercises: plan two in two wards, complete one with a rating, the year plan shows 1 of 2 done', async ({
  page,
  server,
}) => {
  const today = new Date();
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  for (const ward of DRILL_WARDS) await addLocality(page, ward);

  await openScreen(page, 'Diễn tập – Huấn luyện', 'Diễn tập');
  await expect(page).toHaveURL(/#\/dien-tap-huan-luyen\/dien-tap/);
  await planExercisesInBothWards(page, display(today));

  const done = await openCompletion(page, RESCUE_EXERCISE);
  await fillCompletion(page, done, display(yesterday), 'Khá');
  await done.getByRole('button', { name: 'Lưu' }).click();
  // The core refuses an end before the start, in Vietnamese, next to the field.
  await expect(done.getByText(`Ngày kết thúc không được trước ngày bắt đầu (${display(today)}).`)).toBeVisible();
  await fillCompletion(page, done, display(today), 'Khá');
  await done.getByRole('button', { name: 'Lưu' }).click();
  await expect(done).toBeHidden();
  const rescueRow = page.getByRole('row', { name: new RegExp(RESCUE_EXERCISE) });
  await expect(rescueRow).toContainText('Đã thực hiện');
  await expect(rescueRow).toContainText('Khá');

  await page.reload();
  await page.getByRole('tab', { name: 'Kế hoạch năm' }).click();
  await expect(page.getByText('Đã thực hiện 1/2 cuộc diễn tập').first()).toBeVisible();
  await expect(page.getByText('Tỷ lệ tham gia huấn luyện').first()).toBeVisible();
  await expect(page.getByRole('region', { name: `Tháng ${today.getMonth() + 1}` })).toContainText(COMBAT_EXERCISE);
});
