import type { Locator, Page } from '@playwright/test';
import { chooseOption, fillDate } from './antd';
import { expect } from './fixtures';
import { apiCall } from './page-api';
import type { RunningServer } from './web-server';

const pad = (n: number) => String(n).padStart(2, '0');
/** dd/mm/yyyy, as the date fields take it. */
export const display = (d: Date) => `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;

/** Diễn tập tab → "Thêm cuộc diễn tập" with 30 militia and 5 police taking part. */
export async function planExercise(page: Page, type: string, title: string, ward: string, on: string) {
  await page.getByRole('button', { name: 'Thêm cuộc diễn tập' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cuộc diễn tập' });
  await chooseOption(page, dialog.getByLabel('Loại diễn tập'), type);
  await dialog.getByLabel('Tên cuộc diễn tập').fill(title);
  await chooseOption(page, dialog.getByLabel('Địa bàn'), ward);
  await fillDate(page, dialog.getByLabel('Ngày bắt đầu dự kiến'), on);
  await dialog.getByLabel('Dân quân tự vệ', { exact: true }).fill('30');
  await dialog.getByLabel('Công an', { exact: true }).fill('5');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Kế hoạch');
}

/** The two wards the drills specs plan their exercises in (Cài đặt → Địa bàn adds them first). */
export const DRILL_WARDS = ['Phường Đức Xuân', 'Phường Sông Cầu'] as const;

/** The rescue exercise of Đức Xuân, the one the drills specs carry through to "done". */
export const RESCUE_EXERCISE = 'Diễn tập PCTT-TKCN phường Đức Xuân';
/** The combat exercise of Sông Cầu, left planned. */
export const COMBAT_EXERCISE = 'Diễn tập chiến đấu phòng thủ phường Sông Cầu';

/** Plans a rescue exercise in the first drill ward and a combat one in the second, both starting `on`. */
export async function planExercisesInBothWards(page: Page, on: string): Promise<void> {
  await planExercise(
    page,
    'Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn (PCTT-TKCN)',
    RESCUE_EXERCISE,
    DRILL_WARDS[0],
    on,
  );
  await planExercise(page, 'Diễn tập chiến đấu phòng thủ trong khu vực phòng thủ', COMBAT_EXERCISE, DRILL_WARDS[1], on);
}

/** Opens the planned exercise's drawer, starts its preparation and opens "Hoàn thành"; returns that dialog. */
export async function openCompletion(page: Page, title: string): Promise<Locator> {
  await page.getByRole('button', { name: title }).click();
  await page.getByRole('button', { name: 'Bắt đầu chuẩn bị' }).click();
  await expect(page.getByRole('button', { name: 'Bắt đầu chuẩn bị' })).toBeHidden();
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  return page.getByRole('dialog', { name: 'Hoàn thành cuộc diễn tập' });
}

/** Fills the completion dialog's end date and rating (the dialog is left open). */
export async function fillCompletion(page: Page, dialog: Locator, endedOn: string, rating: string): Promise<void> {
  await fillDate(page, dialog.getByLabel('Ngày kết thúc thực hiện'), endedOn);
  await chooseOption(page, dialog.getByLabel('Kết quả đánh giá'), rating);
}

/** The mobile platoon the training specs train (members Trần Văn An and Trần Văn Bình). */
export const PLATOON = 'Trung đội dân quân cơ động';

/**
 * The ward's mobile platoon with its two members, made through the API as the militia screens
 * would have made them (those screens are tested in forces-flow).
 */
export async function seedPlatoon(page: Page, server: RunningServer, localityId: string): Promise<void> {
  const platoon = await apiCall<{ id: string }>(page, server, 'militia.unit.create', {
    force: 'militia',
    localityId,
    name: PLATOON,
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
}

/**
 * Huấn luyện tab → "Thêm khóa huấn luyện": a course for the Đức Xuân mobile platoon, 02–17 March of
 * `year`; returns the dialog, filled but not saved.
 */
export async function fillPlatoonCourse(page: Page, year: number): Promise<Locator> {
  await page.getByRole('button', { name: 'Thêm khóa huấn luyện' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm khóa huấn luyện' });
  await dialog.getByLabel('Tên khóa huấn luyện').fill('Huấn luyện trung đội cơ động');
  await chooseOption(page, dialog.getByLabel('Đối tượng'), 'Dân quân theo thành phần');
  await chooseOption(page, dialog.getByLabel('Thành phần'), 'Cơ động');
  await chooseOption(page, dialog.getByLabel('Đơn vị dân quân'), `Phường Đức Xuân › ${PLATOON}`);
  await fillDate(page, dialog.getByLabel('Từ ngày'), `02/03/${year}`);
  await fillDate(page, dialog.getByLabel('Đến ngày'), `17/03/${year}`);
  return dialog;
}

/** The drawer a saved course opens in. */
export const courseDrawer = (page: Page) =>
  page.getByRole('dialog', { name: 'Khóa huấn luyện – Huấn luyện trung đội cơ động' });

/** In the course's drawer: the whole platoon attends, An 12 days and Bình 9 (21 of 24 person-days). */
export async function recordPlatoonAttendance(drawer: Locator): Promise<void> {
  await drawer.getByRole('button', { name: 'Thêm cả đơn vị' }).click();
  await drawer.getByLabel('Số ngày tham gia của Trần Văn An').fill('12');
  await drawer.getByLabel('Số ngày tham gia của Trần Văn Bình').fill('9');
  await drawer.getByRole('button', { name: 'Lưu điểm danh' }).click();
}
