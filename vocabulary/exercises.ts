/** Exercises' (diễn tập) fixed words: the level that runs one, its status and the rating of its result. */
import { keysOf } from './keys';

export const exerciseLevelLabels = {
  commune: 'Cấp xã, phường',
  region: 'Cấp huyện, khu vực',
  province: 'Cấp tỉnh',
} as const;
export type ExerciseLevel = keyof typeof exerciseLevelLabels;
export const exerciseLevels = keysOf(exerciseLevelLabels);

export const exerciseStatusLabels = {
  planned: 'Kế hoạch',
  preparing: 'Đang chuẩn bị',
  done: 'Đã thực hiện',
  cancelled: 'Đã hủy',
} as const;
export type ExerciseStatus = keyof typeof exerciseStatusLabels;
export const exerciseStatuses = keysOf(exerciseStatusLabels);

/** The rating as the screens, the exercise result report and the review report print it. */
export const exerciseRatingLabels = {
  outstanding: 'Xuất sắc',
  excellent: 'Giỏi',
  good: 'Khá',
  pass: 'Đạt',
  fail: 'Không đạt',
} as const;
export type ExerciseRating = keyof typeof exerciseRatingLabels;
export const exerciseRatings = keysOf(exerciseRatingLabels);
