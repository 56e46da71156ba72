import type { DqeduCategory, DqeduResult, DqeduStatus } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { optionsOf } from '../../shared/options';

const t = vi.defenceEducation;

export const categoryOptions = optionsOf<DqeduCategory>(t.categories);
export const shortCategoryOptions = optionsOf<DqeduCategory>(t.categoriesShort);
export const statusOptions = optionsOf<DqeduStatus>(t.statuses);
export const resultOptions = optionsOf<DqeduResult>(t.resultLabels);

export function datesText(from: string, to: string): string {
  return from === to ? displayDate(from) : format(t.dates, { from: displayDate(from), to: displayDate(to) });
}

export const STATUS_COLORS: Record<DqeduStatus, string> = { planned: 'default', done: 'success', cancelled: 'error' };
