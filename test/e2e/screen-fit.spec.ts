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

/** The list screens that must show at least ten rows at 1366×768 (section, tab label). */
const LISTS = new Set([
  'cong-dan › Danh sách công dân',
  'tuyen-quan › Công dân',
  'dan-quan-tu-ve › Danh sách',
  'quan-nhan-du-bi › Danh sách',
  'dien-tap-huan-luyen › Diễn tập',
  'van-ban-bao-cao › Sổ văn bản đi',
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

function visibleRows(page: Page): Promise<number> {
  return page.evaluate<number>(VISIBLE_ROWS);
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
  if (size.rowsChecked && LISTS.has(where)) {
    // Ten rows, or every row of the page when the demo office has fewer.
    const wanted = Math.min(10, await page.locator('main .ant-table-tbody > tr.ant-table-row').count());
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
