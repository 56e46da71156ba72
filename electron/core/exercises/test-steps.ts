/**
 * Office steps for the core's tests: an exercise taken through the statuses the exercise screen
 * moves it through, from planned to held with its result, each step from the version it stands at.
 */
import type { Core } from '../app-core';
import { call } from '../db/test-helpers';
import type { Exercise, ExerciseType } from './public-types';

/** The exercise types' ids by their built-in key ('combat_defence', 'disaster_rescue', …). */
export async function exerciseTypeIds(core: Core): Promise<(builtin: string) => string> {
  const types = await call<ExerciseType[]>(core, 'exercises.type.list', {});
  return (builtin) => types.find((t) => t.builtin === builtin)!.id;
}

/** A planned exercise prepared, then held (`done`) with its dates, rating and anything else the result asks. */
export async function holdExercise(
  core: Core,
  exercise: { id: string; version: number },
  result: { startedOn: string; endedOn: string; rating?: string; lessons?: string },
): Promise<Exercise> {
  const prepared = await call<Exercise>(core, 'exercises.exercise.transition', {
    id: exercise.id,
    version: exercise.version,
    to: 'preparing',
  });
  return call<Exercise>(core, 'exercises.exercise.transition', {
    id: exercise.id,
    version: prepared.version,
    to: 'done',
    ...result,
  });
}
