import { tick } from './support/antd';
import { docxText, saveDownload } from './support/documents';
import { demoTest as test, expect } from './support/fixtures';
import { openScreen } from './support/office';

/**
 * The officer's half-year review on the demo office: the first half of 2023 holds the 2023
 * handover (76 of 76). Create the report, read its figures, edit a paragraph, save, reload,
 * download the .docx (dated on the review meeting, after confirming the check's warning about the
 * unedited assessment) and find it in the register of documents sent with its number.
 */
test('the half-year review report: figures, an edited paragraph kept, the .docx in the register', async ({ page }) => {
  // Issuing adds a dialog and LibreOffice renders the file: more than the default minute on a busy machine.
  test.slow();
  await openScreen(page, 'Văn bản – Báo cáo');
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lập báo cáo sơ kết, tổng kết' });
  await tick(dialog.getByRole('radio', { name: '6 tháng đầu năm' }));
  await dialog.getByLabel('Năm báo cáo').fill('2023');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page).toHaveURL(/#\/van-ban-bao-cao\/bao-cao\/[\w-]+$/);

  // The figures come from the records, each with how it was computed.
  const figures = page.getByRole('region', { name: 'Số liệu' });
  const handover = figures.getByRole('group', { name: 'Giao quân / chỉ tiêu' });
  await expect(handover).toContainText('76/76');
  await figures.getByRole('button', { name: 'Cách tính: Giao quân / chỉ tiêu' }).click();
  await expect(page.getByText(/chỉ tiêu/).first()).toBeVisible();

  // The conscription paragraph starts from the figures; the officer rewrites it and saves.
  const conscription = page.getByRole('textbox', { name: /Công tác tuyển quân/ });
  await expect(conscription).toHaveValue(/giao đủ 76\/76 công dân nhập ngũ, đạt 100% chỉ tiêu/);
  const edited = 'Giao đủ 76/76 công dân nhập ngũ; lễ giao nhận quân gọn, đúng luật (đoạn đã sửa).';
  await conscription.fill(edited);
  await expect(page.getByText('Chưa lưu')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(page.getByText('Đã lưu phiên bản 2.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Công tác tuyển quân/ })).toHaveValue(edited);

  // The document is dated on the demo's review meeting (27/06/2023), recorded in its panel.
  await expect(page.getByRole('region', { name: 'Hội nghị sơ kết, tổng kết' })).toContainText('Hội trường Thành ủy');
  await expect(page.getByLabel('Ngày văn bản')).toHaveValue('27/06/2023');

  // Issued, the Word file takes the next BC number and goes into the register, once the officer
  // confirms the check's warning (the assessment is still as drafted) and the issue dialog.
  await page.getByRole('button', { name: 'Cấp số và phát hành: báo cáo', exact: true }).click();
  const check = page.getByRole('dialog', { name: 'Báo cáo chưa hoàn chỉnh' });
  await expect(check).toContainText(/Các mục sau chưa được biên tập: [^.]*Ưu điểm, hạn chế/);
  await check.getByRole('button', { name: 'Vẫn tải báo cáo' }).click();
  const issue = page.getByRole('dialog', { name: 'Cấp số và phát hành văn bản' });
  await expect(issue).toContainText(/Văn bản sẽ được cấp số \d{2}\/BC-BCH\./);
  const file = await saveDownload(
    page,
    () => issue.getByRole('button', { name: 'Cấp số và phát hành', exact: true }).click(),
    'review.docx',
  );
  const status = page.getByRole('status').filter({ hasText: 'Đã cấp số' });
  await expect(status).toContainText(/Đã cấp số \d{2}\/BC-BCH\./);
  const numberText = /(\d{2}\/BC-BCH)/.exec((await status.textContent()) ?? '')![1]!;
  const text = await docxText(file.path);
  expect(text).toContain(`Số: ${numberText}`);
  expect(text).toContain('6 tháng đầu năm 2023');
  expect(text).toContain(edited);
  expect(text).toContain('ngày 27 tháng 6 năm 2023');
  expect(text).toContain('Thường trực Thành ủy, HĐND, UBND thành phố (để b/c)');

  await page.getByRole('link', { name: 'Xem trong sổ văn bản đi' }).click();
  await expect(page).toHaveURL(/#\/van-ban-bao-cao\/so-van-ban\/[\w-]+$/);
  await expect(page.getByRole('dialog').first()).toContainText(numberText);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row', { name: new RegExp(numberText) })).toBeVisible();
});
