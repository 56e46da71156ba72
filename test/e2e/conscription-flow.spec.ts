import type { Locator, Page } from '@playwright/test';
import { pdfText } from '../docs/render';
import { tick } from './support/antd';
import { createCampaign, fillQuotas } from './support/conscription';
import { flatPdfText, renderDocuments, saveDownload } from './support/documents';
import { expect, test } from './support/fixtures';
import { addLocality, fillPersonDialog, openNewOffice, openScreen, type OfficeProfile } from './support/office';
import type { RunningServer } from './support/web-server';

// Next year's campaign, so every default date (today) falls before the handover, whatever day the test runs.
const YEAR = new Date().getFullYear() + 1;
const WARD = 'Phường Đức Xuân';
const COMMUNE = 'Xã Dương Quang';
const AN = { name: 'Nguyễn Văn An', birth: `01/05/${YEAR - 21}`, locality: WARD }; // class 1
const BINH = { name: 'Trần Đức Bình', birth: `15/08/${YEAR - 20}`, locality: COMMUNE }; // class 3
const CUONG = { name: 'Lê Văn Cường', birth: `20/03/${YEAR - 22}`, locality: WARD }; // class 4
const DUC = { name: 'Phạm Minh Đức', birth: `10/10/${YEAR - 19}`, locality: COMMUNE }; // deferred to study

/** The office of this journey: a district command, whose commander signs the result report. */
const OFFICE: OfficeProfile = {
  parentBody: 'Bộ CHQS tỉnh Thái Nguyên',
  name: 'Ban CHPTKV 1 – Đức Xuân',
  placeName: 'Thái Nguyên',
  symbol: 'BCH',
  signerName: 'Hoàng Văn Minh',
};

async function setUpOffice(page: Page, server: RunningServer) {
  await openNewOffice(page, server, OFFICE);
  await openScreen(page, 'Cài đặt', 'Địa bàn');
  await addLocality(page, WARD, { validFrom: '01/01/2020' });
  await addLocality(page, COMMUNE, { kind: 'Xã', validFrom: '01/01/2020' });
}

/** Fills the people register's "Thêm công dân" form, wherever it was opened from. */
const fillPerson = (page: Page, person: typeof AN) =>
  fillPersonDialog(page, person.name, person.birth, person.locality);

async function createCampaignWithQuotas(page: Page) {
  await openScreen(page, 'Tuyển quân');
  const campaign = await createCampaign(page, YEAR);
  const quotas = await fillQuotas(page, campaign, [
    [`Quân đội – ${WARD}`, 2],
    [`Quân đội – ${COMMUNE}`, 1],
    [`Công an – ${COMMUNE}`, 1],
  ]);
  await quotas.getByRole('button', { name: 'Lưu' }).click();
  await expect(quotas).toBeHidden();
}

/** Ticks the named citizens in the campaign's list, runs a bulk step and returns its dialog. */
async function stepFor(page: Page, names: string[], action: string): Promise<Locator> {
  for (const name of names) await page.getByRole('checkbox', { name, exact: true }).check();
  await expect(page.getByText(`Đã chọn ${names.length} công dân`)).toBeVisible();
  await page.getByRole('toolbar').getByRole('button', { name: action, exact: true }).click();
  return page.getByRole('dialog', { name: `${action} – ${names.length} công dân` });
}

const citizenRow = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

