import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import { attachmentAddInput, exerciseCreateInput } from '../exercises/schema';
import { addAttachment, createExercise } from '../exercises/service';
import { addDays } from '../shared/dates';
import { exerciseSeedBasis, lowerFirst, moveExercise, plannedForces } from './exercise-basis';
import { EXERCISES_2023, PLAN_SUMMARY } from './history-data';

/**
 * The 2023 exercises through the feature's services, each with its plan
 * attached (issued in the first half) and held with a result and a rating.
 */
export function seedHistoryExercises(ctx: ApiContext): Record<string, number> {
  const { areas, typeIds } = exerciseSeedBasis(ctx);
  const platoonOf = (localityId: string) =>
    (
      statement(
        ctx.db,
        `SELECT id FROM militia_units WHERE locality_id = ? AND parent_id IS NULL AND level = 'platoon'
          ORDER BY rowid LIMIT 1`,
      ).get(localityId) as { id: string } | undefined
    )?.id;
  const reserveUnit = (
    statement(ctx.db, `SELECT id FROM reserve_units WHERE parent_id IS NULL ORDER BY rowid LIMIT 1`).get() as
      { id: string } | undefined
  )?.id;
  let count = 0;
  for (const demo of EXERCISES_2023) {
    const area = areas.find((a) => a.name === demo.locality);
    if (!area) continue;
    const platoon = platoonOf(area.id);
    let exercise = createExercise(
      ctx,
      exerciseCreateInput.parse({
        typeId: typeIds.get(demo.type),
        level: demo.level,
        title: demo.title,
        localityId: area.id,
        plannedOn: demo.plannedOn,
        plannedUntil: demo.days > 1 ? addDays(demo.plannedOn, demo.days - 1) : null,
        leadBody: `UBND ${lowerFirst(area.name)}`,
        directingOfficer: `Chỉ huy trưởng Ban CHQS ${lowerFirst(area.name)}`,
        ...plannedForces(demo.counts, platoon, reserveUnit),
      }),
    );
    count += 1;
    addAttachment(
      ctx,
      attachmentAddInput.parse({
        exerciseId: exercise.id,
        documentNumber: demo.document,
        documentDate: demo.documentDate,
        summary: PLAN_SUMMARY,
      }),
    );
    const move = (values: Record<string, unknown>) => (exercise = moveExercise(ctx, exercise, values));
    move({ to: 'preparing' });
    move({
      to: 'done',
      startedOn: demo.plannedOn,
      endedOn: addDays(demo.plannedOn, demo.days - 1),
      rating: demo.rating,
      lessons: demo.lessons,
    });
  }
  return { exercises2023: count };
}
