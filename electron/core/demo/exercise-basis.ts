import { statement } from '../db/statements';
import type { Exercise } from '../exercises/public-types';
import { exerciseTransitionInput } from '../exercises/schema';
import { transitionExercise } from '../exercises/steps-service';
import type { ApiContext } from '../kernel/context';
import { localityListInput, TOP_LEVEL_KINDS } from '../localities/schema';
import { listLocalities } from '../localities/service';

/*
 * What both demo exercise seeds (this year's and 2023's history) build on: the wards/communes
 * the exercises are held in and the built-in exercise types by their code.
 */

/** The wards and communes (top-level localities) and the built-in exercise types' ids by code. */
export function exerciseSeedBasis(ctx: ApiContext) {
  const areas = listLocalities(ctx, localityListInput.parse({})).filter((l) => TOP_LEVEL_KINDS.includes(l.kind));
  const typeIds = new Map(
    (
      statement(ctx.db, `SELECT id, builtin FROM exercise_types WHERE builtin IS NOT NULL`).all() as Array<{
        id: string;
        builtin: string;
      }>
    ).map((r) => [r.builtin, r.id]),
  );
  return { areas, typeIds };
}

/** "Phường Đức Xuân" → "phường Đức Xuân", as inside a sentence. */
export function lowerFirst(name: string): string {
  return name.replace(/^\S+/, (word) => word.toLowerCase());
}

/** The forces an exercise plans for: the four head counts, the ward's platoon, and the reserve unit when reservists take part. */
export function plannedForces(
  counts: readonly [militia: number, reservists: number, police: number, other: number],
  platoon: string | undefined,
  reserveUnit: string | undefined,
) {
  return {
    militiaCount: counts[0],
    reservistCount: counts[1],
    policeCount: counts[2],
    otherCount: counts[3],
    scenario: '',
    militiaUnitIds: platoon ? [platoon] : [],
    reserveUnitIds: counts[1] > 0 && reserveUnit ? [reserveUnit] : [],
  };
}

/** Moves a demo exercise on through the service, as a user's step would, and returns it as it now stands. */
export function moveExercise(ctx: ApiContext, exercise: Exercise, values: Record<string, unknown>): Exercise {
  return transitionExercise(
    ctx,
    exerciseTransitionInput.parse({ id: exercise.id, version: exercise.version, ...values }),
  );
}
