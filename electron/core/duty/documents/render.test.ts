/**
 * Generates the month's duty roster through the API on a small office and renders it with
 * LibreOffice, then checks what a clerk checks on paper: the Decree 30 header, the landscape page,
 * a row per day with its hours and people. Needs soffice and poppler (see test/docs/render.ts).
 * QSDP_KEEP_RENDERS=1 keeps the files.
 */
import { describe, expect, it } from 'vitest';
import { pdfPageGray } from '../../../../test/docs/render';
import { renderDrillsDocuments, expectHeader } from '../../../../test/docs/drills-fixture';
import { expectInOrder, flatText, lineMatching } from '../../../../test/docs/pdf-checks';

const { pdfs } = renderDrillsDocuments(() => ({
  roster: { kind: 'duty.monthRoster', year: 2026, month: 11 },
}));

describe('duty month roster (lịch trực sẵn sàng chiến đấu)', () => {
  it('prints the LT number on a landscape page with a row per day', async () => {
    await expectHeader(pdfs.roster!, 'Số: 01/LT-BCH');
    const page = await pdfPageGray(pdfs.roster!, 1);
    expect(page.width).toBeGreaterThan(page.height);
    const text = await flatText(pdfs.roster!);
    expectInOrder(text, ['LỊCH TRỰC SẴN SÀNG CHIẾN ĐẤU THÁNG 11/2026', '01/11', '02/11', '30/11', 'Nơi nhận:']);
    // Cells are centred vertically: a one-line cell prints on the middle line of a row of three.
    expect(await lineMatching(pdfs.roster!, /02\/11/)).toMatch(
      /02\/11\s+Thứ Hai\s+07:00 – 07:00 \(hôm sau\)\s+Lê Văn Bảo\s+Trần Thị Ánh/,
    );
    expectInOrder(text, ['Vũ Văn Anh 02/11', 'Nguyễn Văn Ân 03/11']);
    expect(await lineMatching(pdfs.roster!, /28\/11/)).toMatch(/28\/11\s+Thứ Bảy\s+Nguyễn Văn Ân\s+Vũ Văn Anh/);
    expectInOrder(text, ['07:00 – 19:00', '28/11', '19:00 – 07:00 (hôm sau)', '29/11']);
  });
});
