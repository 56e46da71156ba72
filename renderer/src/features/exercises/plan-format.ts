const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A rate in % the Vietnamese way: 87,5%. */
export function formatPercent(rate: number): string {
  return `${percent.format(rate)}%`;
}

/** Progress bars take whole percents 0–100. */
export function barPercent(part: number, whole: number): number {
  return whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;
}
