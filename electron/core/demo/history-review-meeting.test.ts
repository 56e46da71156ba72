import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import type { ReviewMeetingOfReport, ReviewReportDetail } from '../reviews/public-types';
import { seedDemoOffice } from './seed-demo';

let core: ReturnType<typeof createTestCore>;

beforeAll(() => {
  core = createTestCore();
  seedDemoOffice(core.context);
}, 60_000);
afterAll(() => core.dispose());

describe('the demo office\u2019s 2023 review meetings', () => {
  it('gives the H1 2023 report, created after the seed, its 27/06/2023 meeting and the H2 report its conclusions', async () => {
    const h1 = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
    const found = await call<ReviewMeetingOfReport>(core, 'reviews.meeting.get', { reportId: h1.report.id });
    expect(found.documentDate).toBe('2023-06-27');
    expect(found.meeting).toMatchObject({
      place: 'Hội trường Thành ủy',
      chairPosition: 'Bí thư Thành ủy, Bí thư Đảng ủy Quân sự thành phố',
    });
    expect(found.meeting!.conclusions.length).toBeGreaterThanOrEqual(4);

    const h2 = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h2', year: 2023 });
    expect(h2.sections.leadership).toMatch(
      /^Thực hiện Kết luận Hội nghị sơ kết 6 tháng đầu năm 2023 \(ngày 27\/06\/2023\), .*diễn tập chiến đấu trong khu vực phòng thủ phường Phùng Chí Kiên/,
    );
    const audit = core.db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'review_meeting'`).get() as {
      n: number;
    };
    expect(audit.n).toBe(2);
  });
});
