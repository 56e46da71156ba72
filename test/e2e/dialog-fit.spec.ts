/**
 * Issue 19 §4 for dialogs: every dialog and drawer issue 19 added, and the big forms, opened on the
 * demo office at 1366×768 and on a 1366×768 laptop at 125 % scaling (1093×614 CSS px). Each must
 * stand inside the window with its buttons in view (a tall body scrolls inside the dialog), and the
 * page must not scroll sideways. Each dialog's picture is attached to the report.
 */
import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import { demoTest as test, expect } from './support/fixtures';
import { nextStep, openImportWizard, writeOfficeList } from './support/imports';
import { openScreen } from './support/office';
import { apiCall } from './support/page-api';
import type { RunningServer } from './support/web-server';

const SIZES = [
  { name: '1093x614@125', width: 1093, height: 614, scale: 1.25 },
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
] as const;

const ROSTER = 'Danh sách dân quân tự vệ';

interface Fit {
  page: Page;
  size: (typeof SIZES)[number];
  testInfo: TestInfo;
  failures: string[];
}

type Box = { x: number; y: number; width: number; height: number };

/** Whether the box lies wholly inside the other (half a pixel allowed for rounding). */
const inside = (box: Box, outer: Box) =>
  box.x >= outer.x - 0.5 &&
  box.y >= outer.y - 0.5 &&
  box.x + box.width <= outer.x + outer.width + 0.5 &&
  box.y + box.height <= outer.y + outer.height + 0.5;

/** The first elements standing past the window's right edge outside any scrolling box (for the report). */
const PAST_THE_EDGE = `(() => {
  const width = document.documentElement.clientWidth;
  const clipped = (element) => {
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement)
      if (getComputedStyle(up).overflowX !== 'visible') return true;
    return false;
  };
  const past = [...document.body.querySelectorAll('*')].filter(
    (element) => element.getBoundingClientRect().right > width + 0.5 && !clipped(element),
  );
  const named = (element) =>
    element.tagName + '.' + [...element.classList].join('.') + ' ends at ' + element.getBoundingClientRect().right;
  return past.slice(0, 3).map(named).join(', ') || 'none';
})()`;

/**
 * The element's box once its opening motion is over: antd zooms a modal in from a fraction of its
 * size and slides a drawer in from the edge, so a box read mid-motion can hide an overflow or show
 * one that is not there. Waits until two reads in a row agree (a condition, not a fixed time).
 */
async function settledBox(element: Locator) {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await element.boundingBox());
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  return element.boundingBox();
}

/**
 * The open dialog `where` fits: its box inside the window, each of `buttons` visible inside the
 * window and the dialog, and no sideways page overflow. Failures are collected, not thrown, so one
 * run names every dialog that does not fit.
 */
