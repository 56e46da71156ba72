/**
 * Generates the strength summary through the API on a small office and renders it with
 * LibreOffice, then checks what a clerk checks on paper: one page, the Decree 30 header, the
 * report's opening, the figures per ward/commune and the totals row.
 * Needs soffice and poppler (see test/docs/render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
import { describe, expect, it } from 'vitest';
import { expectHeader, renderForcesDocuments } from '../../../test/docs/forces-checks';
import { expectTextInOrder } from '../../../test/docs/pdf-checks';
import { pdfPageCount, pdfPageGray } from '../../../test/docs/render';

const { files, pdfs } = renderForcesDocuments(() => ({ summary: { kind: 'forces.strengthSummary' } }));

describe('strength summary (báo cáo số lượng lực lượng)', () => {
  it('prints the one-page summary per ward/commune with the shares and a totals row', async () => {
    expect(files.summary).toMatchObject({
      fileName: 'Báo cáo số lượng lực lượng 2026.docx',
      number: 1,
      count: 15,
    });
    expect(await pdfPageCount(pdfs.summary!)).toBe(1);
    const page = await pdfPageGray(pdfs.summary!, 1);
    expect(page.height).toBeGreaterThan(page.width);
    await expectHeader(pdfs.summary!, 'Số: 01/BC-BCH');
    await expectTextInOrder(pdfs.summary!, [
      'BÁO CÁO',
      'Số lượng lực lượng dân quân tự vệ và quân nhân dự bị động viên theo địa bàn',
      'Ban CHQS thành phố Bắc Kạn báo cáo số lượng lực lượng dân quân tự vệ và quân nhân dự bị động viên theo địa bàn tính đến ngày 27/11/2026 như sau:',
      '10.000 6 0,06 2 33,3 0 6 5 0 4',
      'Xã Dương Quang 5.000 1 0,02 0 0,0 1 0 0 3 2',
      'Xã Xuất Hóa 0 0 0 0 0 0 0',
      'Tổng cộng 15.000 7 0,05 2 28,6 1 6 5 3 6',
      'Nơi nhận:',
      'CHỈ HUY TRƯỞNG',
    ]);
  });
});
