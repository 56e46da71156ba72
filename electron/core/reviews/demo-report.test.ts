import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, renderToPdf } from '../../../test/docs/render';
import { call, createTestCore } from '../db/test-helpers';
import type { ProducedDocument } from '../documents/generate-schema';
import { seedDemoOffice } from '../demo/seed-demo';
import type { ReviewReportDetail } from './public-types';

// The demo office's H1 2023 review as drafted (seeding takes a few seconds: one office for the file).
let core: ReturnType<typeof createTestCore>;
let report: ReviewReportDetail;
let outDir = '';

beforeAll(async () => {
  core = createTestCore();
  seedDemoOffice(core.context);
  report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
}, 120_000);
afterAll(() => {
  core.dispose();
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the demo office’s first-half 2023 review', () => {
  it('lists the two exercises planned in June 2023 for the second half, though entered later and held since', () => {
    const tasks = report.sections.tasks.split('\n');
    expect(tasks.some((l) => l.includes('phường Đức Xuân năm 2023') && l.includes('dự kiến 24/08/2023'))).toBe(true);
    expect(tasks.some((l) => l.includes('phường Phùng Chí Kiên năm 2023') && l.includes('dự kiến 19/10/2023'))).toBe(
      true,
    );
  });

  it('drafts the area, the leadership and the duty from the records, with no "…"', () => {
    expect(report.sections.situation).toContain('trên địa bàn 6 phường, 2 xã');
    expect(report.sections.leadership).toMatch(/Tham mưu ban hành \d+ văn bản kế hoạch, chỉ đạo diễn tập/);
    expect(report.sections.readiness).toMatch(/\d+\/181 ngày trong kỳ/);
    for (const [key, text] of Object.entries(report.sections)) expect(text, key).not.toMatch(/…|\.\.\./);
  });
});

describe('the demo office’s first-half 2023 review as printed (LibreOffice)', () => {
  let text = '';
  beforeAll(async () => {
    // No date given: the document is dated on the demo's review meeting (27/06/2023).
    const file = await call<ProducedDocument>(core, 'documents.generate', {
      kind: 'review.report',
      reviewReportId: report.report.id,
    });
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qsdp-demo-review-'));
    const [pdf] = await renderToPdf([Buffer.from(file.base64, 'base64')], outDir);
    text = (await pdfText(pdf!)).replace(/\s+/g, ' ');
  }, 120_000);

  it('has a figure computed from the records for every topic of the seed’s review, and no "…" to fill in', () => {
    expect(text).toContain('ngày 27 tháng 6 năm 2023');
    const topics: Array<[string, RegExp]> = [
      ['readiness duty kept', /bảo đảm \d+\/\d+ ngày trong kỳ có lịch trực với \d+ ca trực/],
      ['readiness documents reviewed', /\d+\/\d+ cơ quan, đơn vị có văn kiện đầy đủ; đã rà soát \d+ văn kiện/],
      ['combat plans practised', /Tổ chức \d+ buổi luyện tập phương án chiến đấu tại chỗ/],
      ['training to the plan', /Tổ chức \d+ lớp huấn luyện với \d+ lượt người tham gia/],
      ['the handover ceremony', /giao đủ 76\/76 công dân nhập ngũ/],
      ['next year’s conscription', /Chuẩn bị tuyển quân năm 2024: giao nhận quân dự kiến ngày \d{2}\/\d{2}\/2024/],
      ['policy work', /thăm hỏi, tặng quà, hỗ trợ \d+ gia đình quân nhân đang tại ngũ với tổng số tiền [\d.]+ đồng/],
      ['defence education', /tổ chức \d+ lớp bồi dưỡng kiến thức quốc phòng và an ninh/],
      ['patrols with other forces', /Phối hợp tổ chức \d+ lượt tuần tra/],
      ['military discipline', /có \d+ trường hợp vi phạm kỷ luật/],
      ['political education', /Tổ chức \d+ buổi giáo dục chính trị, tuyên truyền/],
      [
        'the renewal project',
        /\d+ buổi thực hiện theo Đề án "Đổi mới công tác giáo dục chính trị tại đơn vị trong giai đoạn mới"/,
      ],
      ['weapons and equipment', /hiện có \d+ khẩu súng tiểu liên AK/],
    ];
    for (const [topic, pattern] of topics) expect(text, topic).toMatch(pattern);
    expect(text).not.toMatch(/…|\.\.\./);
  });

  it('lists the Đức Xuân and Phùng Chí Kiên exercises under section II', () => {
    const partTwo = text.slice(text.indexOf('II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023'));
    expect(partTwo.length).toBeLessThan(text.length);
    expect(partTwo).toMatch(
      /Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn phường Đức Xuân năm 2023 .*dự kiến 24\/08\/2023/,
    );
    expect(partTwo).toMatch(/phường Phùng Chí Kiên năm 2023 .*dự kiến 19\/10\/2023/);
  });
});
