import type { ApiContext } from '../kernel/context';
import { statement } from '../db/statements';
import type { IsoDate } from '../shared/dates';
import { exerciseRatings, type ExerciseRating } from './constants';
import type { ExerciseFigures } from './public-types';

export { halfYearRange } from './rules';

interface TypeRow {
  id: string;
  name: string;
  builtin: string | null;
  retired_on: string | null;
  planned: number;
  done: number;
}

/**
 * The plan-vs-done figures of the half-year report: exercises whose planned date falls in
 * [from, to]. A cancelled exercise is not counted as planned (it left the plan), only as
 * cancelled; "done" counts the planned ones that were held, whatever their actual dates.
 */
export function exerciseFigures(ctx: ApiContext, input: { from: IsoDate; to: IsoDate }): ExerciseFigures {
  const range = { from: input.from, to: input.to };
  const totals = statement(
    ctx.db,
    `SELECT COALESCE(SUM(status <> 'cancelled'), 0) AS planned, COALESCE(SUM(status = 'done'), 0) AS done,
            COALESCE(SUM(status = 'cancelled'), 0) AS cancelled
       FROM exercises WHERE planned_on BETWEEN @from AND @to`,
  ).get(range) as { planned: number; done: number; cancelled: number };
  const types = statement(
    ctx.db,
    `SELECT t.id, t.name, t.builtin, t.retired_on,
            COALESCE(SUM(e.status <> 'cancelled'), 0) AS planned, COALESCE(SUM(e.status = 'done'), 0) AS done
       FROM exercise_types t
       LEFT JOIN exercises e ON e.type_id = t.id AND e.planned_on BETWEEN @from AND @to
      GROUP BY t.id ORDER BY t.sort_order, vi_sort_key(t.name), t.id`,
  ).all(range) as TypeRow[];
  const ratings = statement(
    ctx.db,
    `SELECT rating, COUNT(*) AS n FROM exercises
      WHERE status = 'done' AND rating IS NOT NULL AND planned_on BETWEEN @from AND @to GROUP BY rating`,
  ).all(range) as Array<{ rating: ExerciseRating; n: number }>;
  const byRating = Object.fromEntries(exerciseRatings.map((r) => [r, 0])) as Record<ExerciseRating, number>;
  for (const r of ratings) byRating[r.rating] = r.n;
  return {
    from: input.from,
    to: input.to,
    planned: totals.planned,
    done: totals.done,
    cancelled: totals.cancelled,
    // A retired type still shows when it has exercises in the range.
    byType: types
      .filter((r) => r.retired_on === null || r.planned > 0 || r.done > 0)
      .map((r) => ({ typeId: r.id, name: r.name, builtin: r.builtin, planned: r.planned, done: r.done })),
    byRating,
  };
}
