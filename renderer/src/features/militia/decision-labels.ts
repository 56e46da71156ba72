import type { MilitiaDecisionKind, MilitiaDecisionPoint } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { optionsOf } from '../../shared/options';

const t = vi.militia.decisions;

export const decisionKindOptions = optionsOf<MilitiaDecisionKind>(t.kinds);

/** "Điểm a khoản 1 Điều 11" of the case coded '1-a'. */
export function pointCitation(point: MilitiaDecisionPoint): string {
  const [clause, letter] = point.split('-');
  return format(t.pointCitation, { clause: clause ?? '', point: letter ?? '' });
}

/** The cases of the kind's clause (khoản 1: deferral, khoản 2: exemption), each with its citation. */
export function pointOptions(kind: MilitiaDecisionKind | undefined) {
  const clause = kind === 'exemption' ? '2-' : '1-';
  return (Object.keys(t.points) as MilitiaDecisionPoint[])
    .filter((p) => p.startsWith(clause))
    .map((value) => ({ value, label: `${pointCitation(value)}: ${t.points[value]}` }));
}
