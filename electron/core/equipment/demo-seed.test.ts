import { afterEach, expect, it } from 'vitest';
import { call, createTestCore } from '../db/test-helpers';
import { seedDemoOffice } from '../demo/seed-demo';
import { periodRange } from '../reviews/period';
import type { ReviewFigures } from '../reviews/public-types';
import { equipmentTopic } from '../reviews/topics/equipment';
import type { EquipmentMovementPage, EquipmentStocktakePage } from './public-types';

let core: ReturnType<typeof createTestCore> | undefined;
afterEach(() => core?.dispose());

it('the demo office’s 2023 weapons book gives the H1 report its logistics paragraph, and H2 its own', async () => {
  core = createTestCore();
  expect(seedDemoOffice(core.context).seeded).toBe(true);
  const h1 = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2023-01-01', to: '2023-06-30' });
  const draft = equipmentTopic.draft(h1.groups, periodRange('h1', 2023));
  expect(draft).toBe(
    'Quản lý chặt chẽ vũ khí, trang bị của dân quân tự vệ: hiện có 36 khẩu súng tiểu liên AK, 12 khẩu súng trường CKC, ' +
      '60 quả lựu đạn, 12.000 viên đạn các loại, 40 quả mìn tập, 12 bộ máy thông tin, 120 cái áo phao, 6 bộ nhà bạt, ' +
      '2 cái xuồng, 2 cái máy phát điện, 200 bộ trang phục dân quân; cấp phát 4 lượt cho các đơn vị, cá nhân; ' +
      'tổ chức 6 lượt bảo quản, bảo dưỡng; kiểm kê ngày 28/06/2023 không phát hiện thiếu hụt.',
  );
  const h2 = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2023-07-01', to: '2023-12-31' });
  const figures = h2.groups.find((g) => g.key === 'equipment')!.figures;
  expect(figures.find((f) => f.key === 'equipment.issues')!.display).toBe('1 lượt');
  expect(figures.find((f) => f.key.startsWith('equipment.stocktake.2023-12-20'))!.display).toBe('1 loại');
  const stocktakes = await call<EquipmentStocktakePage>(core, 'equipment.stocktakes.list', {});
  expect(stocktakes.rows.map((s) => s.takenOn)).toEqual(['2023-12-20', '2023-06-28']);
  // Issued to the wards' platoons (named with their ward) and to a squad leader serving then.
  const issues = await call<EquipmentMovementPage>(core, 'equipment.movements.list', {
    kind: 'issue',
    to: '2023-06-30',
  });
  expect(issues.rows.map((m) => m.holder?.name.startsWith('Trung đội dân quân cơ động (Phường'))).toEqual([
    true,
    false,
    true,
    true,
  ]);
  expect(issues.rows[1]!.holder!.personId).not.toBeNull();
}, 120_000);
