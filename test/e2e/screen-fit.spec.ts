import type { Browser, Page, TestInfo } from '@playwright/test';
import { demoTest as test, expect } from './support/fixtures';
import type { RunningServer } from './support/web-server';

/** The office's screens: a 1366×768 laptop at 100 % and at 125 % scaling, and a 1280×720 one. */
const SIZES = [
  { name: '1366x768', width: 1366, height: 768, scale: 1, rowsChecked: true },
  { name: '1093x614@125', width: 1093, height: 614, scale: 1.25, rowsChecked: false },
  { name: '1280x720', width: 1280, height: 720, scale: 1, rowsChecked: false },
] as const;

/** The side navigation's sections (renderer/src/shell/sections.ts), by the address they open at. */
const SECTIONS = [
  'tong-quan',
  'cong-dan',
  'tuyen-quan',
  'dan-quan-tu-ve',
  'quan-nhan-du-bi',
  'dien-tap-huan-luyen',
  'chinh-tri-chinh-sach',
  'van-ban-bao-cao',
  'cai-dat',
  'huong-dan',
] as const;

/**
 * The list screens whose list must have room for ten rows at 1366×768 (section, tab label). Not here:
 * the overview, summaries, calendars, trees, forms, the handover tab's two lists and the legal register
 * (its rows are paragraphs of text).
 */
const LISTS = new Set([
  'cong-dan › Danh sách công dân',
  'cong-dan › Thông báo của Công an',
  'tuyen-quan',
  'tuyen-quan › Công dân',
  'dan-quan-tu-ve › Danh sách',
  'dan-quan-tu-ve › Tạm hoãn, miễn',
  'dan-quan-tu-ve › Vũ khí, trang bị',
  'quan-nhan-du-bi › Danh sách',
  'dien-tap-huan-luyen › Diễn tập',
  'dien-tap-huan-luyen › Huấn luyện',
  'dien-tap-huan-luyen › Văn kiện SSCĐ',
  'chinh-tri-chinh-sach › Chính sách',
  'chinh-tri-chinh-sach › Giáo dục QP-AN',
  'chinh-tri-chinh-sach › Giáo dục chính trị',
  'chinh-tri-chinh-sach › Kỷ luật',
  'van-ban-bao-cao › Báo cáo sơ kết, tổng kết',
  'van-ban-bao-cao › Sổ văn bản đi',
  'van-ban-bao-cao › Mẫu văn bản của cơ quan',
  'cai-dat › Địa bàn',
  'cai-dat › Cán bộ cơ quan',
  'cai-dat › Chuyên nghiệp quân sự',
  'cai-dat › Số văn bản',
  'cai-dat › Tài khoản',
  'cai-dat › Nhật ký',
]);

/** Waits until nothing on the screen is still loading (antd spinners and skeletons gone). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('main .ant-spin-spinning, main .ant-skeleton-active')).toHaveCount(0);
}

/**
 * The page's own sideways overflow: how much wider the document is than its window. (Page scripts
 * are written as text: the e2e project is type-checked without the DOM's types.)
 */
function pageOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/**
 * Table rows of the open screen whose whole height lies inside the window and inside their table's
 * scrolled body (a row hidden below the body's edge does not count).
 */
const VISIBLE_ROWS = `[...document.querySelectorAll('main .ant-table-tbody > tr.ant-table-row')].filter((row) => {
  const box = row.getBoundingClientRect();
  if (box.height === 0) return false;
  const body = row.closest('.ant-table-body') ?? row.closest('.ant-table-content');
  const clip = body ? body.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  return box.top >= Math.max(0, clip.top) - 1 && box.bottom <= Math.min(window.innerHeight, clip.bottom) + 1;
}).length`;

/** Table rows the open screen draws (a hidden tab's rows are not drawn), in view or scrolled away. */
function shownRows(page: Page): Promise<number> {
  return page.evaluate<number>(
    `[...document.querySelectorAll('main .ant-table-tbody > tr.ant-table-row')].filter((row) => row.getClientRects().length > 0).length`,
  );
}

function visibleRows(page: Page): Promise<number> {
  return page.evaluate<number>(VISIBLE_ROWS);
}

/**
 * How many rows the list's table has room for in the window, whatever the list holds: the height its
 * body may take (a body that scrolls inside itself may grow to its max-height; one that does not runs
 * to the window's edge, less its pager), clipped to the window, over the height of one compact line
 * (the header row's: the same padding as a one-line row, and there even when the list is empty). The list is the
 * screen's first PagedTable/ListTable (.qsdp-list) in view, else its first table (a hidden tab's are not).
 */
const ROOM_FOR_ROWS = `(() => {
  const shown = (selector) => [...document.querySelectorAll(selector)].find((el) => el.getClientRects().length > 0);
  const table = shown('main .qsdp-list .ant-table') ?? shown('main .ant-table');
  if (!table) return -1;
  const row = table.querySelector('.ant-table-thead > tr');
  const rowHeight = row ? row.getBoundingClientRect().height : 0;
  if (rowHeight === 0) return -1;
  const scrolled = table.querySelector('.ant-table-body');
  const body = scrolled ?? table.querySelector('.ant-table-tbody');
  const top = Math.max(0, body.getBoundingClientRect().top);
  let bottom;
  if (scrolled) {
    const max = parseFloat(getComputedStyle(scrolled).maxHeight);
    bottom = scrolled.getBoundingClientRect().top + (Number.isFinite(max) ? max : scrolled.clientHeight);
  } else {
    const pager = table.closest('.ant-table-wrapper')?.querySelector('.ant-table-pagination');
    bottom = window.innerHeight - (pager ? pager.getBoundingClientRect().height + 16 : 0);
  }
  return Math.floor((Math.min(window.innerHeight, bottom) - top) / rowHeight);
})()`;

