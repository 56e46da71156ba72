/** Readiness documents' (văn kiện sẵn sàng chiến đấu) fixed words: holder kinds, document states, practice statuses. */
import { exerciseStatusLabels } from './exercises';
import { keysOf } from './keys';

/** Who keeps a set: the office itself, a ward/commune military command, a militia unit. */
export const readinessHolderKindLabels = {
  office: 'Cơ quan quân sự',
  locality: 'Ban CHQS xã, phường',
  militia_unit: 'Đơn vị dân quân tự vệ',
} as const;
export type ReadinessHolderKind = keyof typeof readinessHolderKindLabels;
export const readinessHolderKinds = keysOf(readinessHolderKindLabels);

/** A document's state as its last review found it. */
export const readinessStateLabels = {
  complete: 'Đầy đủ',
  needs_revision: 'Cần bổ sung, điều chỉnh',
  missing: 'Chưa có',
} as const;
export type ReadinessState = keyof typeof readinessStateLabels;
export const readinessStates = keysOf(readinessStateLabels);

/** A practice is planned, then held: the exercises' own words for both. */
export const readinessPracticeStatusLabels = {
  planned: exerciseStatusLabels.planned,
  done: exerciseStatusLabels.done,
} as const;
export type ReadinessPracticeStatus = keyof typeof readinessPracticeStatusLabels;
export const readinessPracticeStatuses = keysOf(readinessPracticeStatusLabels);
