import path from 'node:path';
import type { Page } from '@playwright/test';
import { pdfText, renderToPdf } from '../docs/render';
import { chooseOption, searchAndPick } from './support/antd';
import { expect, test } from './support/fixtures';
import { fillOfficeProfile, registerPerson } from './support/office';

async function addUnit(page: Page, name: string, child: boolean) {
  await page.getByRole('button', { name: child ? 'Thêm đơn vị cấp dưới' : 'Thêm đơn vị', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị dân quân tự vệ' });
  if (!child) await chooseOption(page, dialog.getByLabel('Phường, xã'), 'Phường Đức Xuân');
  await dialog.getByLabel('Tên đơn vị').fill(name);
  await dialog.getByLabel('Tên đơn vị').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

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
  await page.goto(server.url);
  await fillOfficeProfile(page);
  const nav = page.getByRole('navigation');

  await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await page.getByRole('tab', { name: 'Địa bàn' }).click();
  await page.getByRole('button', { name: 'Thêm địa bàn' }).click();
  const locality = page.getByRole('dialog', { name: 'Thêm địa bàn' });
  await locality.getByLabel('Tên địa bàn').fill('Phường Đức Xuân');
  await locality.getByRole('button', { name: 'Lưu' }).click();
  await expect(locality).toBeHidden();

  await nav.getByRole('menuitem', { name: 'Công dân' }).click();
  await registerPerson(page, 'Trần Văn An', '14/03/2000');
  await registerPerson(page, 'Lục Thị Bình', '02/09/1996');
  await registerPerson(page, 'Hà Văn Cường', '10/01/1970');

  await nav.getByRole('menuitem', { name: 'Dân quân tự vệ' }).click();
  await expect(page).toHaveURL(/#\/dan-quan-tu-ve/);
  await addUnit(page, 'Trung đội dân quân cơ động', false);
  await addUnit(page, 'Tiểu đội 1', true);
  const tree = page.getByRole('tree');
  await tree.getByText('Trung đội dân quân cơ động').click();
  await addUnit(page, 'Tiểu đội 2', true);

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
  const strength = page.locator('.ant-statistic').filter({ hasText: 'Tổng số dân quân tự vệ' });
  await expect(strength).toContainText('2');
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
  await expect(page.getByText('Tổng số 2 thành viên')).toBeVisible();
  const names = page.locator('.ant-table-tbody tr.ant-table-row td:first-child');
  await expect(names).toHaveText(['Trần Văn An', 'Lục Thị Bình']);

  // A reservist from the register (a CNQS code first), assigned to a combat unit's slot.
  await nav.getByRole('menuitem', { name: 'Cài đặt' }).click();
  await page.getByRole('tab', { name: 'Chuyên nghiệp quân sự' }).click();
  await page.getByRole('button', { name: 'Thêm CNQS' }).click();
  const specialty = page.getByRole('dialog', { name: 'Thêm chuyên nghiệp quân sự' });
  await specialty.getByLabel('Mã').fill('101');
  await specialty.getByLabel('Tên chuyên nghiệp').fill('Bộ binh');
  await specialty.getByLabel('Tên chuyên nghiệp').press('Enter');
  await expect(specialty).toBeHidden();

  await nav.getByRole('menuitem', { name: 'Quân nhân dự bị' }).click();
  await page.getByRole('button', { name: 'Thêm quân nhân dự bị' }).click();
  const reservist = page.getByRole('dialog', { name: 'Thêm quân nhân dự bị' });
  await searchAndPick(page, reservist.getByLabel('Công dân', { exact: true }), 'tran an', /Trần Văn An – 14\/03\/2000/);
  await chooseOption(page, reservist.getByLabel('Chuyên nghiệp quân sự (CNQS)'), '101 – Bộ binh');
  await reservist.getByRole('button', { name: 'Lưu' }).click();
  await expect(reservist).toBeHidden();
  await expect(page.getByRole('row', { name: /Trần Văn An/ })).toContainText('Chưa sắp xếp');

  await page.getByRole('tab', { name: 'Đơn vị DBĐV' }).click();
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const reserveUnit = page.getByRole('dialog', { name: 'Thêm đơn vị dự bị động viên' });
  await reserveUnit.getByLabel('Tên đơn vị').fill('Đại đội bộ binh 1');
  await reserveUnit.getByLabel('Tên đơn vị').press('Enter');
  await expect(reserveUnit).toBeHidden();
  await page.getByRole('button', { name: 'Thêm vị trí' }).click();
  const slot = page.getByRole('dialog', { name: 'Thêm vị trí vào Đại đội bộ binh 1' });
  await slot.getByLabel('Vị trí (chức danh)').fill('Xạ thủ');
  await chooseOption(page, slot.getByLabel('CNQS yêu cầu'), '101 – Bộ binh');
  await slot.getByLabel('Số người cần').fill('2');
  await slot.getByRole('button', { name: 'Lưu' }).click();
  await expect(slot).toBeHidden();
  await page
    .getByRole('row', { name: /Xạ thủ/ })
    .getByRole('button', { name: 'Sắp xếp' })
    .click();
  const assign = page.getByRole('dialog', { name: 'Sắp xếp vào Đại đội bộ binh 1 – Xạ thủ' });
  await searchAndPick(page, assign.getByLabel('Quân nhân dự bị'), 'tran', /Trần Văn An – \d+ tuổi/);
  await assign.getByRole('button', { name: 'Lưu' }).click();
  await expect(assign).toBeHidden();

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  const reserveStat = (title: string) => page.locator('.ant-statistic').filter({ hasText: title });
  await expect(reserveStat('Đã sắp xếp vào đơn vị')).toContainText('1');
  await expect(reserveStat('Tỷ lệ sắp xếp')).toContainText('100%');
  await expect(reserveStat('Tỷ lệ đúng CNQS')).toContainText('100%');
  await expect(page.getByRole('row', { name: /Đại đội bộ binh 1/ })).toContainText('50%');

  // The militia roster, downloaded as Word and rendered by LibreOffice, lists both members in name order.
  await nav.getByRole('menuitem', { name: 'Dân quân tự vệ' }).click();
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Danh sách dân quân tự vệ (Word)' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const outDir = test.info().outputPath('documents');
  const saved = path.join(outDir, 'roster.docx');
  await file.saveAs(saved);
  const [pdf] = await renderToPdf([saved], outDir);
  const text = flatten(await pdfText(pdf!));
  expect(text).toContain('DANH SÁCH DÂN QUÂN TỰ VỆ');
  expect(text).toContain('Ban CHQS thành phố Bắc Kạn'.toUpperCase());
  expect(text.indexOf('Trần Văn An')).toBeGreaterThan(0);
  expect(text.indexOf('Trần Văn An')).toBeLessThan(text.indexOf('Lục Thị Bình'));
  expect(text).not.toContain('Hà Văn Cường');
  expect(text).toContain('Tổng cộng: 2 người');
});

/** pdftotext breaks table cells over lines; one space between words is enough to find a name. */
const flatten = (text: string) => text.replace(/\s+/g, ' ');
