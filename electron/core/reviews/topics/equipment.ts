import { fill } from '../../../../vocabulary/text';
import { equipmentFigures } from '../../equipment';
import { vi } from '../../messages/vi';
import { formatDisplayDate } from '../../shared/dates';
import { countFigure, rangeValues } from '../format';
import { periodTitle } from '../period';
import type { ReviewFigure, ReviewFigureGroup } from '../public-types';
import type { ReviewTopic } from './types';

/** The screen holding the weapons book (renderer route). */
export const EQUIPMENT_LINK = '#/dan-quan-tu-ve/vu-khi-trang-bi';

const t = () => vi.equipment.review;
const STOCKTAKE = 'equipment.stocktake.';
const ON_HAND = 'equipment.onHand.';

/**
 * The weapons book's group: what is held on the period's last day, kind by kind (label = the
 * kind's name, so the draft can name it), then the issues and maintenance sessions dated in the
 * period, and one figure per stocktake (its key carries its date: equipment.stocktake.<date>.<id>).
 */
function equipmentGroup(ctx: Parameters<ReviewTopic['figures']>[0], range: { from: string; to: string }) {
  const f = equipmentFigures(ctx.db, range);
  const values = rangeValues(range);
  const figures: ReviewFigure[] = f.onHand.map((k) =>
    countFigure(
      `${ON_HAND}${k.id}`,
      t().onHand,
      k.owned,
      k.unit,
      { ...values, name: k.name, unit: k.unit },
      EQUIPMENT_LINK,
    ),
  );
  figures.push(
    countFigure('equipment.issues', t().issues, f.issues, t().units.issue, values, EQUIPMENT_LINK),
    countFigure('equipment.maintenance', t().maintenance, f.maintenance, t().units.issue, values, EQUIPMENT_LINK),
  );
  for (const s of f.stocktakes) {
    const date = formatDisplayDate(s.takenOn);
    figures.push(
      countFigure(
        `${STOCKTAKE}${s.takenOn}.${s.id}`,
        t().stocktake,
        s.discrepancies,
        t().units.kind,
        { ...values, date },
        EQUIPMENT_LINK,
      ),
    );
  }
  const group: ReviewFigureGroup = { key: 'equipment', label: t().group, figures };
  // An office that keeps no weapons book in the program gets no group (its draft says so).
  const empty = f.onHand.length === 0 && f.issues === 0 && f.maintenance === 0 && f.stocktakes.length === 0;
  return empty ? [] : [group];
}

/** "Súng tiểu liên AK" → "súng tiểu liên AK" inside a sentence; an acronym ("AK-47") stays. */
const inSentence = (name: string) =>
  name.length > 1 && name[1] === name[1]!.toLocaleLowerCase('vi')
    ? name[0]!.toLocaleLowerCase('vi') + name.slice(1)
    : name;

/**
 * "Quản lý chặt chẽ vũ khí, trang bị của dân quân tự vệ: hiện có 30 khẩu súng tiểu liên AK, …;
 * cấp phát 4 lượt cho các đơn vị, cá nhân; tổ chức 2 lượt bảo quản, bảo dưỡng; kiểm kê ngày
 * 28/06/2023 không phát hiện thiếu hụt." With nothing in the book and nothing done: one sentence saying so.
 */
function equipmentDraft(groups: ReviewFigureGroup[], period: Parameters<ReviewTopic['draft']>[1]): string {
  const figures = groups.find((g) => g.key === 'equipment')?.figures ?? [];
  const held = figures.filter((f) => f.key.startsWith(ON_HAND) && (f.value ?? 0) > 0);
  const value = (key: string) => figures.find((f) => f.key === key)?.value ?? 0;
  const stocktakes = figures.filter((f) => f.key.startsWith(STOCKTAKE));
  const issues = value('equipment.issues');
  const maintenance = value('equipment.maintenance');
  if (held.length === 0 && issues === 0 && maintenance === 0 && stocktakes.length === 0)
    return fill(t().draftNoRecords, { period: periodTitle(period) });
  const clauses = [
    held.length > 0
      ? fill(t().draftOnHand, { list: held.map((f) => `${f.display} ${inSentence(f.label)}`).join(', ') })
      : fill(t().draftNothingHeld, { to: formatDisplayDate(period.to) }),
  ];
  if (issues > 0) clauses.push(fill(t().draftIssues, { count: issues }));
  clauses.push(maintenance > 0 ? fill(t().draftMaintenance, { count: maintenance }) : t().draftNoMaintenance);
  for (const s of stocktakes) {
    const date = formatDisplayDate(s.key.slice(STOCKTAKE.length).split('.')[0]!);
    const count = s.value ?? 0;
    clauses.push(count === 0 ? fill(t().draftStocktakeClean, { date }) : fill(t().draftStocktakeDiff, { date, count }));
  }
  return `${t().draftOpening}: ${clauses.join('; ')}.`;
}

/** The militia's weapons and equipment (section "Công tác hậu cần – kỹ thuật"). No planned items are recorded, so no Part II lines. */
export const equipmentTopic: ReviewTopic = {
  section: 'logistics',
  groupKeys: ['equipment'],
  figures: (ctx, range) => equipmentGroup(ctx, range),
  draft: equipmentDraft,
};
