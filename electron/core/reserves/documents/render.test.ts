/**
 * Generates the reservist roster and assignment list through the API on a small office and renders
 * them with LibreOffice (one soffice call), then checks what a clerk checks on paper: the Decree 30
 * header, the title, every name in Vietnamese order, the totals and the fill rate.
 * Needs soffice and poppler (see test/docs/render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
import { describe, expect, it } from 'vitest';
import { expectHeader, renderForcesDocuments } from '../../../../test/docs/forces-checks';
import { expectInOrder, flatText, lineMatching } from '../../../../test/docs/pdf-checks';

const { files, pdfs } = renderForcesDocuments((fixture) => ({
  assignment: { kind: 'reserves.assignmentList', unitId: fixture.company },
  reserves: { kind: 'reserves.roster' },
}));

describe('reserve assignment list (danh sách sắp xếp quân nhân dự bị)', () => {
  it('prints the header and the title for the chosen unit', async () => {
    expect(files.assignment).toMatchObject({
      fileName: 'Danh sách sắp xếp quân nhân dự bị 2026.docx',
      number: 1,
      count: 6,
    });
    await expectHeader(pdfs.assignment!, 'Số: 01/DS-BCH');
    const text = await flatText(pdfs.assignment!);
    expect(text).toContain('DANH SÁCH SẮP XẾP QUÂN NHÂN DỰ BỊ VÀO ĐƠN VỊ DỰ BỊ ĐỘNG VIÊN');
    expect(text).toContain('Đơn vị: Đại đội 1');
  });

  it('lists each slot’s holders in Vietnamese order, marks the specialty mismatch, and totals the fill rate', async () => {
    const text = await flatText(pdfs.assignment!);
    expectInOrder(text, [
      'Biên chế: 5 người; đã sắp xếp: 6 người, đạt 120,0%; dư 1 (20,0%).',
      'Đại đội 1 (chiến đấu) – đơn vị nhận nguồn: Trung đoàn 1',
      'Đại đội trưởng – CNQS 1231 Bộ binh: biên chế 1, đã sắp xếp 1',
      'Mai Văn Đức',
      'Cộng Đại đội 1: biên chế 1, đã sắp xếp 1, đạt 100,0%, đủ biên chế; đúng CNQS 1/1',
      'Trung đội 1 (chiến đấu)',
      'Chiến sĩ bộ binh – CNQS 1231 Bộ binh: biên chế 3, đã sắp xếp 3',
      'Đỗ Văn Anh',
      'Phạm Văn Ánh',
      'Lý Văn Ân',
      'Lái xe – CNQS 4411 Lái xe: biên chế 1, đã sắp xếp 2',
      'Hồ Văn Bảo',
      'Ngô Văn Dũng',
      'Cộng Trung đội 1: biên chế 4, đã sắp xếp 5, đạt 125,0%, dư 1 (25,0%); đúng CNQS 4/5',
      'Tổng cộng: biên chế 5, đã sắp xếp 6, đạt 120,0%, dư 1 (20,0%); đúng CNQS 5/6',
      'CHỈ HUY TRƯỞNG',
    ]);
    // The reservist's own specialty, marked where it differs from the slot's.
    expect(await lineMatching(pdfs.assignment!, /Đỗ Văn Anh/)).toMatch(/Hạ sĩ\s+1\s+4411\s+x\s/);
    expect(await lineMatching(pdfs.assignment!, /Lý Văn Ân/)).toMatch(/Binh nhất\s+1\s+1231\s+Phường/);
    // An assignment that ended, or of a reservist removed from the register, is not listed.
    expect(text).not.toContain('Cao Văn Long');
    expect(text).not.toContain('Đinh Văn Quý');
  });
});

describe('reservist roster (danh sách quân nhân dự bị)', () => {
  it('groups reservists by grade, then specialty, in Vietnamese name order', async () => {
    expect(files.reserves!.count).toBe(8);
    const text = await flatText(pdfs.reserves!);
    expectInOrder(text, [
      'DANH SÁCH QUÂN NHÂN DỰ BỊ',
      'Hạng 1: 5 người; hạng 2: 3 người; đã sắp xếp vào đơn vị: 6 người.',
      'Quân nhân dự bị hạng 1',
      'CNQS 1231 – Bộ binh',
      'Phạm Văn Ánh',
      'Lý Văn Ân',
      'Mai Văn Đức',
      'Sĩ quan',
      'Sư đoàn 346',
      'Đại đội 1',
      'Cao Văn Long',
      'Cộng: 4 người',
      'CNQS 4411 – Lái xe',
      'Đỗ Văn Anh',
      'Cộng: 1 người',
      'Cộng hạng 1: 5 người',
      'Quân nhân dự bị hạng 2',
      'Hồ Văn Bảo',
      'Ngô Văn Dũng',
      'Chưa xác định chuyên nghiệp quân sự',
      'Tạ Văn Hòa',
      'Cộng hạng 2: 3 người',
      'Tổng cộng: 8 người',
    ]);
    expect(text).not.toContain('Đinh Văn Quý');
  });
});
