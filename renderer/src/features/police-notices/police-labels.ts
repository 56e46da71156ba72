import type { PoliceEventKind } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';

const t = vi.police;

/** "Quý III/2026". */
export const quarterLabel = (year: number, quarter: number): string =>
  format(t.quarterLabel, { quarter: t.quarterNames[quarter] ?? String(quarter), year });

export const KINDS = Object.keys(t.kinds) as PoliceEventKind[];
export const kindOptions = KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] }));
export const quarterOptions = [1, 2, 3, 4].map((q) => ({ value: q, label: t.quarterNames[q] ?? String(q) }));

/** The police's duty starts in 2025 (Decree 220/2025/NĐ-CP): the years from then to next year. */
export function yearOptions(current: number) {
  const first = Math.min(2025, current);
  return Array.from({ length: current + 1 - first + 1 }, (_, i) => first + i).map((y) => ({
    value: y,
    label: String(y),
  }));
}
