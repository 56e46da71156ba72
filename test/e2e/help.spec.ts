import type { Page } from '@playwright/test';
import { demoTest as test, expect } from './support/fixtures';
import { openScreen } from './support/office';
import { apiCall } from './support/page-api';
import type { RunningServer } from './support/web-server';

/** Opens the screen's "Hướng dẫn" and returns its drawer, checked to be the named screen's. */
async function openHelp(page: Page, title: string) {
  await page.getByRole('button', { name: 'Hướng dẫn', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: `Hướng dẫn: ${title}` });
  await expect(drawer).toBeVisible();
  return drawer;
}

async function closeHelp(page: Page) {
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Close|Đóng/ })
    .click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

/**
 * A woman of 39 (born 31/12 forty years before this year) who joined an on-the-spot squad on 15/01
 * last year: her 4-year term ends after the end of her 40th year, the women's limit.
 */
async function seedWomanOf39(page: Page, server: RunningServer, year: number): Promise<void> {
  const [ward] = await apiCall<{ id: string }[]>(page, server, 'localities.list', {});
  const unit = await apiCall<{ id: string }>(page, server, 'militia.unit.create', {
    force: 'militia',
    localityId: ward!.id,
    name: 'Tiểu đội dân quân tại chỗ số 9',
    level: 'squad',
    component: 'on_the_spot',
  });
  const person = await apiCall<{ id: string }>(page, server, 'people.create', {
    familyName: 'Đinh',
    middleName: 'Thị',
    givenName: 'Huyền',
    birthDate: `${year - 40}-12-31`,
    sex: 'F',
  });
  await apiCall(page, server, 'militia.member.create', {
    personId: person.id,
    unitId: unit.id,
    startedOn: `${year - 1}-01-15`,
  });
}

test('each screen has its own "Hướng dẫn": purpose, steps and legal basis', async ({ page }) => {
  await openScreen(page, 'Dân quân tự vệ', 'Tạm hoãn, miễn');
  let drawer = await openHelp(page, 'Dân quân tự vệ › Tạm hoãn, miễn');
  await expect(drawer.getByText('Quyết định tạm hoãn, miễn tham gia dân quân tự vệ của từng công dân.')).toBeVisible();
  await expect(drawer.getByText('Căn cứ pháp lý')).toBeVisible();
  await expect(drawer.getByText('Luật Dân quân tự vệ số 48/2019/QH14: Điều 11')).toBeVisible();
  await closeHelp(page);

  await openScreen(page, 'Tuyển quân');
  drawer = await openHelp(page, 'Các đợt tuyển quân');
  await expect(drawer.getByText(/Các đợt tuyển quân theo năm/)).toBeVisible();
  await expect(drawer.getByText(/Điều 30 \(độ tuổi gọi nhập ngũ\)/)).toBeVisible();
  await closeHelp(page);

  await openScreen(page, 'Văn bản – Báo cáo', 'Sổ văn bản đi');
  drawer = await openHelp(page, 'Văn bản – Báo cáo › Sổ văn bản đi');
  await expect(drawer.getByText(/Sổ văn bản đi: mọi văn bản chương trình đã cấp số/)).toBeVisible();
  await expect(drawer.getByText(/Dân quân tự vệ/)).toHaveCount(0);

  // From any screen's help to the help page of the office's year.
  await drawer.getByRole('link', { name: 'Công việc trong năm (Hướng dẫn sử dụng)' }).click();
  await expect(page.getByRole('heading', { name: 'Hướng dẫn sử dụng', level: 3 })).toBeVisible();
});

test("the help page walks through the office's year and links to its screens", async ({ page }) => {
  await openScreen(page, 'Hướng dẫn sử dụng');
  const year = page.getByRole('region', { name: 'Công việc trong năm' });
  await expect(year.getByText('Đăng ký nghĩa vụ quân sự lần đầu')).toBeVisible();
  await expect(year.getByText('Tháng 4', { exact: true })).toBeVisible();
  await expect(year.getByText('Sơ kết 6 tháng đầu năm')).toBeVisible();
  await expect(year.getByText('Dân quân tự vệ: thời hạn tham gia và độ tuổi')).toBeVisible();

  await year.getByRole('link', { name: 'Dân quân tự vệ › Danh sách' }).first().click();
  await expect(page).toHaveURL(/#\/dan-quan-tu-ve\/danh-sach$/);
  await expect(page.getByRole('tab', { name: 'Danh sách', selected: true })).toBeVisible();
});

test('the "Quá tuổi" badge tells which limit, the day it is reached, and that the term outlives it', async ({
  page,
  demo,
}) => {
  const year = new Date().getFullYear();
  await seedWomanOf39(page, demo, year);
  await openScreen(page, 'Dân quân tự vệ', 'Danh sách');
  await page
    .getByRole('searchbox', { name: 'Tìm theo họ tên (có hoặc không dấu) hoặc số định danh' })
    .fill('dinh thi huyen');
  const row = page.getByRole('row', { name: /Đinh Thị Huyền/ });
  await row.getByText('Quá tuổi', { exact: true }).hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(
    'Nữ tham gia dân quân tự vệ đến hết 40 tuổi (khoản 1 Điều 8 Luật Dân quân tự vệ năm 2019).',
  );
  await expect(tooltip).toContainText(
    `Đinh Thị Huyền (sinh ngày 31/12/${year - 40}) hết 40 tuổi ngày 30/12/${year + 1}, ` +
      `nhưng thời hạn tham gia kéo dài đến ngày 15/01/${year + 3}, sau ngày đó.`,
  );
});
