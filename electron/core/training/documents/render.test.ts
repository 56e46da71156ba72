/**
 * Generates the training result report through the API on a small office and renders it with
 * LibreOffice, then checks what a clerk checks on paper: the Decree 30 header, the title, the
 * participants in Vietnamese name order, the totals and the attendance rate. Needs soffice and
 * poppler (see test/docs/render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
import { describe, expect, it } from 'vitest';
import { renderDrillsDocuments, expectHeader } from '../../../../test/docs/drills-fixture';
import { expectInOrder, flatText, lineMatching, expectTextInOrder } from '../../../../test/docs/pdf-checks';

const { pdfs } = renderDrillsDocuments((fixture) => ({
  training: { kind: 'training.resultReport', courseId: fixture.course },
}));

describe('training result report (báo cáo kết quả huấn luyện)', () => {
  it('prints the header, the title and the course facts', async () => {
    await expectHeader(pdfs.training!, 'Số: 01/BC-BCH');
    await expectTextInOrder(pdfs.training!, [
      'BÁO CÁO',
      'Kết quả huấn luyện dân quân cơ động năm 2026',
      '1. Đối tượng: Dân quân tự vệ – Trung đội dân quân cơ động.',
      '2. Thời gian: từ ngày 02/03/2026 đến ngày 20/03/2026; số ngày theo kế hoạch: 15 ngày.',
      '3. Địa điểm: Thao trường xã Dương Quang.',
      'Quân số tham gia: 3 người; tỷ lệ tham gia: 80%; khá, giỏi: 2 người (66,67%).',
    ]);
  });

  it('lists the participants in Vietnamese name order with days, rate and result, then the totals', async () => {
    expect(await lineMatching(pdfs.training!, /Vũ Văn Anh/)).toMatch(/1\s+Vũ Văn Anh\s+.*15\/15\s+100\s+Giỏi/);
    expect(await lineMatching(pdfs.training!, /Trần Thị Ánh/)).toMatch(/2\s+Trần Thị Ánh\s+.*12\/15\s+80\s+Khá/);
    expect(await lineMatching(pdfs.training!, /Nguyễn Văn Ân/)).toMatch(/3\s+Nguyễn Văn Ân\s+.*9\/15\s+60\s+Đạt/);
    expect(await lineMatching(pdfs.training!, /Tổng cộng/)).toMatch(/Tổng cộng: 3 người\s+36\/45\s+80\s+Khá, giỏi: 2/);
    expectInOrder(await flatText(pdfs.training!), ['Vũ Văn Anh', 'Trần Thị Ánh', 'Nguyễn Văn Ân', 'Tổng cộng']);
  });
});
