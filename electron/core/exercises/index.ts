/**
 * What other features may use of exercises/: its face. Everything else in the folder is its own
 * (a lint rule, eslint/layers.mjs, keeps other features out of it).
 */
export { exerciseRatings } from './constants';
export { exerciseFigures } from './figures';
export type { Exercise, ExerciseRow, ExerciseType } from './public-types';
export { halfYearRange } from './rules';
export { exerciseListInput } from './schema';
export { listExercises } from './service';
