import type { Locator, Page } from '@playwright/test';
import { chooseOption, fillDate } from './support/antd';
import { demoTest, expect } from './support/fixtures';
import { addReservist } from './support/forces';
import { openScreen } from './support/office';
import { apiCall } from './support/page-api';
import type { RunningServer } from './support/web-server';

// Issue 19 §3: a new or edited record is shown and highlighted after saving, even on another page.
// Each list opens on its first page; the record saved sorts onto a later one.

demoTest.slow();

const NEXT_YEAR = new Date().getFullYear() + 1;
const THIS_YEAR = new Date().getFullYear();

/** The list's pager says which page is shown. */
const shownPage = (page: Page) => page.locator('.qsdp-list .ant-pagination-item-active');

/** The row is on screen and marked as the one just saved (never a wait for time: for the class). */
async function expectSavedRow(row: Locator): Promise<void> {
  await expect(row).toHaveClass(/qsdp-saved-row/);
  await expect(row).toBeInViewport();
}

/** A person of the register (setup a clerk would have done on the Công dân screen). */
function registerByApi(page: Page, demo: RunningServer, name: string, birthDate: string, localityId?: string) {
  const [familyName, middleName, givenName] = name.split(' ');
  return apiCall<{ id: string }>(page, demo, 'people.create', {
    familyName,
    middleName,
    givenName,
    birthDate,
    sex: 'M',
    ...(localityId && { localityId }),
  });
}

