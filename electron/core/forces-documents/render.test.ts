/**
 * Generates the forces documents through the API on a small office and renders them with
 * LibreOffice (one soffice call), then checks what a clerk checks on paper: the Decree 30 header,
 * the title, every name in Vietnamese order, the totals and the fill rate.
 * Needs soffice and poppler (see test/docs/render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount, pdfPageGray, pdfText, renderToPdf } from '../../../test/docs/render';
import { call, createTestCore } from '../db/test-helpers';
import type { GeneratedFile } from '../documents/generate-schema';
import { buildForcesFixture, type ForcesFixture } from './test-fixture';

let core: ReturnType<typeof createTestCore>;
let fixture: ForcesFixture;
let outDir = '';
const files: Record<string, GeneratedFile> = {};
const pdfs: Record<string, string> = {};

beforeAll(async () => {
  core = createTestCore();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-forces-docs-'));
  fixture = await buildForcesFixture(core);
  const generate = (input: Record<string, unknown>) =>
    call<GeneratedFile>(core, 'documents.generate', { date: '2026-11-27', ...input });
  files.roster = await generate({ kind: 'militia.roster' });
  files.termEnding = await generate({ kind: 'militia.termEnding' });
  files.assignment = await generate({ kind: 'reserves.assignmentList', unitId: fixture.company });
  files.reserves = await generate({ kind: 'reserves.roster' });
  files.summary = await generate({ kind: 'forces.strengthSummary' });
  const names = ['roster', 'termEnding', 'assignment', 'reserves', 'summary'];
  const rendered = await renderToPdf(
    names.map((n) => Buffer.from(files[n]!.base64, 'base64')),
    outDir,
  );
  names.forEach((n, i) => (pdfs[n] = rendered[i]!));
}, 120_000);

afterAll(() => {
  core.dispose();
  if (process.env.QSDP_KEEP_RENDERS) console.info(`Rendered files kept in ${outDir}`);
  else fs.rmSync(outDir, { recursive: true, force: true });
});

/**
 * The text as laid out (rows of the table on their own lines), white space runs made one space.
 * A cell that wraps is split over lines, so checks pick words that fit on one line.
 */
async function flatText(pdf: string): Promise<string> {
  return (await pdfText(pdf, { layout: true })).replace(/\s+/g, ' ');
}

/** The layout line holding `pattern` (one table row's main line). */
async function lineMatching(pdf: string, pattern: RegExp): Promise<string | undefined> {
  return (await pdfText(pdf, { layout: true })).split('\n').find((line) => pattern.test(line));
}

/** Each of `items` appears in `text`, in this order. */
function expectInOrder(text: string, items: readonly string[]): void {
  let from = 0;
  for (const item of items) {
    const at = text.indexOf(item, from);
    expect(at, `"${item}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + item.length;
  }
}

async function expectHeader(pdf: string, number: string, date: string) {
  const lines = (await pdfText(pdf, { firstPage: 1, lastPage: 1, layout: true })).split('\n');
  expect(
    lines.some((l) => l.includes('BỘ CHQS TỈNH BẮC KẠN') && l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
  ).toBe(true);
  expect(lines.some((l) => l.includes('BAN CHQS THÀNH PHỐ BẮC KẠN') || l.includes('THÀNH PHỐ BẮC KẠN'))).toBe(true);
  expect(lines.some((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
  expect(lines.some((l) => l.includes(number) && l.includes(date))).toBe(true);
}

describe('militia roster (danh sách dân quân tự vệ)', () => {
  it('prints the Decree 30 header with the list number on A4 landscape', async () => {
    expect(files.roster).toMatchObject({ fileName: 'Danh sách dân quân tự vệ 2026.docx', number: 1, count: 7 });
    await expectHeader(pdfs.roster!, 'Số: 01/DS-BCH', 'Bắc Kạn, ngày 27 tháng 11 năm 2026');
    const page = await pdfPageGray(pdfs.roster!, 1);
    expect(page.width).toBeGreaterThan(page.height);
  });

  it('lists the members by unit in tree order, each unit in Vietnamese name order, with totals', async () => {
    const text = await flatText(pdfs.roster!);
    expectInOrder(text, [
      'DANH SÁCH DÂN QUÂN TỰ VỆ',
      '(Tính đến ngày 27/11/2026)',
      'Tổng số: 7 người.',
      'Trung đội dân quân cơ động',
      'Bùi Văn Đức',
      'Cộng: 1 người',
      'Trung đội dân quân cơ động – Tiểu đội 1',
      'Vũ Văn Anh',
      'Nguyễn Văn Ân',
      'Hoàng Văn Dũng',
      'Cộng: 3 người',
      'Trung đội dân quân cơ động – Tiểu đội 2',
      'Trần Thị Ánh',
      'Lê Văn Bảo',
      'Cộng: 2 người',
      'Trung đội dân quân thường trực',
      'Hà Văn Công',
      'Cộng: 1 người',
      'Tổng cộng: 7 người',
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

describe('reserve assignment list (danh sách sắp xếp quân nhân dự bị)', () => {
  it('prints the header and the title for the chosen unit', async () => {
    expect(files.assignment).toMatchObject({
      fileName: 'Danh sách sắp xếp quân nhân dự bị 2026.docx',
      number: 3,
      count: 6,
    });
    await expectHeader(pdfs.assignment!, 'Số: 03/DS-BCH', 'Bắc Kạn, ngày 27 tháng 11 năm 2026');
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

describe('reservist roster and strength summary', () => {
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

  it('prints the one-page summary per ward/commune with the shares and a totals row', async () => {
    expect(files.summary).toMatchObject({
      fileName: 'Báo cáo số lượng lực lượng 2026.docx',
      number: 1,
      count: 15,
    });
    expect(await pdfPageCount(pdfs.summary!)).toBe(1);
    const page = await pdfPageGray(pdfs.summary!, 1);
    expect(page.height).toBeGreaterThan(page.width);
    await expectHeader(pdfs.summary!, 'Số: 01/BC-BCH', 'Bắc Kạn, ngày 27 tháng 11 năm 2026');
    const text = await flatText(pdfs.summary!);
    expectInOrder(text, [
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
