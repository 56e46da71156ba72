import { fillDate } from './support/antd';
import { demoTest as test, expect } from './support/fixtures';
import { openScreen } from './support/office';

// 1366×768 at 125 % display scaling: the page must fit this without a sideways scroll.
test.use({ viewport: { width: 1093, height: 614 } });

test('Căn cứ pháp lý: the texts with their effective dates, the rules under each, and the version applied on a chosen day', async ({
  page,
}) => {
  await openScreen(page, 'Cài đặt', 'Căn cứ pháp lý');

  // The register's body (a list with a sized body draws its header as a table of its own, the first).
  const texts = page.getByRole('table').nth(1);
  // The text's own row comes first; the rows of its rules (opened below it) cite it too.
  const circular105 = texts.getByRole('row').filter({ hasText: 'Thông tư 105/2023/TT-BQP' }).first();
  await expect(circular105).toContainText('06/12/2023');
  await expect(circular105).toContainText('Từ 01/01/2024');
  await expect(circular105).toContainText('Thay thế: 16/2016/TTLT-BYT-BQP');
  await expect(texts.getByRole('row').filter({ hasText: 'Thông tư 68/2025/TT-BQP' })).toContainText('Từ 01/07/2025');

  // On 15/02/2023 (a 2023 handover) Circular 105/2023 was not yet in force: the health rule cites the 2016 joint circular.
  await fillDate(page, page.getByLabel('Áp dụng tại ngày'), '15/02/2023');
  await expect(circular105).toContainText('Chưa có hiệu lực');
  await circular105.click();
  const rules = page.getByRole('table', { name: 'Quy định theo văn bản 105/2023/TT-BQP' });
  const oldVersion = rules.getByRole('row').filter({ hasText: '15/08/2016 – 31/12/2023' });
  const newVersion = rules.getByRole('row').filter({ hasText: 'Từ 01/07/2025' });
  await expect(oldVersion).toContainText('Thông tư liên tịch số 16/2016/TTLT-BYT-BQP');
  await expect(oldVersion).toContainText('Đang áp dụng');
  await expect(newVersion).toContainText('Không áp dụng');

  // On 04/03/2026 (a 2026 handover) the version amended by Circular 68/2025 applies.
  await fillDate(page, page.getByLabel('Áp dụng tại ngày'), '04/03/2026');
  await expect(circular105).toContainText('Còn hiệu lực');
  await expect(newVersion).toContainText('Thông tư số 68/2025/TT-BQP');
  await expect(newVersion).toContainText('Đang áp dụng');
  await expect(oldVersion).toContainText('Không áp dụng');

  // No sideways scroll: the page is no wider than the window.
  const overflow = await page.evaluate(() => {
    const { documentElement } = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document;
    return documentElement.scrollWidth - documentElement.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
});
