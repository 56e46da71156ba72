import type { Page } from '@playwright/test';
import { chooseOption, fillDate, tick } from './support/antd';
import { docxText, saveDownload } from './support/documents';
import { display } from './support/drills';
import { demoTest as test, expect } from './support/fixtures';
import { openScreen } from './support/office';

/** The first whole number of a figure of the report's "Số liệu" panel (0 when its group is absent). */
async function figureCount(page: Page, label: string): Promise<number> {
  const figure = page.getByRole('region', { name: 'Số liệu' }).getByRole('group', { name: label, exact: true });
  if ((await figure.count()) === 0) return 0;
  const match = /\d+/.exec(((await figure.first().textContent()) ?? '').replace(label, ''));
  return Number(match?.[0] ?? 0);
}

const SESSIONS = 'Số buổi giáo dục chính trị, tuyên truyền';
const CASES = 'Hồ sơ chính sách giải quyết xong / thụ lý';
const REVIEWED = 'Văn kiện đã rà soát trong kỳ';

/**
 * The clerk records today a policy case resolved, a political education session and a review of a
 * readiness document; the half-year report of today's half counts each of them (its figures go up by
 * one from what they were before), the redrafted paragraphs say so, the download check warns about
 * the assessment left as drafted, and the printed .docx carries the new paragraph.
 */
test('a policy case, a political session and a readiness review recorded today are in the half-year report', async ({
  page,
}) => {
  test.slow();
  const now = new Date();
  const today = display(now);
  const half = now.getMonth() < 6 ? '6 tháng đầu năm' : '6 tháng cuối năm';

  // The half-year report as it stands before.
  await openScreen(page, 'Văn bản – Báo cáo');
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  const create = page.getByRole('dialog', { name: 'Lập báo cáo sơ kết, tổng kết' });
  await tick(create.getByRole('radio', { name: half }));
  await create.getByLabel('Năm báo cáo').fill(String(now.getFullYear()));
  await create.getByRole('button', { name: 'Lưu' }).click();
  await expect(page).toHaveURL(/#\/van-ban-bao-cao\/bao-cao\/[\w-]+$/);
  const reportUrl = page.url();
  await expect(page.getByRole('region', { name: 'Số liệu' })).toBeVisible();
  const before = {
    sessions: await figureCount(page, SESSIONS),
    cases: await figureCount(page, CASES),
    reviewed: await figureCount(page, REVIEWED),
  };

  // A policy case received and resolved today.
  await openScreen(page, 'Chính trị – Chính sách', 'Chính sách');
  await page.getByText('Hồ sơ chính sách khác', { exact: true }).click();
  await page.getByRole('button', { name: 'Thêm hồ sơ chính sách' }).click();
  const policyCase = page.getByRole('dialog', { name: 'Thêm hồ sơ chính sách' });
  await policyCase.getByLabel('Họ tên đối tượng').fill('Hoàng Văn Tâm');
  await chooseOption(page, policyCase.getByLabel('Chế độ, chính sách'), 'Trợ cấp theo Quyết định 62/2011/QĐ-TTg');
  await chooseOption(page, policyCase.getByLabel('Kết quả'), 'Đã giải quyết');
  await fillDate(page, policyCase.getByLabel('Ngày giải quyết xong'), today);
  await policyCase.getByRole('button', { name: 'Lưu' }).click();
  await expect(policyCase).toBeHidden();
  await expect(page.getByRole('row', { name: /Hoàng Văn Tâm/ })).toBeVisible();

  // A political education session held today.
  await page.getByRole('tab', { name: 'Giáo dục chính trị', exact: true }).click();
  await page.getByRole('button', { name: 'Thêm buổi' }).click();
  const session = page.getByRole('dialog', { name: 'Thêm buổi giáo dục chính trị, tuyên truyền' });
  await session.getByLabel('Tên đơn vị, địa bàn').fill('Trung đội dân quân cơ động phường Đức Xuân');
  await session.getByLabel('Nội dung, chủ đề').fill('Quán triệt nhiệm vụ quốc phòng cuối năm');
  await session.getByLabel('Người trình bày').fill('Chính trị viên Ban CHQS phường');
  await session.getByLabel('Quân số theo kế hoạch').fill('30');
  await session.getByLabel('Quân số có mặt').fill('28');
  await session.getByRole('button', { name: 'Lưu' }).click();
  await expect(session).toBeHidden();
  await expect(page.getByRole('row', { name: /Quán triệt nhiệm vụ quốc phòng cuối năm/ })).toContainText('28/30');

  // A readiness document of a ward reviewed today.
  await openScreen(page, 'Diễn tập – Huấn luyện', 'Văn kiện SSCĐ');
  const holder = 'Ban CHQS phường Đức Xuân';
  const plan = 'Kế hoạch chiến đấu phòng thủ';
  await page.getByRole('button', { name: holder, exact: true }).click();
  const documents = page.getByRole('dialog', { name: holder });
  await documents.getByRole('button', { name: `Rà soát: ${plan} – ${holder}` }).click();
  const review = page.getByRole('dialog', { name: `Rà soát ${plan} của ${holder}` });
  await review.getByLabel('Người rà soát').fill('Đại úy Hà Văn Lâm');
  await review.getByRole('button', { name: 'Lưu' }).click();
  await expect(review).toBeHidden();

  // The report counts each of them now, and the redrafted paragraph says so.
  await page.goto(reportUrl);
  await expect(page.getByRole('region', { name: 'Số liệu' })).toBeVisible();
  await expect.poll(() => figureCount(page, SESSIONS)).toBe(before.sessions + 1);
  await expect.poll(() => figureCount(page, CASES)).toBe(before.cases + 1);
  await expect.poll(() => figureCount(page, REVIEWED)).toBe(before.reviewed + 1);
  const heading = 'Công tác giáo dục chính trị, tuyên truyền';
  await page.getByRole('button', { name: `Viết lại từ số liệu: ${heading}` }).click();
  await page
    .getByRole('dialog', { name: `Viết lại mục "${heading}"?` })
    .getByRole('button', { name: 'Viết lại' })
    .click();
  const political = page.getByRole('textbox', { name: new RegExp(heading) });
  await expect(political).toHaveValue(new RegExp(`Tổ chức ${before.sessions + 1} buổi`));
  const paragraph = await political.inputValue();
  await page.getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(page.getByText('Đã lưu phiên bản 2.')).toBeVisible();

  // The draft's check warns about the assessment still as drafted; confirmed, the .docx has the paragraph.
  const file = await saveDownload(
    page,
    async () => {
      await page.getByRole('button', { name: 'Tải bản nháp: báo cáo', exact: true }).click();
      const check = page.getByRole('dialog', { name: 'Báo cáo chưa hoàn chỉnh' });
      await expect(check).toContainText(/Các mục sau chưa được biên tập: [^.]*Ưu điểm, hạn chế/);
      await check.getByRole('button', { name: 'Vẫn tải báo cáo' }).click();
    },
    'review-topics.docx',
  );
  const text = await docxText(file.path);
  expect(text).toContain(paragraph.split('\n')[0]!.replace(/\s+/g, ' '));
});