demoTest('a citizen added to the open campaign is shown on the last page, highlighted', async ({ page, demo }) => {
  // No ward: in the list's order (ward, then name) he comes after all 133 citizens, on page 3 of 50 a page.
  await registerByApi(page, demo, 'Lò Văn Yên', `${NEXT_YEAR - 19}-06-01`);
  await openScreen(page, 'Tuyển quân');
  await page.getByRole('button', { name: `Tuyển quân năm ${NEXT_YEAR}` }).click();
  await page.getByRole('tab', { name: 'Công dân' }).click();
  await expect(shownPage(page)).toHaveText('1');

  await page.getByRole('button', { name: 'Thêm công dân vào đợt' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm công dân vào đợt' });
  await add.getByLabel('Tìm trong danh sách công dân').fill('lo van yen');
  await add.getByRole('checkbox', { name: 'Lò Văn Yên' }).check();
  await add.getByRole('button', { name: 'Thêm vào đợt (1)' }).click();
  await expect(add).toBeHidden();

  await expectSavedRow(page.getByRole('row', { name: /Lò Văn Yên/ }));
  await expect(shownPage(page)).toHaveText('3');
});

demoTest('a member added to a unit of more than a page is shown on its page, highlighted', async ({ page, demo }) => {
  const wards = await apiCall<Array<{ id: string; name: string; kind: string }>>(page, demo, 'localities.list', {});
  const ward = wards.find((l) => l.kind === 'ward')!;
  const unit = await apiCall<{ id: string }>(page, demo, 'militia.unit.create', {
    force: 'militia',
    level: 'platoon',
    component: 'mobile',
    localityId: ward.id,
    name: 'Trung đội cơ động 9',
  });
  // 20 members already: a page; "Yên" sorts after every one of them.
  for (let i = 0; i < 20; i++) {
    const person = await registerByApi(page, demo, `Nguyễn Văn An${'h'.repeat(i)}`, '2000-01-01', ward.id);
    await apiCall(page, demo, 'militia.member.create', {
      personId: person.id,
      unitId: unit.id,
      startedOn: `${THIS_YEAR}-01-10`,
    });
  }
  await registerByApi(page, demo, 'Lò Văn Yên', '2001-01-01', ward.id);

  await openScreen(page, 'Dân quân tự vệ', 'Đơn vị');
  await page.getByRole('tree').getByText('Trung đội cơ động 9').click();
  await expect(page.getByRole('heading', { name: 'Trung đội cơ động 9' })).toBeVisible();
  await expect(shownPage(page)).toHaveText('1');
  await page.getByRole('button', { name: 'Thêm thành viên', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm thành viên vào Trung đội cơ động 9' });
  await dialog.getByLabel('Tìm công dân').fill('lo van yen');
  await dialog.getByRole('radio', { name: 'Lò Văn Yên' }).check();
  await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
  await expect(dialog).toBeHidden();

  await expectSavedRow(page.getByRole('row', { name: /Lò Văn Yên/ }));
  await expect(shownPage(page)).toHaveText('2');
});

demoTest('a reservist added is shown on the last page of the list, highlighted', async ({ page, demo }) => {
  await registerByApi(page, demo, 'Lò Văn Yên', '1996-03-15');
  await openScreen(page, 'Quân nhân dự bị');
  await expect(shownPage(page)).toHaveText('1');
  await addReservist(page, 'lo van yen', /Lò Văn Yên – 15\/03\/1996/, 'M-101 – Bộ binh (mẫu)');

  // 66 reservists in the demo, 20 a page: "Yên" sorts last, on page 4.
  await expectSavedRow(page.getByRole('row', { name: /Lò Văn Yên/ }));
  await expect(shownPage(page)).toHaveText('4');
});

demoTest(
  "a training course is shown on its page, highlighted; one outside the year's filter is said so",
  async ({ page, demo }) => {
    // 20 more courses this year, all starting after the one added below (the list is newest first).
    for (let i = 0; i < 20; i++) {
      await apiCall(page, demo, 'training.course.create', {
        title: `Bồi dưỡng cán bộ đợt ${i + 1}`,
        target: 'staff',
        plannedDays: 3,
        startsOn: `${THIS_YEAR}-10-0${1 + (i % 9)}`,
        endsOn: `${THIS_YEAR}-10-2${i % 9}`,
      });
    }
    await openScreen(page, 'Diễn tập – Huấn luyện', 'Huấn luyện');
    await expect(shownPage(page)).toHaveText('1');

    const addCourse = async (title: string, from: string, to: string) => {
      await page.getByRole('button', { name: 'Thêm khóa huấn luyện' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm khóa huấn luyện' });
      await dialog.getByLabel('Tên khóa huấn luyện').fill(title);
      await chooseOption(page, dialog.getByLabel('Đối tượng'), 'Cán bộ');
      await fillDate(page, dialog.getByLabel('Từ ngày'), from);
      await fillDate(page, dialog.getByLabel('Đến ngày'), to);
      await dialog.getByLabel('Số ngày kế hoạch').fill('2');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expect(dialog).toBeHidden();
      // The saved course opens in its drawer; the list stands behind it.
      const drawer = page.getByRole('dialog', { name: `Khóa huấn luyện – ${title}` });
      await expect(drawer).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
    };

    await addCourse('Tập huấn đầu năm', `05/01/${THIS_YEAR}`, `06/01/${THIS_YEAR}`);
    await expectSavedRow(page.getByRole('row', { name: /Tập huấn đầu năm/ }));
    await expect(shownPage(page)).toHaveText('2');

    // A course of last year is saved, but the list shows this year: the clerk is told, the page stays.
    await addCourse('Tập huấn năm trước', `05/01/${THIS_YEAR - 1}`, `06/01/${THIS_YEAR - 1}`);
    await expect(page.getByText('bản ghi vừa lưu không nằm trong bộ lọc hiện tại')).toBeVisible();
    await expect(shownPage(page)).toHaveText('2');
  },
);

demoTest('a weapon received is shown on its page of pieces and of the book, highlighted', async ({ page }) => {
  await openScreen(page, 'Dân quân tự vệ', 'Vũ khí, trang bị');
  await page.getByRole('tab', { name: 'Theo số hiệu', exact: true }).click();
  const pieces = page.getByRole('tabpanel', { name: 'Theo số hiệu' });
  await expect(pieces.locator('.ant-pagination-item-active')).toHaveText('1');

  // The demo's book holds AK-0001…AK-0036 first (AK is the first kind): AK-0037 is the 37th piece, on page 2.
  // Received back in January 2023, it is also one of the book's oldest movements.
  await page.getByRole('button', { name: 'Ghi nhập, cấp phát, thu hồi…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi biến động vũ khí, trang bị' });
  await fillDate(page, dialog.getByLabel('Ngày', { exact: true }), '10/01/2023');
  const line = dialog.getByRole('group', { name: 'Dòng 1' });
  await chooseOption(page, line.getByLabel('Loại'), 'Súng tiểu liên AK (khẩu)');
  await line.getByLabel('Số hiệu').fill('AK-0037');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  await expectSavedRow(pieces.getByRole('row', { name: /AK-0037/ }));
  await expect(pieces.locator('.ant-pagination-item-active')).toHaveText('2');

  await page.getByRole('tab', { name: 'Sổ biến động', exact: true }).click();
  const book = page.getByRole('tabpanel', { name: 'Sổ biến động' });
  await expectSavedRow(book.getByRole('row', { name: /AK-0037/ }));
  await expect(book.locator('.ant-pagination-item-active')).toHaveText('2');
});

demoTest('a readiness practice added is shown on the last page of the year, highlighted', async ({ page, demo }) => {
  const holders = await apiCall<Array<{ id: string; name: string; kind: string }>>(
    page,
    demo,
    'readinessDocuments.holder.list',
    {},
  );
  const office = holders.find((h) => h.kind === 'office')!;
  const today = new Date().toISOString().slice(0, 10);
  // 20 more practices held today: the one added below, on 1 January, is the year's last (latest first).
  for (let i = 0; i < 20; i++) {
    await apiCall(page, demo, 'readinessDocuments.practice.create', {
      holderId: office.id,
      kindId: '00000000-0000-4000-8026-000000000001',
      status: 'done',
      practisedOn: today,
    });
  }
  const { total } = await apiCall<{ total: number }>(page, demo, 'readinessDocuments.practice.list', {
    year: THIS_YEAR,
  });
  await openScreen(page, 'Diễn tập – Huấn luyện', 'Văn kiện SSCĐ');
  await page.getByText('Luyện tập phương án', { exact: true }).click();
  await expect(shownPage(page)).toHaveText('1');

  await page.getByRole('button', { name: 'Thêm buổi luyện tập' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm buổi luyện tập' });
  await chooseOption(page, dialog.getByLabel('Cơ quan, đơn vị'), office.name);
  await chooseOption(page, dialog.getByLabel('Phương án (văn kiện) luyện tập'), 'Kế hoạch chiến đấu phòng thủ');
  await fillDate(page, dialog.getByLabel('Ngày luyện tập'), `01/01/${THIS_YEAR}`);
  await dialog.getByLabel('Ghi chú').fill('Luyện tập đầu năm');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  await expectSavedRow(page.getByRole('row', { name: new RegExp(`01/01/${THIS_YEAR}`) }));
  await expect(shownPage(page)).toHaveText(String(Math.ceil((total + 1) / 20)));
});
