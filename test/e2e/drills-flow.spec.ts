import path from 'node:path';
import { pdfText, renderToPdf } from '../docs/render';
import { chooseOption, fillDate } from './support/antd';
import { addWard, apiCall, display, planExercise } from './support/drills';
import { expect, test } from './support/fixtures';
import { fillOfficeProfile } from './support/office';

test('drills: two exercises planned, one done with a rating; a platoon course with attendance; the year plan shows 1 of 2 and the rate; the training report prints it', async ({
  page,
  server,
}) => {
  const today = new Date();
  const year = today.getFullYear();
  await page.goto(server.url);
  await fillOfficeProfile(page);
  const nav = page.getByRole('navigation');
  await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await page.getByRole('tab', { name: 'Địa bàn' }).click();
  await addWard(page, 'Phường Đức Xuân');
  await addWard(page, 'Phường Sông Cầu');

  // A PCTT-TKCN exercise in one ward, a combat exercise in the other; the first is done, rated Khá.
  await nav.getByRole('menuitem', { name: 'Diễn tập – Huấn luyện' }).click();
  await page.getByRole('tab', { name: 'Diễn tập', exact: true }).click();
  const rescue = 'Diễn tập PCTT-TKCN phường Đức Xuân';
  await planExercise(
    page,
    'Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn (PCTT-TKCN)',
    rescue,
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
  await page.getByRole('button', { name: rescue }).click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị' }).click();
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const done = page.getByRole('dialog', { name: 'Hoàn thành cuộc diễn tập' });
  await fillDate(page, done.getByLabel('Ngày kết thúc thực hiện'), display(today));
  await chooseOption(page, done.getByLabel('Kết quả đánh giá'), 'Khá');
  await done.getByRole('button', { name: 'Lưu' }).click();
  await expect(done).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row', { name: new RegExp(rescue) })).toContainText('Đã thực hiện');

  // The platoon and its two members, as the militia screens make them (tested in forces-flow).
  const wards = await apiCall<Array<{ id: string; name: string }>>(page, server, 'localities.list', {});
  const platoon = await apiCall<{ id: string }>(page, server, 'militia.unit.create', {
    force: 'militia',
    localityId: wards.find((w) => w.name === 'Phường Đức Xuân')!.id,
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

  // A course for the platoon in March: 12 planned days, attendance 12 and 9 → 21/24 = 87,5 %.
  await page.getByRole('tab', { name: 'Huấn luyện' }).click();
  await page.getByRole('button', { name: 'Thêm khóa huấn luyện' }).click();
  const course = page.getByRole('dialog', { name: 'Thêm khóa huấn luyện' });
  await course.getByLabel('Tên khóa huấn luyện').fill('Huấn luyện trung đội cơ động');
  await chooseOption(page, course.getByLabel('Đối tượng'), 'Dân quân theo thành phần');
  await chooseOption(page, course.getByLabel('Thành phần'), 'Cơ động');
  await chooseOption(page, course.getByLabel('Đơn vị dân quân'), 'Phường Đức Xuân › Trung đội dân quân cơ động');
  await fillDate(page, course.getByLabel('Từ ngày'), `02/03/${year}`);
  await fillDate(page, course.getByLabel('Đến ngày'), `17/03/${year}`);
  await course.getByRole('button', { name: 'Lưu' }).click();
  await expect(course).toBeHidden();
  const drawer = page.getByRole('dialog', { name: 'Khóa huấn luyện – Huấn luyện trung đội cơ động' });
  await drawer.getByRole('button', { name: 'Thêm cả đơn vị' }).click();
  await drawer.getByLabel('Số ngày tham gia của Trần Văn An').fill('12');
  await drawer.getByLabel('Số ngày tham gia của Trần Văn Bình').fill('9');
  await drawer.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(drawer.locator('.ant-statistic').filter({ hasText: 'Tỷ lệ tham gia' })).toContainText('87,5%');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The year plan: one of the two exercises done this half-year, and the first half's attendance rate.
  await page.getByRole('tab', { name: 'Kế hoạch năm' }).click();
  await expect(page.getByText('Đã thực hiện 1/2 cuộc diễn tập')).toBeVisible();
  await expect(page.getByText('Tỷ lệ tham gia huấn luyện').first()).toBeVisible();
  await expect(page.getByText('87,5%').first()).toBeVisible();

  // The training report, downloaded as Word and rendered by LibreOffice, prints the rate.
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  await chooseOption(
    page,
    page.getByLabel('Khóa huấn luyện'),
    `Huấn luyện trung đội cơ động (02/03/${year} – 17/03/${year})`,
  );
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Báo cáo kết quả huấn luyện (Word)' }).click();
  const file = await downloading;
  const outDir = test.info().outputPath('documents');
  const saved = path.join(outDir, 'training.docx');
  await file.saveAs(saved);
  const [pdf] = await renderToPdf([saved], outDir);
  const text = (await pdfText(pdf!)).replace(/\s+/g, ' ');
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('87,5%');
  expect(text.indexOf('Trần Văn An')).toBeLessThan(text.indexOf('Trần Văn Bình'));
});
