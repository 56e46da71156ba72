/** Training's (huấn luyện) fixed words: who a course is for, its status and a participant's result. */
import { keysOf } from './keys';

/** Who a course is for (the CHECK constraint of migration 0009). */
export const trainingTargetLabels = {
  militia_first_year: 'Dân quân năm thứ nhất',
  militia_component: 'Dân quân theo thành phần',
  reserve_unit: 'Đơn vị dự bị động viên',
  staff: 'Cán bộ',
  defence_education: 'Bồi dưỡng kiến thức quốc phòng, an ninh',
} as const;
export type TrainingTarget = keyof typeof trainingTargetLabels;
export const trainingTargets = keysOf(trainingTargetLabels);

export const trainingStatusLabels = {
  planned: 'Kế hoạch',
  in_progress: 'Đang huấn luyện',
  done: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
} as const;
export type TrainingStatus = keyof typeof trainingStatusLabels;
export const trainingStatuses = keysOf(trainingStatusLabels);

/** A participant's result; "good or better" = excellent + good. */
export const trainingResultLabels = { excellent: 'Giỏi', good: 'Khá', pass: 'Đạt', fail: 'Không đạt' } as const;
export type TrainingResult = keyof typeof trainingResultLabels;
export const trainingResults = keysOf(trainingResultLabels);
