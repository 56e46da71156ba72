import { Tag } from 'antd';
import { format, vi } from '../../messages/vi';
import type { LocalityProgress } from './record-labels';

const t = vi.conscription.dashboard;

type Standing = LocalityProgress['officialStanding'];

/** A count against its quota (decided by the core): over in red, under in orange, met in green. */
export function QuotaMark({ standing }: { standing: Standing }) {
  if (standing.kind === 'met') return <Tag color="success">{t.quotaMet}</Tag>;
  if (standing.kind === 'under') return <Tag color="warning">{format(t.quotaUnder, { by: standing.by })}</Tag>;
  const text = standing.branch
    ? format(t.quotaOverBranch, { branch: vi.conscription.branches[standing.branch], by: standing.by })
    : format(t.quotaOver, { by: standing.by });
  return <Tag color="error">{text}</Tag>;
}