test('a campaign from the register to the handover: exams, deferral, official list, call-up orders, dashboard, result report', async ({
  page,
  server,
}) => {
  // A long user journey (about 30 s alone); room for a busy machine running specs in parallel.
  test.setTimeout(120_000);
  await setUpOffice(page, server);

  // Three people registered in the people register; the fourth from the campaign's own add dialog.
  await openScreen(page, 'Công dân');
  for (const person of [AN, BINH, CUONG]) {
    await page.getByRole('button', { name: 'Thêm công dân' }).click();
    await fillPerson(page, person);
  }
  await expect(page.getByText('Tổng số: 3 người')).toBeVisible();

  await createCampaignWithQuotas(page);
  await page.getByRole('button', { name: `Tuyển quân năm ${YEAR}` }).click();
  await expect(page.getByRole('heading', { name: `Tuyển quân năm ${YEAR}` })).toBeVisible();
  await expect(page.getByText(`Giao nhận quân: 24/02/${YEAR} – 25/02/${YEAR}`)).toBeVisible();

  await page.getByRole('tab', { name: 'Công dân' }).click();
  await page.getByRole('button', { name: 'Thêm công dân vào đợt' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm công dân vào đợt' });
  for (const person of [AN, BINH, CUONG]) await tick(add.getByRole('checkbox', { name: person.name }));
  await add.getByRole('button', { name: 'Đăng ký công dân mới' }).click();
  await fillPerson(page, DUC);
  await expect(add.getByText('Đã chọn 4 người')).toBeVisible();
  await add.getByRole('button', { name: 'Thêm vào đợt (4)' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByText('Tổng số: 4 người')).toBeVisible();
  await expect(citizenRow(page, DUC.name)).toContainText('Trong nguồn gọi nhập ngũ');
  await expect(citizenRow(page, DUC.name)).toContainText(`${DUC.birth}`);

  // Health exam: classes 1, 3 and 4, each typed beside the citizen's name, with the sheet's figures
  // (Circular 68/2025/TT-BQP judges them; the BMI is worked out as they are typed).
  const exam = await stepFor(page, [AN.name, BINH.name, CUONG.name], 'Ghi kết quả khám sức khỏe');
  await exam.getByLabel(`Loại sức khỏe – ${AN.name}`).fill('1');
  await exam.getByLabel(`Loại sức khỏe – ${BINH.name}`).fill('3');
  await exam.getByLabel(`Loại sức khỏe – ${CUONG.name}`).fill('4');
  for (const [name, height, weight, right, left] of [
    [AN.name, '170', '65', '0', '0'],
    [BINH.name, '158', '46', '-1,5', '-0,75'],
  ]) {
    await exam.getByLabel(`Chiều cao (cm) – ${name}`).fill(height!);
    await exam.getByLabel(`Cân nặng (kg) – ${name}`).fill(weight!);
    await exam.getByLabel(`Khúc xạ mắt phải (điốp) – ${name}`).fill(right!);
    await exam.getByLabel(`Khúc xạ mắt trái (điốp) – ${name}`).fill(left!);
  }
  await expect(exam.getByLabel(`Chỉ số BMI – ${AN.name}`)).toHaveText('22,5');
  await expect(exam.getByLabel(`Chỉ số BMI – ${BINH.name}`)).toHaveText('18,4');
  await exam.getByRole('button', { name: 'Lưu' }).click();
  await expect(exam).toBeHidden();
  await expect(citizenRow(page, AN.name)).toContainText('Khám sức khỏe đạt (loại 1–3)Loại 1');
  await expect(citizenRow(page, BINH.name)).toContainText('Loại 3');
  await expect(citizenRow(page, CUONG.name)).toContainText('Khám sức khỏe không đạt (loại 4–6)Loại 4');

  // A deferral for college study: Art. 41(1) point g.
  const defer = await stepFor(page, [DUC.name], 'Tạm hoãn gọi nhập ngũ');
  await tick(defer.getByRole('radio', { name: /^g\) Đang học/ }));
  await tick(defer.getByRole('checkbox', { name: /Đang học cao đẳng, đại học/ }));
  await defer.getByRole('button', { name: 'Lưu' }).click();
  await expect(defer).toBeHidden();
  await expect(citizenRow(page, DUC.name)).toContainText('Tạm hoãn gọi nhập ngũ');
  await expect(citizenRow(page, DUC.name)).toContainText('Điểm g khoản 1 Điều 41');

  const review = await stepFor(page, [AN.name, BINH.name], 'Đạt tiêu chuẩn chính trị');
  await review.getByRole('button', { name: 'Lưu' }).click();
  await expect(review).toBeHidden();
  await expect(citizenRow(page, BINH.name)).toContainText('Đạt tiêu chuẩn chính trị');

  // The official list takes the two eligible citizens and refuses class 4, naming him and the reason.
  const official = await stepFor(page, [AN.name, BINH.name, CUONG.name], 'Đưa vào danh sách chính thức');
  await official.getByRole('button', { name: 'Lưu' }).click();
  const outcome = page.getByRole('dialog', { name: 'Kết quả thực hiện' });
  await expect(outcome).toContainText('Đã cập nhật 2 công dân.');
  await expect(outcome).toContainText(
    `${CUONG.name}: Không thể đưa vào danh sách chính thức: Sức khỏe loại 4: chỉ gọi nhập ngũ công dân có sức khỏe loại 1, 2, 3`,
  );
  await outcome.getByRole('button', { name: 'Đã xem' }).click();
  await expect(outcome).toBeHidden();
  await expect(citizenRow(page, AN.name)).toContainText('Danh sách chính thức');
  await expect(citizenRow(page, CUONG.name)).toContainText('Khám sức khỏe không đạt');

  // Orders given 12 days before the handover: numbered 1, 2 in list order, with the 15-day notice warning.
  const orders = await stepFor(page, [BINH.name, AN.name], 'Cấp lệnh gọi nhập ngũ');
  await expect(orders.getByLabel('Ngày trình diện')).toHaveValue(`24/02/${YEAR}`);
  await orders.getByLabel('Ngày giao lệnh').fill(`12/02/${YEAR}`);
  await orders.getByLabel('Ngày giao lệnh').press('Enter');
  await orders.getByLabel('Nơi trình diện').fill('Sân vận động phường Đức Xuân');
  await orders.getByRole('button', { name: 'Lưu' }).click();
  await expect(outcome).toContainText('Đã cập nhật 2 công dân.');
  await expect(outcome).toContainText(`${AN.name}: Lệnh gọi nhập ngũ giao ngày 12/02/${YEAR}`);
  await expect(outcome).toContainText('khoản 6 Điều 34');
  await outcome.getByRole('button', { name: 'Đã xem' }).click();
  await expect(citizenRow(page, AN.name).getByRole('cell')).toHaveText([
    '',
    new RegExp(`^${AN.name}\\s*Cảnh báo$`),
    AN.birth,
    WARD,
    'Đã có lệnh gọi nhập ngũ',
    'Loại 1',
    '—',
    '1',
  ]);
  await expect(citizenRow(page, BINH.name)).toContainText('Đã có lệnh gọi nhập ngũ');

  // The citizen's page: facts and the dated history.
  await page.getByRole('button', { name: AN.name, exact: true }).click();
  const drawer = page.getByRole('dialog', { name: `Hồ sơ tuyển quân – ${AN.name}` });
  await expect(drawer).toContainText(`Số 1, ngày 12/02/${YEAR}`);
  const history = drawer.getByRole('list').last();
  await expect(history.getByRole('listitem')).toHaveCount(5);
  await expect(history).toContainText('Loại sức khỏe: 1');
  await expect(history).toContainText('Số lệnh: 1');
  await drawer.getByRole('button', { name: 'Đóng' }).click();
  await expect(drawer).toBeHidden();

  // Handover: one to the army, one to the police.
  await page.getByRole('tab', { name: 'Giao nhận quân' }).click();
  await expect(page.getByLabel('Ngày giao nhận quân')).toHaveValue(`24/02/${YEAR}`);
  await page.getByRole('checkbox', { name: `Có mặt – ${AN.name}` }).check();
  await page.getByLabel('Đơn vị nhận quân').fill('Sư đoàn 346');
  await page.getByRole('button', { name: 'Lưu giao nhận quân (1)' }).click();
  await expect(page.getByRole('checkbox', { name: `Có mặt – ${AN.name}` })).toBeHidden();
  await page.getByRole('checkbox', { name: `Có mặt – ${BINH.name}` }).check();
  await page.getByLabel('Đơn vị nhận quân').fill('Công an tỉnh Thái Nguyên');
  await page.getByRole('radio', { name: 'Công an' }).check();
  await page.getByRole('button', { name: 'Lưu giao nhận quân (1)' }).click();
  await expect(page.getByText('Không còn công dân nào chờ giao quân.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Trần Đức Bình/ })).toContainText('Công an tỉnh Thái Nguyên');

  // The dashboard, after a reload (the address keeps the campaign and tab).
  await page.getByRole('tab', { name: 'Tổng quan đợt' }).click();
  await page.reload();
  const cells = (name: string | RegExp) => page.getByRole('row', { name }).getByRole('cell');
  // Each count marked against the quota; the official list shows the branches recorded.
  await expect(cells(new RegExp(`^${WARD}`))).toHaveText([
    WARD,
    '2',
    '0',
    '2',
    /^1\s*Thiếu 1\s*QĐ 1 · CA 0$/,
    '1',
    '0',
    /^1\s*Thiếu 1$/,
  ]);
  await expect(cells(new RegExp(`^${COMMUNE}`))).toHaveText([
    COMMUNE,
    '1',
    '1',
    '2',
    /^1\s*Thiếu 1\s*QĐ 0 · CA 1$/,
    '0',
    '1',
    /^1\s*Thiếu 1$/,
  ]);
  await expect(cells(/^Tổng cộng/)).toHaveText([
    'Tổng cộng',
    '3',
    '1',
    '4',
    /^2\s*Thiếu 2\s*QĐ 1 · CA 1$/,
    '1',
    '1',
    /^2\s*Thiếu 2$/,
  ]);
  await expect(page.getByText('Tổng số hồ sơ trong đợt: 4')).toBeVisible();
  const counts = page.locator('dl');
  await expect(counts.locator('div', { hasText: 'Đã giao quân' })).toContainText('2');
  await expect(counts.locator('div', { hasText: 'Tạm hoãn gọi nhập ngũ' })).toContainText('1');
  await expect(counts.locator('div', { hasText: 'Khám sức khỏe không đạt' })).toContainText('1');
  await expect(page.getByRole('group', { name: WARD })).toContainText('Danh sách chính thức 1/2, đã giao 1/2');

  // The office's assessment for the result report, saved on the overview and kept after a reload.
  const NARRATIVE = 'Công tác tuyển quân được triển khai chặt chẽ, đúng luật.';
  await page.getByLabel('Nhận định, đánh giá').fill(NARRATIVE);
  await page.getByRole('button', { name: 'Lưu nhận định' }).click();
  await expect(page.getByRole('button', { name: 'Lưu nhận định' })).toBeDisabled();
  await page.reload();
  await expect(page.getByLabel('Nhận định, đánh giá')).toHaveValue(NARRATIVE);

  // The 17A list of those called up and the result report, issued as Word, rendered by LibreOffice.
  async function download(item: string, fileName: string, savedName: string) {
    // antd keeps a closing menu in the page during its animation: open the menu only once the last
    // one has gone, and click the item once the new one has settled, so the click lands on a live menu.
    const menuItem = page.getByRole('menuitem', { name: item });
    await expect(menuItem).toBeHidden();
    await page.getByRole('button', { name: 'In văn bản' }).click();
    await expect(menuItem).toBeVisible();
    await menuItem.click();
    // The item opens the document's actions; issuing it takes the number and registers it.
    const actions = page.getByRole('dialog', { name: item });
    await actions.getByRole('button', { name: `Cấp số và phát hành: ${item}` }).click();
    const issue = page.getByRole('dialog', { name: 'Cấp số và phát hành văn bản' });
    await expect(issue).toContainText(/Văn bản sẽ được cấp số 01\//);
    const file = await saveDownload(
      page,
      () => issue.getByRole('button', { name: 'Cấp số và phát hành', exact: true }).click(),
      savedName,
    );
    expect(file.suggestedName).toBe(fileName);
    await expect(actions.getByRole('status')).toContainText('Đã cấp số 01/');
    await actions.getByRole('button', { name: 'Đóng', exact: true }).last().click();
    await expect(actions).toBeHidden();
    return file.path;
  }
  const listDocx = await download(
    'Danh sách công dân nhập ngũ (Word)',
    `Danh sách công dân nhập ngũ ${YEAR}.docx`,
    'list.docx',
  );
  const reportDocx = await download(
    'Báo cáo kết quả tuyển quân (Word)',
    `Báo cáo kết quả tuyển quân ${YEAR}.docx`,
    'report.docx',
  );
  const [listPdf, reportPdf] = await renderDocuments([listDocx, reportDocx]);

  // The list: both names, ward before commune.
  const text = await flatPdfText(listPdf!);
  expect(text).toContain('Số: 01/DS-BCH');
  expect(text.indexOf(AN.name)).toBeGreaterThan(-1);
  expect(text.indexOf(BINH.name)).toBeGreaterThan(text.indexOf(AN.name));
  expect(text).not.toContain(CUONG.name);

  // The report: its own number series, the narrative, each locality's quota and handover.
  const report = await flatPdfText(reportPdf!);
  expect(report).toContain('BÁO CÁO');
  expect(report).toContain('Số: 01/BC-BCH');
  expect(report).toContain(NARRATIVE);
  expect(report).toContain('Hoàng Văn Minh');
  const layout = await pdfText(reportPdf!, { layout: true });
  expect(layout).toMatch(new RegExp(`1\\s+${WARD}\\s+2\\s+0\\s+2\\s+1\\s+0\\s+1\\s+50`));
  expect(layout).toMatch(new RegExp(`2\\s+${COMMUNE}\\s+1\\s+1\\s+2\\s+0\\s+1\\s+1\\s+50`));
  expect(layout).toMatch(/Tổng cộng\s+3\s+1\s+4\s+1\s+1\s+2\s+50/);

  // Discharged later, a handed-over citizen becomes a grade-1 reservist from his record in one step.
  await page.getByRole('tab', { name: 'Công dân' }).click();
  await page.getByRole('button', { name: AN.name, exact: true }).click();
  const record = page.getByRole('dialog', { name: `Hồ sơ tuyển quân – ${AN.name}` });
  await record.getByRole('button', { name: 'Đăng ký quân nhân dự bị' }).click();
  const toReservist = page.getByRole('dialog', { name: `Đăng ký quân nhân dự bị hạng 1 – ${AN.name}` });
  await toReservist.getByLabel('Ngày xuất ngũ').fill(`20/02/${YEAR + 2}`);
  await toReservist.getByLabel('Ngày xuất ngũ').press('Enter');
  await toReservist.getByRole('button', { name: 'Lưu' }).click();
  await expect(toReservist).toBeHidden();
  await expect(page.getByText(`Đã đăng ký ${AN.name} vào ngạch quân nhân dự bị hạng 1.`)).toBeVisible();
  await record.getByRole('button', { name: 'Đóng' }).click();
  await openScreen(page, 'Quân nhân dự bị');
  await expect(page.getByRole('row', { name: new RegExp(AN.name) })).toContainText('Hạng 1');
});
