import type { TrainingResult, TrainingStatus, TrainingTarget } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { optionsOf } from '../../shared/options';
import { displayDate } from '../../shared/dates';

const t = vi.training;

export const targetOptions = optionsOf<TrainingTarget>(t.targets);
export const statusOptions = optionsOf<TrainingStatus>(t.statuses);
export const resultOptions = optionsOf<TrainingResult>(t.results);

/** "80%", "66,67%" (Vietnamese decimal comma), or "Chưa có". */
export function percentText(value: number | null): string {
  if (value === null) return t.figures.none;
  return format(t.percent, { value: value.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) });
}

export function datesText(from: string, to: string): string {
  return from === to ? displayDate(from) : format(t.dates, { from: displayDate(from), to: displayDate(to) });
}

/** Targets tied to a militia unit (and so to "Thêm cả đơn vị"). */
export const MILITIA_TARGETS: readonly TrainingTarget[] = ['militia_first_year', 'militia_component'];

/** The next statuses a course may take (as the core's rule allows). */
export const NEXT_STATUSES: Record<TrainingStatus, readonly TrainingStatus[]> = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['done', 'cancelled', 'planned'],
  done: ['in_progress'],
  cancelled: ['planned'],
};

/** Courses up to this long get the per-day grid; longer ones are entered as totals. */
export const DAY_GRID_MAX_DAYS = 31;

/** The button for a move: reopening a finished course and restoring a cancelled one have their own words. */
export function transitionLabel(from: TrainingStatus, to: TrainingStatus): string {
  if (from === 'done' && to === 'in_progress') return t.transitions.reopen;
  if (from === 'cancelled' && to === 'planned') return t.transitions.restore;
  return t.transitions[to];
}
