import { afterEach, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import type { DisciplineFigures } from '../discipline/public-types';
import { periodRange } from '../reviews/period';
import type { ReviewFigures } from '../reviews/public-types';
import { disciplineTopic } from '../reviews/topics/discipline';
import { politicalEducationTopic } from '../reviews/topics/political-education';
import type { PoliticalEducationFigures } from './public-types';

let core: ReturnType<typeof createTestCore> | undefined;
afterEach(() => core?.dispose());

it('the demo office’s 2023: monthly platoon sessions, January propaganda, breaches handled in H1 and one in H2', async () => {
  core = createTestCore();
  expect(seedDemoOffice(core.context).seeded).toBe(true);
  const h1 = periodRange('h1', 2023);
  const h2 = periodRange('h2', 2023);
  const range = (p: { from: string; to: string }) => ({ from: p.from, to: p.to });
  const sessions = await call<PoliticalEducationFigures>(core, 'politicalEducation.figures', range(h1));
  expect(sessions).toMatchObject({ sessions: 17, byKind: { political: 13, legal: 3, thematic: 1 }, renewal: 12 });
  expect(sessions.byUnit.map((u) => u.unitName)).toEqual([
    'Trung đội dân quân cơ động phường Đức Xuân',
    'Trung đội dân quân cơ động phường Sông Cầu',
    'Cơ quan Ban CHQS thành phố',
    'Nhân dân phường Đức Xuân',
    'Nhân dân phường Phùng Chí Kiên',
    'Nhân dân phường Sông Cầu',
  ]);
  expect((await call<PoliticalEducationFigures>(core, 'politicalEducation.figures', range(h2))).sessions).toBe(5);

  const breaches = await call<DisciplineFigures>(core, 'discipline.figures', range(h1));
  expect(breaches).toMatchObject({ total: 3, handled: 3 });
  expect((await call<DisciplineFigures>(core, 'discipline.figures', range(h2))).total).toBe(1);

  const figures = await call<ReviewFigures>(core, 'reviews.report.figures', { from: h1.from, to: h1.to });
  const pick = (key: string) => figures.groups.filter((g) => g.key === key);
  expect(politicalEducationTopic.draft(pick('politicalEducation'), h1)).toMatch(
    /^Tổ chức 17 buổi giáo dục chính trị, tuyên truyền, phổ biến pháp luật \(giáo dục chính trị 13 buổi, tuyên truyền, phổ biến pháp luật 3 buổi, sinh hoạt chuyên đề 1 buổi\) với [\d.]+\/[\d.]+ lượt người tham gia, đạt [\d,]+%; trong đó 12 buổi thực hiện theo Đề án/,
  );
  expect(disciplineTopic.draft(pick('discipline'), h1)).toMatch(
    /trong 6 tháng đầu năm 2023 có 3 trường hợp vi phạm kỷ luật \(.+\), đã xử lý 3 \(khiển trách 1; cảnh cáo 1; nhắc nhở, kiểm điểm 1\)\.$/,
  );
}, 120_000);
