import { chooseOption, statistic } from './support/antd';
import { expect, test } from './support/fixtures';
import {
  courseDrawer,
  display,
  DRILL_WARDS,
  fillCompletion,
  fillPlatoonCourse,
  openCompletion,
  planExercisesInBothWards,
  recordPlatoonAttendance,
  RESCUE_EXERCISE,
  seedPlatoon,
} from './support/drills';
import { apiCall } from './support/page-api';
import { docxText, saveDownload } from './support/documents';
import { addLocality, openNewOffice, openScreen } from './support/office';

test('drills: two exercises planned, one done with a rating; a platoon course with attendance; the year plan shows 1 of 2 and the rate; the training report prints it', async ({
  page,
  server,
}) => {
  const today = new Date();
  const year = today.getFullYear();
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  for (const ward of DRILL_WARDS) await addLocality(page, ward);

  // A PCTT-TKCN exercise in one ward, a combat exercise in the other; the first is done, rated Khá.
  await openScreen(page, 'Diễn tập – Huấn luyện', 'Diễn tập');
  await planExercisesInBothWards(page, display(today));
  const done = await openCompletion(page, RESCUE_EXERCISE);
  await fillCompletion(page, done, display(today), 'Khá');
  await done.getByRole('button', { name: 'Lưu' }).click();
  await expect(done).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row', { name: new RegExp(RESCUE_EXERCISE) })).toContainText('Đã thực hiện');

  // The platoon and its two members, as the militia screens make them (tested in forces-flow).
  const wards = await apiCall<Array<{ id: string; name: string }>>(page, server, 'localities.list', {});
  await seedPlatoon(page, server, wards.find((w) => w.name === DRILL_WARDS[0])!.id);

  // A course for the platoon in March: 12 planned days, attendance 12 and 9 → 21/24 = 87,5 %.
  await page.getByRole('tab', { name: 'Huấn luyện' }).click();
  const course = await fillPlatoonCourse(page, year);
  await course.getByRole('button', { name: 'Lưu' }).click();
  await expect(course).toBeHidden();
  const drawer = courseDrawer(page);
  await recordPlatoonAttendance(drawer);
  await expect(statistic(drawer, 'Tỷ lệ tham gia')).toContainText('87,5%');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The year plan: one of the two exercises done this half-year, and the first half's attendance rate.
  await page.getByRole('tab', { name: 'Kế hoạch năm' }).click();
  await expect(page.getByText('Đã thực hiện 1/2 cuộc diễn tập')).toBeVisible();
  await expect(page.getByText('Tỷ lệ tham gia huấn luyện').first()).toBeVisible();
  await expect(page.getByText('87,5%').first()).toBeVisible();

  // The training report, downloaded as a Word draft and rendered by LibreOffice, prints the rate.
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  await chooseOption(
    page,
    page.getByLabel('Khóa huấn luyện'),
    `Huấn luyện trung đội cơ động (02/03/${year} – 17/03/${year})`,
  );
  const report = await saveDownload(
    page,
    () => page.getByRole('button', { name: 'Tải bản nháp: Báo cáo kết quả huấn luyện' }).click(),
    'training.docx',
  );
  const text = await docxText(report.path);
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('87,5%');
  expect(text.indexOf('Trần Văn An')).toBeLessThan(text.indexOf('Trần Văn Bình'));
});
