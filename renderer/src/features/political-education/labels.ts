import type { SessionKind, StandardTopic, UnitKind } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { optionsOf } from '../../shared/options';

const t = vi.politicalEducation;

export const kindOptions = optionsOf<SessionKind>(t.kinds);
export const unitKindOptions = optionsOf<UnitKind>(t.unitKinds);
export const topicOptions = optionsOf<StandardTopic>(t.standardTopics);

/** "87,5%", or "—" with nothing planned. */
export function rateText(present: number, planned: number): string {
  if (planned === 0) return '—';
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format((present / planned) * 100)}%`;
}
