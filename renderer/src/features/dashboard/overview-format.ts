import { format, vi } from '../../messages/vi';

/** Numbers as Vietnamese readers write them: 1.234 and 12,5%. */
export const num = (n: number): string => n.toLocaleString('vi-VN');

export const percent = (n: number | null): string =>
  n === null
    ? vi.overview.none
    : format(vi.overview.percent, { value: n.toLocaleString('vi-VN', { maximumFractionDigits: 2 }) });

/** The Y axis of the bar charts: whole numbers only. */
export const axisNumber = (n: number): string => (Number.isInteger(n) ? num(n) : '');

/** Fixed chart heights: one row of bars per locality or type, within bounds. */
export const barChartHeight = (rows: number): number => Math.min(520, Math.max(180, 70 + rows * 44));
