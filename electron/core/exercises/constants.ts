/** The fixed vocabularies of exercises: levels, statuses and ratings, with their labels, are the shared vocabulary's. */
export {
  exerciseLevels,
  exerciseRatings,
  exerciseStatuses,
  type ExerciseLevel,
  type ExerciseRating,
  type ExerciseStatus,
} from '../../../vocabulary/exercises';

/** The built-in exercise types (their names live in the catalogues). */
export const exerciseBuiltinTypes = ['combat_defence', 'disaster_rescue', 'command_staff', 'other'] as const;

export type ExerciseBuiltinType = (typeof exerciseBuiltinTypes)[number];
