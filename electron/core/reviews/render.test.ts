/**
 * Generates the half-year review report through `documents.generate` on the fixture office and
 * renders it with LibreOffice, then checks what the clerk checks on paper: the title and summary,
 * the number, the date line, the handover "76/76", the exercise counts, the saved text, the
 * signer, and page numbers from page 2. Needs soffice and poppler (see test/docs/render.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount, pdfText, renderToPdf } from '../../../test/docs/render';
import { call, createTestCore, expectAllIn } from '../db/test-helpers';
import type { DocumentSnapshot, ProducedDocument } from '../documents/generate-schema';
import { buildReviewFixture, savedHalfYearReport } from './test-fixture';
import { reviewVocabulary } from './template-vocabulary';

let core: ReturnType<typeof createTestCore>;
let outDir = '';
let file: ProducedDocument;
let second: ProducedDocument;
let pdf = '';

beforeAll(async () => {
  core = createTestCore();
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-review-docs-'));
  await buildReviewFixture(core);
  const situation = 'Tình hình chính trị, an ninh trật tự trên địa bàn thành phố ổn định.';
  const reviewReportId = await savedHalfYearReport(core, 2023, { situation });
  const generate = () =>
    call<ProducedDocument>(core, 'documents.generate', {
      kind: 'review.report',
      reviewReportId,
      date: '2023-06-20',
    });
  file = await generate();
  second = await generate();
  pdf = (await renderToPdf([Buffer.from(file.base64, 'base64')], outDir))[0]!;
}, 120_000);

afterAll(() => {
  core.dispose();
  if (process.env.QSDP_KEEP_RENDERS) console.info(`Rendered files kept in ${outDir}`);
  else fs.rmSync(outDir, { recursive: true, force: true });
});

const flat = async () => (await pdfText(pdf, { layout: true })).replace(/\s+/g, ' ');

describe('the review report .docx', () => {
  it('takes the next BC numbers of the year', () => {
    expect(file).toMatchObject({
      number: 1,
      typeCode: 'BC',
      fileName: 'Báo cáo kết quả nhiệm vụ quốc phòng, quân sự địa phương 6 tháng đầu năm 2023.docx',
    });
    expect(second.number).toBe(2);
  });

  it('prints the header, number, date line, title and summary', async () => {
    const text = await flat();
    expectAllIn(text, [
      'Số: 01/BC-BCH',
      'Bắc Kạn, ngày 20 tháng 6 năm 2023',
      'BÁO CÁO',
      'Kết quả thực hiện nhiệm vụ quốc phòng, quân sự địa phương 6 tháng đầu năm 2023;',
      'phương hướng, nhiệm vụ 6 tháng cuối năm 2023',
    ]);
  });

  it('prints the last saved text, the handover, the exercise counts and the tasks', async () => {
    const text = await flat();
    expectAllIn(text, [
      'Tình hình chính trị, an ninh trật tự trên địa bàn thành phố ổn định.',
      'giao đủ 76/76 công dân nhập ngũ, đạt 100% chỉ tiêu',
      'đã thực hiện 1/2 cuộc',
    ]);
    expect(text).toMatch(/Giao quân \/ chỉ tiêu 76\/76/);
    expect(text).toMatch(/Đã thực hiện \/ kế hoạch 1\/2/);
    expectAllIn(text, [
      'II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023',
      'Chuẩn bị tuyển quân năm 2024',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
  });

  it('closes with Nơi nhận and the signer', async () => {
    const text = await flat();
    expectAllIn(text, ['Nơi nhận:', '- Lưu: VT, TM.', 'CHỈ HUY TRƯỞNG', 'Thượng tá Hoàng Văn Minh']);
  });

  it('numbers pages from page 2 only', async () => {
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect((await pdfText(pdf, { firstPage: 1, lastPage: 1 })).trim().split('\n')[0]).not.toBe('1');
    expect((await pdfText(pdf, { firstPage: 2, lastPage: 2 })).trim().split('\n')[0]).toBe('2');
  });
});

describe('the review report’s snapshot', () => {
  it('keeps the period, every section and one row per figure, with the vocabulary’s names', async () => {
    const row = core.db
      .prepare(`SELECT snapshot_json FROM document_register WHERE number = 1 AND type_code = 'BC'`)
      .get() as { snapshot_json: string } | undefined;
    expect(row).toBeDefined();
    const snapshot = JSON.parse(row!.snapshot_json) as DocumentSnapshot;
    expect(snapshot.fields).toMatchObject({
      ky_bao_cao: '6 tháng đầu năm 2023',
      tu_ngay: '01/01/2023',
      den_ngay: '30/06/2023',
      muc_tinh_hinh: 'Tình hình chính trị, an ninh trật tự trên địa bàn thành phố ổn định.',
    });
    for (const field of reviewVocabulary.fields) expect(snapshot.fields).toHaveProperty(field);
    expect(snapshot.tables.so_lieu).toContainEqual(
      expect.objectContaining({ nhom: 'Tuyển quân năm 2023', chi_tieu: 'Giao quân / chỉ tiêu', gia_tri: '76/76' }),
    );
    expect(Object.keys(snapshot.tables.so_lieu![0]!)).toEqual([...reviewVocabulary.tables.so_lieu]);
  });
});
