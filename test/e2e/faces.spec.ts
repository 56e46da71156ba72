/**
 * Issue 19's core done properly, as a clerk meets it: an import is undone through each feature's
 * own face (a person since put in a militia unit stops it, named, and nothing is taken back), and a
 * draft comes out of the office's own template, DỰ THẢO above a blank number, with nothing written
 * in the register.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { docxParagraphs, minimalDocx } from '../../electron/core/documents/templates/test-docx';
import { saveDownload } from './support/documents';
import { demoTest, expect, test } from './support/fixtures';
import { openImportWizard, writeOfficeList } from './support/imports';
import { openNewOffice, openScreen } from './support/office';
import { apiCall } from './support/page-api';
import type { RunningServer } from './support/web-server';

const ROSTER = 'Danh sách dân quân tự vệ';

/** The "Các lần nhập" list's body (a list with a sized body draws its header as a table of its own). */
const batches = (wizard: Locator) => wizard.getByRole('table', { name: 'Các lần nhập' }).last();

/** An office's sheet of two young men, committed as the wizard does (`import.inspect` + `import.commit`). */
async function importTwoMen(page: Page, server: RunningServer): Promise<void> {
  const file = await writeOfficeList({
    fileName: 'hai-cong-dan.xlsx',
    sheetName: 'Danh sách',
    header: ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD'],
    rows: [
      [1, 'Nguyễn Văn An', '05/02/2004', 'Nam', '001204000001'],
      [2, 'Trần Văn Bình', '10/03/2004', 'Nam', '001204000002'],
    ],
  });
  const base64 = (await readFile(file)).toString('base64');
  const { token } = await apiCall<{ token: string }>(page, server, 'import.inspect', {
    fileName: 'hai-cong-dan.xlsx',
    base64,
  });
  await apiCall(page, server, 'import.commit', { token, target: 'people' });
}

test('an import whose person was since put in a militia unit is refused, naming them; nothing is taken back', async ({
  page,
  server,
}) => {
  await openNewOffice(page, server);
  await importTwoMen(page, server);
  const ward = await apiCall<{ id: string }>(page, server, 'localities.create', {
    name: 'Phường Đức Xuân',
    kind: 'ward',
  });
  const unit = await apiCall<{ id: string }>(page, server, 'militia.unit.create', {
    force: 'militia',
    localityId: ward.id,
    name: 'Trung đội cơ động 1',
    level: 'platoon',
    component: 'mobile',
  });
  const people = await apiCall<{ rows: Array<{ id: string; givenName: string }> }>(page, server, 'people.list', {});
  const binh = people.rows.find((p) => p.givenName === 'Bình')!;
  await apiCall(page, server, 'militia.member.create', { personId: binh.id, unitId: unit.id, startedOn: '2026-01-15' });

  await openScreen(page, 'Công dân');
  const wizard = await openImportWizard(page);
  const batch = batches(wizard).getByRole('row', { name: /hai-cong-dan/ });
  await batch.getByRole('button', { name: 'Hoàn tác lần nhập' }).click();
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(page.getByText(/Trần Văn Bình\) đã có thêm hồ sơ dân quân tự vệ/)).toBeVisible();
  await expect(batch.getByRole('button', { name: 'Hoàn tác lần nhập' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(wizard).toBeHidden();
  await expect(page.getByRole('row', { name: /Nguyễn Văn An/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Trần Văn Bình/ })).toBeVisible();
});

demoTest(
  'a draft comes out of the office’s own template: DỰ THẢO, the number blank, the register untouched',
  async ({ page, demo }) => {
    await apiCall(page, demo, 'documents.template.upload', {
      kind: 'militia.roster',
      name: 'Mẫu riêng của ban',
      fileName: 'mau-rieng.docx',
      base64: minimalDocx(['{co_quan}', 'MẪU RIÊNG CỦA BAN', 'Số: {so_ky_hieu}', '{ten_van_ban}']).toString('base64'),
    });
    const registerTotal = async () =>
      (await apiCall<{ total: number }>(page, demo, 'documents.register.list', {})).total;
    const before = await registerTotal();

    await openScreen(page, 'Dân quân tự vệ', 'Văn bản');
    const draft = await saveDownload(
      page,
      () => page.getByRole('button', { name: `Tải bản nháp: ${ROSTER}` }).click(),
      'draft-template.docx',
    );
    const lines = docxParagraphs(await readFile(draft.path));
    expect(lines[0]).toBe('DỰ THẢO');
    expect(lines).toContain('MẪU RIÊNG CỦA BAN');
    expect(lines.some((line) => /^Số: \/DS-/.test(line))).toBe(true);
    expect(await registerTotal()).toBe(before);

    // The preview is the same draft: the office's template, marked.
    await page.getByRole('button', { name: `Xem trước: ${ROSTER}` }).click();
    const preview = page.getByRole('dialog', { name: `Xem trước bản nháp: ${ROSTER}` });
    const firstPage = preview.getByRole('region', { name: /^Trang 1\// });
    await expect(firstPage).toContainText('DỰ THẢO');
    await expect(firstPage).toContainText('MẪU RIÊNG CỦA BAN');
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    expect(await registerTotal()).toBe(before);
  },
);
