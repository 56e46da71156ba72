/**
 * Generates the exercise plan and result report through the API on a small office and renders
 * them with LibreOffice (one soffice call), then checks what a clerk checks on paper: the Decree 30
 * header, the title, the forces and their total, the rating in words. Needs soffice and poppler
 * (see test/docs/render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
import { describe, expect, it } from 'vitest';
import { renderDrillsDocuments, expectHeader } from '../../../../test/docs/drills-fixture';
import { lineMatching, expectTextInOrder } from '../../../../test/docs/pdf-checks';
import { pdfText } from '../../../../test/docs/render';

const { pdfs } = renderDrillsDocuments((fixture) => ({
  result: { kind: 'exercises.resultReport', exerciseId: fixture.doneExercise },
  plan: { kind: 'exercises.plan', exerciseId: fixture.plannedExercise },
  draft: { kind: 'exercises.plan', exerciseId: fixture.plannedExercise, mode: 'draft' },
}));

describe('a draft (bản nháp)', () => {
  it('says DỰ THẢO in bold above its number, left blank; the issued document says neither', async () => {
    const draft = (await pdfText(pdfs.draft!)).replace(/\s+/g, ' ');
    expect(draft).toMatch(/DỰ THẢO Số: \/KH-BCH/);
    expect(draft).not.toMatch(/Số: \d+\/KH-BCH/);
    const issued = (await pdfText(pdfs.plan!)).replace(/\s+/g, ' ');
    expect(issued).not.toContain('DỰ THẢO');
    expect(issued).toMatch(/Số: \d{2}\/KH-BCH/);
  });
});

describe('exercise result report (báo cáo kết quả diễn tập)', () => {
  it('prints the header with its BC number, the title and the actual time and place', async () => {
    await expectHeader(pdfs.result!, 'Số: 01/BC-BCH');
    await expectTextInOrder(pdfs.result!, [
      'BÁO CÁO',
      'Kết quả diễn tập phòng chống thiên tai – tìm kiếm cứu nạn',
      'I. THỜI GIAN, ĐỊA ĐIỂM, LỰC LƯỢNG',
      '1. Thời gian: từ ngày 21/10/2026 đến ngày 23/10/2026.',
      '2. Địa điểm: Xã Dương Quang.',
      '3. Lực lượng tham gia: 90 người',
    ]);
  });

  it('tabulates the forces by kind with their total, then the units, rating, lessons and documents', async () => {
    expect(await lineMatching(pdfs.result!, /Dân quân tự vệ/)).toMatch(/1\s+Dân quân tự vệ\s+45/);
    expect(await lineMatching(pdfs.result!, /Quân nhân dự bị động viên/)).toMatch(/30/);
    expect(await lineMatching(pdfs.result!, /Tổng cộng/)).toMatch(/Tổng cộng\s+90/);
    await expectTextInOrder(pdfs.result!, [
      'Tổng cộng',
      'Trung đội dân quân cơ động (dân quân tự vệ); Đại đội 1 (dự bị động viên)',
      'II. KẾT QUẢ',
      '1. Xếp loại chung: Giỏi.',
      '2. Bài học kinh nghiệm: Hiệp đồng giữa các lực lượng cần chặt chẽ hơn.',
      'III. VĂN BẢN KÈM THEO',
      '- Số 12/KH-BCH ngày 01/09/2026 – Kế hoạch diễn tập.',
      'Nơi nhận:',
      'CHỈ HUY TRƯỞNG',
      'Thiếu tá Hoàng Văn Minh',
    ]);
  });
});

describe('exercise plan (kế hoạch diễn tập)', () => {
  it('prints the KH number and the skeleton, with dotted lines where the record has nothing', async () => {
    await expectHeader(pdfs.plan!, 'Số: 01/KH-BCH');
    await expectTextInOrder(pdfs.plan!, [
      'KẾ HOẠCH',
      'Diễn tập chiến đấu phòng thủ xã Dương Quang năm 2027',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG',
      '1. Loại hình: Diễn tập chiến đấu phòng thủ trong khu vực phòng thủ.',
      '2. Cấp diễn tập: Cấp xã.',
      '4. Thời gian dự kiến: ngày 10/04/2027.',
      '5. Địa điểm: …',
      '6. Cơ quan chủ trì: …',
      '8. Lực lượng tham gia dự kiến: 0 người',
      '9. Các đơn vị tham gia: chưa xác định.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Nơi nhận:',
    ]);
  });
});