async function checkFit({ page, size, testInfo, failures }: Fit, where: string, dialog: Locator, buttons: Locator[]) {
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.ant-spin-spinning')).toHaveCount(0);
  const window = { x: 0, y: 0, width: size.width, height: size.height };
  const box = await settledBox(dialog);
  if (!box || !inside(box, window))
    failures.push(`${size.name} ${where}: the dialog (${JSON.stringify(box)}) is not inside the window`);
  for (const button of buttons) {
    await expect(button).toBeVisible();
    const at = await settledBox(button);
    const name = (await button.getAttribute('aria-label')) ?? (await button.innerText());
    if (!at || !inside(at, window) || (box && !inside(at, box)))
      failures.push(`${size.name} ${where}: "${name}" (${JSON.stringify(at)}) is not in view`);
  }
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  if (overflow > 0) {
    const culprit = await page.evaluate<string>(PAST_THE_EDGE);
    failures.push(`${size.name} ${where}: the page is ${overflow} px wider than the window (${culprit})`);
  }
  const file = testInfo.outputPath(`${size.name}-${where.replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(`${size.name} ${where}`, { path: file, contentType: 'image/png' });
}

/** The dialog's own close button (antd's ×). */
const closeX = (dialog: Locator) => dialog.getByRole('button', { name: /^(Close|Đóng)$/ }).first();

async function closeWithEscape(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

/** The person's form, the import wizard's steps and its "Các lần nhập" list (after one import). */
async function peopleDialogs(fit: Fit): Promise<void> {
  const { page } = fit;
  await openScreen(page, 'Công dân');
  await page.getByRole('button', { name: 'Thêm công dân' }).click();
  const person = page.getByRole('dialog', { name: 'Thêm công dân', exact: true });
  await checkFit(fit, 'Thêm công dân', person, [
    person.getByRole('button', { name: 'Lưu' }),
    person.getByRole('button', { name: 'Hủy bỏ' }),
  ]);
  await person.getByRole('button', { name: 'Hủy bỏ' }).click();
  await expect(person).toBeHidden();

  const file = await writeOfficeList({
    fileName: `vua-do-${fit.size.width}.xlsx`,
    sheetName: 'Danh sách',
    header: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính'],
    rows: [[1, `Trần Văn Vừa ${fit.size.width}`, '05/02/2004', 'Nam']],
  });
  let wizard = await openImportWizard(page);
  await wizard.locator('input[type="file"]').setInputFiles(file);
  await expect(wizard.getByText(/1 dòng dữ liệu/)).toBeVisible();
  await checkFit(fit, 'Nhập từ Excel 1 tệp', wizard, [
    wizard.getByRole('button', { name: 'Tiếp tục' }),
    closeX(wizard),
  ]);
  await nextStep(wizard);
  await checkFit(fit, 'Nhập từ Excel 2 ghép cột', wizard, [
    wizard.getByRole('button', { name: 'Tiếp tục' }),
    closeX(wizard),
  ]);
  await nextStep(wizard);
  await expect(wizard.getByRole('row').filter({ hasText: 'Trần Văn Vừa' })).toBeVisible();
  await checkFit(fit, 'Nhập từ Excel 3 kiểm tra', wizard, [
    wizard.getByRole('button', { name: 'Tiếp tục' }),
    closeX(wizard),
  ]);
  await nextStep(wizard);
  const commit = wizard.getByRole('button', { name: 'Nhập 1 dòng' });
  await checkFit(fit, 'Nhập từ Excel 4 nhập', wizard, [commit, closeX(wizard)]);
  await commit.click();
  await wizard.getByRole('button', { name: 'Hoàn tất' }).click();
  await expect(wizard).toBeHidden();

  // "Các lần nhập" inside the wizard: the batch's row with its undo button in view, not cut off by
  // a table body sized to the window behind the dialog.
  wizard = await openImportWizard(page);
  const batch = wizard
    .getByRole('table', { name: 'Các lần nhập' })
    .last()
    .getByRole('row', { name: /vua-do-/ });
  await checkFit(fit, 'Các lần nhập', wizard, [
    batch.getByRole('button', { name: 'Hoàn tác lần nhập' }),
    closeX(wizard),
  ]);
  await closeWithEscape(page, wizard);

  // "Hướng dẫn" (a 440 px drawer) and "Phím tắt".
  await page.getByRole('button', { name: 'Hướng dẫn', exact: true }).click();
  const help = page.getByRole('dialog', { name: /^Hướng dẫn: / });
  await checkFit(fit, 'Hướng dẫn', help, [closeX(help)]);
  await closeWithEscape(page, help);
  await page.getByRole('button', { name: 'Phím tắt' }).click();
  const keys = page.getByRole('dialog', { name: 'Phím tắt' });
  await checkFit(fit, 'Phím tắt', keys, [closeX(keys)]);
  await closeWithEscape(page, keys);
}

/** A militia member's form; the roster's preview and its issue dialog (issued once, for the register). */
async function militiaDialogs(fit: Fit): Promise<void> {
  const { page } = fit;
  await openScreen(page, 'Dân quân tự vệ', 'Danh sách');
  await page.locator('main').getByRole('button', { name: /^Sửa / }).first().click();
  const member = page.getByRole('dialog', { name: 'Sửa thông tin thành viên' });
  await checkFit(fit, 'Sửa thông tin thành viên', member, [
    member.getByRole('button', { name: 'Lưu' }),
    member.getByRole('button', { name: 'Hủy bỏ' }),
  ]);
  await member.getByRole('button', { name: 'Hủy bỏ' }).click();
  await expect(member).toBeHidden();

  await openScreen(page, 'Dân quân tự vệ', 'Văn bản');
  await page.getByRole('button', { name: `Xem trước: ${ROSTER}` }).click();
  const preview = page.getByRole('dialog', { name: `Xem trước bản nháp: ${ROSTER}` });
  await expect(preview.getByRole('region', { name: /^Trang 1\// })).toBeVisible();
  await checkFit(fit, 'Xem trước', preview, [preview.getByRole('button', { name: 'Đóng' }).last(), closeX(preview)]);
  await closeWithEscape(page, preview);

  await page.getByRole('button', { name: `Cấp số và phát hành: ${ROSTER}` }).click();
  const issue = page.getByRole('dialog', { name: 'Cấp số và phát hành văn bản' });
  await expect(issue).toContainText('sổ văn bản đi');
  const ok = issue.getByRole('button', { name: 'Cấp số và phát hành' });
  await checkFit(fit, 'Cấp số và phát hành', issue, [ok, issue.getByRole('button', { name: 'Hủy bỏ' })]);
  const download = page.waitForEvent('download');
  await ok.click();
  await (await download).cancel();
  await expect(issue).toBeHidden();
}

/** The register's "Thu hồi" of the document just issued. */
async function registerDialogs(fit: Fit): Promise<void> {
  const { page } = fit;
  await openScreen(page, 'Văn bản – Báo cáo', 'Sổ văn bản đi');
  await page.locator('main').getByRole('button', { name: 'Thu hồi' }).first().click();
  const withdraw = page.getByRole('dialog', { name: /^Thu hồi văn bản số / });
  await checkFit(fit, 'Thu hồi', withdraw, [
    withdraw.getByRole('button', { name: 'Lưu' }),
    withdraw.getByRole('button', { name: 'Hủy bỏ' }),
  ]);
  await closeWithEscape(page, withdraw);
}

interface ExerciseRow {
  id: string;
  title: string;
  status: string;
}

/** A done exercise's "Đính chính" and a prepared one's "Hoàn tác bước cuối", from their drawers. */
async function exerciseDialogs(fit: Fit, demo: RunningServer): Promise<void> {
  const { page } = fit;
  const year = new Date().getFullYear();
  const { rows } = await apiCall<{ rows: ExerciseRow[] }>(page, demo, 'exercises.exercise.list', {
    year,
    pageSize: 500,
  });
  const done = rows.find((row) => row.status === 'done')!;
  const preparing = rows.find((row) => row.status === 'preparing')!;
  await openScreen(page, 'Diễn tập – Huấn luyện', 'Diễn tập');

  await page.getByRole('button', { name: done.title, exact: true }).click();
  let drawer = page.getByRole('dialog', { name: done.title });
  await checkFit(fit, 'Cuộc diễn tập đã thực hiện', drawer, [drawer.getByRole('button', { name: 'Đính chính' })]);
  await drawer.getByRole('button', { name: 'Đính chính' }).click();
  const correct = page.getByRole('dialog', { name: 'Đính chính kết quả cuộc diễn tập' });
  await checkFit(fit, 'Đính chính', correct, [
    correct.getByRole('button', { name: 'Lưu' }),
    correct.getByRole('button', { name: 'Hủy bỏ' }),
  ]);
  await correct.getByRole('button', { name: 'Hủy bỏ' }).click();
  await expect(correct).toBeHidden();
  await closeWithEscape(page, drawer);

  await page.getByRole('button', { name: preparing.title, exact: true }).click();
  drawer = page.getByRole('dialog', { name: preparing.title });
  await drawer.getByRole('button', { name: 'Hoàn tác bước cuối' }).click();
  const undo = page.getByRole('dialog', { name: /^Hoàn tác bước "/ });
  await checkFit(fit, 'Hoàn tác bước (diễn tập)', undo, [
    undo.getByRole('button', { name: 'Hoàn tác' }),
    undo.getByRole('button', { name: 'Hủy bỏ' }),
  ]);
  await undo.getByRole('button', { name: 'Hủy bỏ' }).click();
  await expect(undo).toBeHidden();
  await closeWithEscape(page, drawer);
}

/** The conscription record's "Hoàn tác bước cuối": a citizen of the open campaign, examined. */
async function conscriptionDialogs(fit: Fit, demo: RunningServer): Promise<void> {
  const { page } = fit;
  const api = <T>(method: string, input: unknown) => apiCall<T>(page, demo, method, input);
  type Versioned = { id: string; version: number };
  const campaigns = await api<Array<Versioned & { year: number; closedAt: string | null }>>(
    'conscription.campaign.list',
    {},
  );
  const campaign = campaigns.find((row) => row.closedAt === null)!;
  const [ward] = await api<Array<{ id: string }>>('localities.list', {});
  const person = await api<Versioned>('people.create', {
    familyName: 'Lò',
    middleName: 'Văn',
    givenName: `Vừa${fit.size.width}`,
    sex: 'M',
    localityId: ward!.id,
    birthDate: `${campaign.year - 20}-05-01`,
  });
  const record = await api<Versioned>('conscription.record.create', {
    campaignId: campaign.id,
    personId: person.id,
    state: 'pool',
    onDate: `${campaign.year - 1}-04-01`,
  });
  await api('conscription.record.healthExam', {
    recordId: record.id,
    version: record.version,
    onDate: `${campaign.year - 1}-04-02`,
    healthClass: 2,
  });
  const name = `Lò Văn Vừa${fit.size.width}`;
  await openScreen(page, 'Tuyển quân');
  await page.getByRole('button', { name: `Tuyển quân năm ${campaign.year}` }).click();
  await page.getByRole('tab', { name: 'Công dân', exact: true }).click();
  await page.getByRole('searchbox').first().fill(name);
  await page
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('button', { name })
    .click();
  const drawer = page.getByRole('dialog', { name: new RegExp(name) });
  await drawer.getByRole('button', { name: 'Hoàn tác bước cuối' }).click();
  const undo = page.getByRole('dialog', { name: /^Hoàn tác bước "Khám sức khỏe đạt/ });
  await checkFit(fit, 'Hoàn tác bước (tuyển quân)', undo, [
    undo.getByRole('button', { name: 'Hoàn tác' }),
    undo.getByRole('button', { name: 'Hủy bỏ' }),
  ]);
  await undo.getByRole('button', { name: 'Hủy bỏ' }).click();
  await expect(undo).toBeHidden();
}

async function fitAtSize(browser: Browser, demo: RunningServer, size: (typeof SIZES)[number], testInfo: TestInfo) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.scale,
  });
  const page = await context.newPage();
  const fit: Fit = { page, size, testInfo, failures: [] };
  try {
    await demo.signIn(page);
    await page.goto(demo.url);
    await peopleDialogs(fit);
    await militiaDialogs(fit);
    await registerDialogs(fit);
    await exerciseDialogs(fit, demo);
    await conscriptionDialogs(fit, demo);
  } finally {
    await context.close();
  }
  return fit.failures;
}

for (const size of SIZES) {
  test(`every dialog of issue 19 and every big form fits ${size.name}`, async ({ browser, demo }, testInfo) => {
    test.slow();
    expect(await fitAtSize(browser, demo, size, testInfo)).toEqual([]);
  });
}
