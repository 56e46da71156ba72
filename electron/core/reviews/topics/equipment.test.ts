import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestCore } from '../../db/test-helpers';
import { kindsByName, move, stocktake } from '../../equipment/test-steps';
import { wardWithUnits } from '../../militia/test-fixtures';
import { periodRange } from '../period';
import type { ReviewFigures } from '../public-types';
import { equipmentTopic } from './equipment';

let core: ReturnType<typeof createTestCore>;
let h1: ReviewFigures;
let h2: ReviewFigures;

/*
 * A small book with known answers: 3 AK and 2 radios received in January, 1,000 rounds; an issue and a
 * maintenance session on 30/06 (H1) and on 01/07 (H2); one AK written off on 01/07; a clean
 * stocktake on 28/06 and one on 20/12 finding 10 rounds short.
 */
beforeAll(async () => {
  core = createTestCore();
  const kinds = await kindsByName(core);
  const ak = kinds['Súng tiểu liên AK']!;
  const radio = kinds['Máy thông tin']!;
  const ammo = kinds['Đạn các loại']!;
  const { platoon, squad } = await wardWithUnits(core);
  await move(core, 'receive', '2023-01-05', [
    { kindId: ak.id, serial: 'AK-001' },
    { kindId: ak.id, serial: 'AK-002' },
    { kindId: ak.id, serial: 'AK-003' },
    { kindId: radio.id, serial: 'VTĐ-01' },
    { kindId: radio.id, serial: 'VTĐ-02' },
    { kindId: ammo.id, quantity: 1000 },
  ]);
  await move(core, 'issue', '2023-06-30', [{ kindId: ak.id, serial: 'AK-001' }], { unitId: platoon.id });
  await move(core, 'maintenance', '2023-06-30', [{ kindId: ak.id, serial: 'AK-002' }], { result: 'Tốt' });
  await stocktake(core, '2023-06-28', [
    { kindId: ak.id, counted: 3 },
    { kindId: ammo.id, counted: 1000 },
  ]);
  await move(core, 'issue', '2023-07-01', [{ kindId: ammo.id, quantity: 100 }], { unitId: squad.id });
  await move(core, 'maintenance', '2023-07-01', [{ kindId: ak.id, serial: 'AK-002' }], { result: 'Tốt' });
  await move(core, 'write_off', '2023-07-01', [{ kindId: ak.id, serial: 'AK-003' }]);
  await stocktake(core, '2023-12-20', [{ kindId: ammo.id, counted: 990 }]);
  h1 = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2023-01-01', to: '2023-06-30' });
  h2 = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2023-07-01', to: '2023-12-31' });
}, 60_000);
afterAll(() => core.dispose());

const group = (figures: ReviewFigures) => figures.groups.filter((g) => g.key === 'equipment');
const shown = (figures: ReviewFigures) =>
  group(figures)[0]!.figures.map((f) => [f.label, f.display, f.link === '#/dan-quan-tu-ve/vu-khi-trang-bi']);

describe('the weapons and equipment figures', () => {
  it('counts the first half: held on 30/06, the issue and the maintenance of 30/06, the stocktake of 28/06', () => {
    expect(group(h1)[0]!.label).toBe('Vũ khí, trang bị của dân quân tự vệ');
    expect(shown(h1)).toEqual([
      ['Súng tiểu liên AK', '3 khẩu', true],
      ['Đạn các loại', '1.000 viên', true],
      ['Máy thông tin', '2 bộ', true],
      ['Lượt cấp phát cho đơn vị, cá nhân', '1 lượt', true],
      ['Lượt bảo quản, bảo dưỡng', '1 lượt', true],
      ['Kiểm kê ngày 28/06/2023: số loại chênh lệch', '0 loại', true],
    ]);
    expect(group(h1)[0]!.figures[0]!.how).toContain('tại ngày 30/06/2023');
  });

  it('counts the second half from 01/07: the write-off, the issue and the maintenance of that day, the December stocktake', () => {
    expect(shown(h2)).toEqual([
      ['Súng tiểu liên AK', '2 khẩu', true],
      ['Đạn các loại', '1.000 viên', true],
      ['Máy thông tin', '2 bộ', true],
      ['Lượt cấp phát cho đơn vị, cá nhân', '1 lượt', true],
      ['Lượt bảo quản, bảo dưỡng', '1 lượt', true],
      ['Kiểm kê ngày 20/12/2023: số loại chênh lệch', '1 loại', true],
    ]);
  });

  it('drafts the paragraph of the section from the figures', () => {
    expect(equipmentTopic.draft(group(h1), periodRange('h1', 2023))).toBe(
      'Quản lý chặt chẽ vũ khí, trang bị của dân quân tự vệ: hiện có 3 khẩu súng tiểu liên AK, 1.000 viên đạn các loại, ' +
        '2 bộ máy thông tin; cấp phát 1 lượt cho các đơn vị, cá nhân; tổ chức 1 lượt bảo quản, bảo dưỡng; ' +
        'kiểm kê ngày 28/06/2023 không phát hiện thiếu hụt.',
    );
    expect(equipmentTopic.draft(group(h2), periodRange('h2', 2023))).toContain(
      'kiểm kê ngày 20/12/2023 phát hiện chênh lệch ở 1 loại',
    );
  });

  it('says in a sentence that nothing happened when the book is empty, with no group and no "…"', async () => {
    const before = await call<ReviewFigures>(core, 'reviews.report.figures', { from: '2022-01-01', to: '2022-06-30' });
    expect(group(before)).toEqual([]);
    const text = equipmentTopic.draft([], periodRange('h1', 2022));
    expect(text).toBe(
      'Trong 6 tháng đầu năm 2022, không phát sinh việc nhập, cấp phát, bảo quản hay kiểm kê vũ khí, trang bị của dân quân tự vệ.',
    );
    expect(text).not.toContain('…');
  });
});
