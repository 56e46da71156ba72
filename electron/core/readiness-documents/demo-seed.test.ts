import { afterEach, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { ReviewFigures, ReviewReportDetail } from '../reviews/public-types';

let core: ReturnType<typeof createTestCore> | undefined;
afterEach(() => core?.dispose());

it('the demo office’s H1 2023 report has its readiness documents and practices, the July reviews in H2', async () => {
  core = createTestCore();
  expect(seedDemoOffice(core.context).seeded).toBe(true);
  const displays = async (from: string, to: string) => {
    const figures = await call<ReviewFigures>(core!, 'reviews.report.figures', { from, to });
    const group = figures.groups.find((g) => g.key === 'readinessDocuments')!;
    return Object.fromEntries(group.figures.map((f) => [f.key.replace('readinessDocuments.', ''), f.display]));
  };
  expect(await displays('2023-01-01', '2023-06-30')).toEqual({
    holdersComplete: '7/9',
    needsRevision: '2 văn kiện',
    missing: '0 văn kiện',
    reviewed: '72 văn kiện',
    practices: '5/5',
    participants: '165 lượt người',
  });
  expect(await displays('2023-07-01', '2023-12-31')).toMatchObject({
    holdersComplete: '9/9',
    reviewed: '2 văn kiện',
    practices: '1/1',
  });
  const report = await call<ReviewReportDetail>(core, 'reviews.report.create', { periodKind: 'h1', year: 2023 });
  expect(report.sections.readiness).toContain(
    'Rà soát, bổ sung hệ thống văn kiện sẵn sàng chiến đấu: 7/9 cơ quan, đơn vị có văn kiện đầy đủ; đã rà soát 72 văn kiện; còn 2 văn kiện cần bổ sung, điều chỉnh. Tổ chức 5 buổi luyện tập phương án chiến đấu tại chỗ với 165 lượt người tham gia.',
  );
  expect(report.sections.tasks).toContain(
    '- Luyện tập phương án "Kế hoạch chiến đấu phòng thủ" tại Ban CHQS phường Phùng Chí Kiên (dự kiến ngày 17/08/2023).',
  );
  expect(report.sections.tasks).toContain(
    '- Rà soát, bổ sung 2 văn kiện sẵn sàng chiến đấu đến hạn rà soát hoặc cần bổ sung, điều chỉnh (Ban CHQS phường Xuất Hóa: 1; Ban CHQS xã Nông Thượng: 1).',
  );
}, 120_000);
