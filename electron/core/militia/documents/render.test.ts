/**
 * Generates the militia roster and term-ending list through the API on a small office and renders
 * them with LibreOffice (one soffice call), then checks what a clerk checks on paper: the Decree 30
 * header, the title, every name in Vietnamese order, the totals.
 * Needs soffice and poppler (see test/docs/render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
import { describe, expect, it } from 'vitest';
import { expectHeader, renderForcesDocuments } from '../../../../test/docs/forces-checks';
import { expectInOrder, flatText, lineMatching } from '../../../../test/docs/pdf-checks';
import { pdfPageGray } from '../../../../test/docs/render';
import { MILITIA_ROSTER_BODY } from '../../../../test/docs/forces-fixture';

const { files, pdfs } = renderForcesDocuments(() => ({
  roster: { kind: 'militia.roster' },
  termEnding: { kind: 'militia.termEnding' },
}));

describe('militia roster (danh sách dân quân tự vệ)', () => {
  it('prints the Decree 30 header with the list number on A4 landscape', async () => {
    expect(files.roster).toMatchObject({ fileName: 'Danh sách dân quân tự vệ 2026.docx', number: 1, count: 7 });
    await expectHeader(pdfs.roster!, 'Số: 01/DS-BCH');
    const page = await pdfPageGray(pdfs.roster!, 1);
    expect(page.width).toBeGreaterThan(page.height);
  });

  it('lists the members by unit in tree order, each unit in Vietnamese name order, with totals', async () => {
    const text = await flatText(pdfs.roster!);
    expectInOrder(text, [
      'DANH SÁCH DÂN QUÂN TỰ VỆ',
      '(Tính đến ngày 27/11/2026)',
      'Tổng số: 7 người.',
      ...MILITIA_ROSTER_BODY,
      'Nơi nhận:',
      'CHỈ HUY TRƯỞNG',
      'Thượng tá Hoàng Văn Minh',
    ]);
    // One row: birth date dd/mm/yyyy, sex, entry date and term end.
    expect(await lineMatching(pdfs.roster!, /Vũ Văn Anh/)).toMatch(
      /2\s+Vũ Văn Anh\s+12\/05\/2000\s+Nam\s+.*01\/03\/2024\s+31\/12\/2026/,
    );
    expect(await lineMatching(pdfs.roster!, /Trần Thị Ánh/)).toMatch(/Trần Thị Ánh\s+01\/08\/2002\s+Nữ/);
    expect(text).toContain('Kéo dài đến');
    // A member who left the unit is not on the roster.
    expect(text).not.toContain('Đào Văn Khải');
  });

  it('lists only those whose term or extension ends in the year', async () => {
    expect(files.termEnding).toMatchObject({ number: 2, count: 2 });
    const text = await flatText(pdfs.termEnding!);
    expectInOrder(text, [
      'DANH SÁCH DÂN QUÂN TỰ VỆ HẾT NHIỆM KỲ NĂM 2026',
      'Vũ Văn Anh',
      'Nguyễn Văn Ân',
      'Tổng cộng: 2 người',
    ]);
    expect(text).toContain('01/06/2026');
    for (const name of ['Hoàng Văn Dũng', 'Lê Văn Bảo', 'Đào Văn Khải', 'Hà Văn Công'])
      expect(text).not.toContain(name);
  });
});
