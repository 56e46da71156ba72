/** The fixed vocabularies of exercises (their Vietnamese names live in the catalogues). */
export const exerciseLevels = ['commune', 'region', 'province'] as const;
export const exerciseStatuses = ['planned', 'preparing', 'done', 'cancelled'] as const;
export const exerciseRatings = ['outstanding', 'excellent', 'good', 'pass', 'fail'] as const;
export const exerciseBuiltinTypes = ['combat_defence', 'disaster_rescue', 'command_staff', 'other'] as const;

export type ExerciseLevel = (typeof exerciseLevels)[number];
export type ExerciseStatus = (typeof exerciseStatuses)[number];
export type ExerciseRating = (typeof exerciseRatings)[number];
export type ExerciseBuiltinType = (typeof exerciseBuiltinTypes)[number];
