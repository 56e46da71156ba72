import { statistic } from './support/antd';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { docxText, saveDownload } from './support/documents';
import { addMilitiaUnit, addReserveUnit, addReservist, addSpecialty, assignToSlot } from './support/forces';
import { addLocality, openNewOffice, openScreen, registerPerson } from './support/office';

/** Adds the person found by `search` to the selected unit; returns the dialog (still open on a refusal). */
async function addMember(page: Page, unit: string, search: string, fullName: string) {
  await page.getByRole('button', { name: 'Thêm thành viên', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Thêm thành viên vào ${unit}` });
  await dialog.getByLabel('Tìm công dân').fill(search);
  await dialog.getByRole('radio', { name: fullName }).check();
  await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
  return dialog;
}

test('forces: a platoon with two squads takes two members and refuses one over age; a reservist is assigned to a slot; the summaries count them; the roster lists the names', async ({
  page,
  server,
}) => {
  await openNewOffice(page, server);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  await addLocality(page, 'Phường Đức Xuân');

  await openScreen(page, 'Công dân');
  await registerPerson(page, 'Trần Văn An', '14/03/2000');
  await registerPerson(page, 'Lục Thị Bình', '02/09/1996');
  await registerPerson(page, 'Hà Văn Cường', '10/01/1970');

  await openScreen(page, 'Dân quân tự vệ');
  await expect(page).toHaveURL(/#\/dan-quan-tu-ve/);
  await addMilitiaUnit(page, 'Trung đội dân quân cơ động', 'Phường Đức Xuân');
  await addMilitiaUnit(page, 'Tiểu đội 1');
  const tree = page.getByRole('tree');
  await tree.getByText('Trung đội dân quân cơ động').click();
  await addMilitiaUnit(page, 'Tiểu đội 2');

  await tree.getByText('Tiểu đội 1').click();
  await expect(await addMember(page, 'Tiểu đội 1', 'tran an', 'Trần Văn An')).toBeHidden();
  await expect(page.getByRole('row', { name: /Trần Văn An/ })).toContainText('Chiến sĩ');

  await tree.getByText('Tiểu đội 2').click();
  await expect(await addMember(page, 'Tiểu đội 2', 'luc binh', 'Lục Thị Bình')).toBeHidden();
  await expect(page.getByRole('row', { name: /Lục Thị Bình/ })).toBeVisible();

  // Over 50: refused (a volunteer could serve to 50 only); the core's Vietnamese reason is shown at the start date.
  const refused = await addMember(page, 'Tiểu đội 2', 'ha cuong', 'Hà Văn Cường');
  await expect(refused).toContainText(
    'quá độ tuổi tham gia dân quân tự vệ của nam (đến hết 45 tuổi, Điều 8 Luật DQTV)',
  );
  await refused.getByRole('button', { name: 'Hủy' }).click();
  await expect(refused).toBeHidden();
  await expect(tree.getByText('Trung đội dân quân cơ động (2)')).toBeVisible();

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await expect(statistic(page, 'Tổng số dân quân tự vệ')).toContainText('2');
  const ward = page.getByRole('row', { name: /Phường Đức Xuân/ });
  await expect(ward).toContainText('2');
  // With the ward's population entered, the share is 2 / 1,000 = 0.2 %.
  await page.getByRole('button', { name: 'Nhập dân số' }).click();
  const population = page.getByRole('dialog', { name: /Dân số các phường, xã năm/ });
  await population.getByLabel('Dân số Phường Đức Xuân').fill('1000');
  await population.getByRole('button', { name: 'Lưu' }).click();
  await expect(population).toBeHidden();
  await expect(ward.getByRole('cell')).toContainText(['Phường Đức Xuân', '1.000', '2', '2', '0', '0,2']);

  // The list tab finds both, in Vietnamese name order (given name first).
  await page.getByRole('tab', { name: 'Danh sách' }).click();
  await expect(page.getByText('Tổng số: 2 người')).toBeVisible();
  const names = page.locator('.ant-table-tbody tr.ant-table-row td:first-child');
  await expect(names).toHaveText(['Trần Văn An', 'Lục Thị Bình']);

  // A reservist from the register (a CNQS code first), assigned to a combat unit's slot.
  await openScreen(page, 'Cài đặt', 'Chuyên nghiệp quân sự');
  await addSpecialty(page, '101', 'Bộ binh');

  await openScreen(page, 'Quân nhân dự bị');
  await addReservist(page, 'tran an', /Trần Văn An – 14\/03\/2000/, '101 – Bộ binh');
  await expect(page.getByRole('row', { name: /Trần Văn An/ })).toContainText('Chưa sắp xếp');

  const unit = 'Đại đội bộ binh 1';
  await addReserveUnit(page, unit, { title: 'Xạ thủ', specialty: '101 – Bộ binh', needed: 2 });
  await expect(await assignToSlot(page, unit, 'Xạ thủ', 'tran', /Trần Văn An – \d+ tuổi/)).toBeHidden();

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await expect(statistic(page, 'Đã sắp xếp vào đơn vị')).toContainText('1');
  await expect(statistic(page, 'Tỷ lệ sắp xếp')).toContainText('100%');
  await expect(statistic(page, 'Tỷ lệ đúng CNQS')).toContainText('100%');
  await expect(page.getByRole('row', { name: /Đại đội bộ binh 1/ })).toContainText('50%');

  // The militia roster, downloaded as a Word draft and rendered by LibreOffice, lists both members in name order.
  await openScreen(page, 'Dân quân tự vệ', 'Văn bản');
  const roster = await saveDownload(
    page,
    () => page.getByRole('button', { name: 'Tải bản nháp: Danh sách dân quân tự vệ' }).click(),
    'roster.docx',
  );
  expect(roster.suggestedName).toMatch(/\.docx$/);
  const text = await docxText(roster.path);
  expect(text).toContain('DANH SÁCH DÂN QUÂN TỰ VỆ');
  expect(text).toContain('Ban CHQS thành phố Bắc Kạn'.toUpperCase());
  expect(text.indexOf('Trần Văn An')).toBeGreaterThan(0);
  expect(text.indexOf('Trần Văn An')).toBeLessThan(text.indexOf('Lục Thị Bình'));
  expect(text).not.toContain('Hà Văn Cường');
  expect(text).toContain('Tổng cộng: 2 người');
});