function roomForRows(page: Page): Promise<number> {
  return page.evaluate<number>(ROOM_FOR_ROWS);
}

interface Check {
  page: Page;
  size: (typeof SIZES)[number];
  testInfo: TestInfo;
  failures: string[];
}

/** Checks the open screen (named `where`): no sideways page overflow, enough rows on a list; a screenshot kept. */
async function checkScreen({ page, size, testInfo, failures }: Check, where: string): Promise<void> {
  await settled(page);
  const overflow = await pageOverflow(page);
  if (overflow > 0) failures.push(`${size.name} ${where}: the page is ${overflow} px wider than the window`);
  if (process.env.SCREEN_FIT_DEBUG) console.log(`${size.name} ${where}: room for ${await roomForRows(page)} rows`);
  if (size.rowsChecked && LISTS.has(where)) {
    // Room for ten rows in the list's body, however few the demo office has…
    const room = await roomForRows(page);
    if (room < 10) failures.push(`${size.name} ${where}: the list's body has room for ${room} rows (10 wanted)`);
    // …and ten rows really in view where it has them.
    const wanted = Math.min(10, await shownRows(page));
    const rows = await visibleRows(page);
    if (rows < wanted) failures.push(`${size.name} ${where}: ${rows} table rows in view (${wanted} wanted)`);
  }
  const file = testInfo.outputPath(`${where.replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(`${size.name} ${where}`, { path: file, contentType: 'image/png' });
}

/** The first-level tabs of the open screen, by their label. */
async function tabLabels(page: Page): Promise<string[]> {
  const nav = page.locator('main .ant-tabs-nav').first();
  if ((await nav.count()) === 0) return [];
  return nav.locator('.ant-tabs-tab').allInnerTexts();
}

/** Moves to a screen by its address, as the navigation does (the launch address carries the token). */
async function openHash(page: Page, hash: string): Promise<void> {
  await page.evaluate<string>(`window.location.hash = ${JSON.stringify(hash)}`);
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
}

/** Opens the address's section, then each of its first-level tabs in turn, checking each. */
async function walkSection(check: Check, section: string): Promise<void> {
  const { page } = check;
  await openHash(page, `#/${section}`);
  await settled(page);
  const labels = await tabLabels(page);
  if (labels.length === 0) await checkScreen(check, section);
  for (const label of labels) {
    const tab = page.locator('main .ant-tabs-nav').first().getByRole('tab', { name: label, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await checkScreen(check, `${section} › ${label}`);
  }
}

/** The first campaign of the demo office, with each of its tabs. */
async function walkCampaign(check: Check): Promise<void> {
  const { page } = check;
  await openHash(page, '#/tuyen-quan');
  await settled(page);
  await page.locator('main .ant-table-tbody .ant-btn-link').first().click();
  await expect(page.getByRole('tab', { name: 'Công dân', exact: true })).toBeVisible();
  for (const label of ['Tổng quan đợt', 'Công dân', 'Giao nhận quân']) {
    await page.getByRole('tab', { name: label, exact: true }).click();
    await checkScreen(check, `tuyen-quan › ${label}`);
  }
}

async function walkAtSize(browser: Browser, demo: RunningServer, size: (typeof SIZES)[number], testInfo: TestInfo) {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.scale,
  });
  const page = await context.newPage();
  const failures: string[] = [];
  try {
    await demo.signIn(page);
    const check = { page, size, testInfo, failures };
    await page.goto(demo.url);
    for (const section of SECTIONS) await walkSection(check, section);
    await walkCampaign(check);
  } finally {
    await context.close();
  }
  return failures;
}

/**
 * Every main screen and its tabs on the demo office, at each of the office's screen sizes: the page
 * never scrolls sideways (wide tables scroll inside themselves) and at 1366×768 the list screens show
 * at least ten rows. Each screen's picture is attached to the report.
 */
for (const size of SIZES) {
  test(`every screen fits ${size.name}`, async ({ browser, demo }, testInfo) => {
    test.slow();
    const failures = await walkAtSize(browser, demo, size, testInfo);
    expect(failures).toEqual([]);
  });
}

/**
 * A unit low in a long militia tree, picked at 125 % scaling: its members stand in view beside the
 * tree (the tree scrolls inside its own card), not at the top of a page scrolled away.
 */
test('a unit picked low in the militia tree shows its members in view', async ({ browser, demo }) => {
  const context = await browser.newContext({ viewport: { width: 1093, height: 614 }, deviceScaleFactor: 1.25 });
  const page = await context.newPage();
  try {
    await demo.signIn(page);
    await page.goto(demo.url);
    await openHash(page, '#/dan-quan-tu-ve/don-vi');
    const nodes = page.locator('main .ant-tree-treenode .ant-tree-title');
    await expect(nodes.first()).toBeVisible();
    const last = nodes.last();
    // "Trung đội dân quân cơ động (12)": the unit's name, without its member count.
    const name = (await last.innerText()).replace(/\s*\(\d+\)\s*$/, '').trim();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    const heading = page.locator('main h4', { hasText: name }).first();
    await expect(heading).toBeInViewport();
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  } finally {
    await context.close();
  }
});
