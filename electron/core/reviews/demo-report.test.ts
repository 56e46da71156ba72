import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { ReviewReportDetail } from './public-types';

// The demo office's H1 2023 review as drafted (seeding takes a few seconds: one office for the file).
let core: ReturnType<typeof createTestCore>;
let report: ReviewReportDetail;

beforeAll(async () => {
  core = createTestCore();
  seedDemoOffice(core.context);
  report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
}, 120_000);
afterAll(() => core.dispose());

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
