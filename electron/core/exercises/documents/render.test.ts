/**
 * Generates the drills documents through the API on a small office and renders them with
 * LibreOffice (one soffice call), then checks what a clerk checks on paper: the Decree 30 header,
 * the title, the rating in words, the participants in Vietnamese name order, the totals and the
 * attendance rate. Needs soffice and poppler (see test/docs/render.ts). QSDP_KEEP_RENDERS=1 keeps the files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageGray, pdfText, renderToPdf } from '../../../../test/docs/render';
import { call, createTestCore } from '../../db/test-helpers';
import type { GeneratedFile } from '../../documents/generate-schema';
import { buildDrillsFixture, type DrillsFixture } from '../../../../test/docs/drills-fixture';

let core: ReturnType<typeof createTestCore>;
let fixture: DrillsFixture;
let outDir = '';
const files: Record<string, GeneratedFile> = {};
const pdfs: Record<string, string> = {};

beforeAll(async () => {
  core = createTestCore();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-drills-docs-'));
  fixture = await buildDrillsFixture(core);
  const generate = (input: Record<string, unknown>) =>
    call<GeneratedFile>(core, 'documents.generate', { date: '2026-11-27', ...input });
  files.result = await generate({ kind: 'exercises.resultReport', exerciseId: fixture.doneExercise });
  files.plan = await generate({ kind: 'exercises.plan', exerciseId: fixture.plannedExercise });
  files.training = await generate({ kind: 'training.resultReport', courseId: fixture.course });
  files.roster = await generate({ kind: 'duty.monthRoster', year: 2026, month: 11 });
  const names = ['result', 'plan', 'training', 'roster'];
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

async function flatText(pdf: string): Promise<string> {
  return (await pdfText(pdf, { layout: true })).replace(/\s+/g, ' ');
}

async function lineMatching(pdf: string, pattern: RegExp): Promise<string | undefined> {
  return (await pdfText(pdf, { layout: true })).split('\n').find((line) => pattern.test(line));
}

function expectInOrder(text: string, items: readonly string[]): void {
  let from = 0;
  for (const item of items) {
    const at = text.indexOf(item, from);
    expect(at, `"${item}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + item.length;
  }
}

async function expectHeader(pdf: string, number: string) {
  const lines = (await pdfText(pdf, { firstPage: 1, lastPage: 1, layout: true })).split('\n');
  expect(
    lines.some((l) => l.includes('BỘ CHQS TỈNH THÁI NGUYÊN') && l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')),
  ).toBe(true);
  expect(lines.some((l) => l.includes('DƯƠNG QUANG'))).toBe(true);
  expect(lines.some((l) => l.includes('Độc lập - Tự do - Hạnh phúc'))).toBe(true);
  expect(lines.some((l) => l.includes(number) && l.includes('Dương Quang, ngày 27 tháng 11 năm 2026'))).toBe(true);
}

describe('exercise result report (báo cáo kết quả diễn tập)', () => {
  it('prints the header with its BC number, the title and the actual time and place', async () => {
    await expectHeader(pdfs.result!, 'Số: 01/BC-BCH');
    const text = await flatText(pdfs.result!);
    expectInOrder(text, [
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
    const text = await flatText(pdfs.result!);
    expectInOrder(text, [
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
    const text = await flatText(pdfs.plan!);
    expectInOrder(text, [
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

describe('training result report (báo cáo kết quả huấn luyện)', () => {
  it('prints the header, the title and the course facts', async () => {
    await expectHeader(pdfs.training!, 'Số: 02/BC-BCH');
    const text = await flatText(pdfs.training!);
    expectInOrder(text, [
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
