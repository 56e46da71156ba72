import type {
  ExerciseLevel,
  ExerciseRating,
  ExerciseStatus,
  ExerciseType,
  Locality,
  MilitiaUnitGroup,
  ReserveUnit,
} from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { TOP_LEVEL_KINDS } from '../localities/locality-labels';
import { unitOptions } from '../militia/militia-labels';

const t = vi.exercises;

export const LEVELS: readonly ExerciseLevel[] = ['commune', 'region', 'province'];
export const STATUSES: readonly ExerciseStatus[] = ['planned', 'preparing', 'done', 'cancelled'];
export const RATINGS: readonly ExerciseRating[] = ['outstanding', 'excellent', 'good', 'pass', 'fail'];

export const levelOptions = LEVELS.map((value) => ({ value, label: t.levels[value] }));
export const statusOptions = STATUSES.map((value) => ({ value, label: t.statuses[value] }));
export const ratingOptions = RATINGS.map((value) => ({ value, label: t.ratings[value] }));
export const halfOptions = ([1, 2] as const).map((value) => ({ value, label: t.halves[value] }));

export const STATUS_COLORS: Record<ExerciseStatus, string> = {
  planned: 'blue',
  preparing: 'gold',
  done: 'green',
  cancelled: 'default',
};

/** Types to offer: those in use, plus the exercise's own type even if retired since. */
export function typeOptions(types: readonly ExerciseType[], keepId?: string) {
  return types.filter((x) => !x.retiredOn || x.id === keepId).map((x) => ({ value: x.id, label: x.name }));
}

export function localityOptions(localities: readonly Locality[], keepId?: string | null) {
  return localities
    .filter((l) => TOP_LEVEL_KINDS.includes(l.kind) && (!l.retiredOn || l.id === keepId))
    .map((l) => ({ value: l.id, label: l.name }));
}

export function militiaUnitOptions(groups: readonly MilitiaUnitGroup[]) {
  return unitOptions(groups);
}

export function reserveUnitOptions(units: readonly ReserveUnit[]) {
  return units.filter((u) => !u.retiredOn).map((u) => ({ value: u.id, label: u.name }));
}

/** A year list around the current one for the pickers. */
export function yearOptions(current: number) {
  return Array.from({ length: 7 }, (_, i) => current - 4 + i).map((y) => ({ value: y, label: String(y) }));
}
