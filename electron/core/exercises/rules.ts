import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { fail, PASS, type RuleResult } from '../shared/rule-result';
import type { ExerciseRating, ExerciseStatus } from './constants';

const t = vi.exercises;

/** What each status may move to; done and cancelled are final. */
const NEXT: Record<ExerciseStatus, readonly ExerciseStatus[]> = {
  planned: ['preparing', 'cancelled'],
  preparing: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

/**
 * An exercise follows an approved plan: planned, then prepared (decision, forces, scenario),
 * then held (Nghị định 21/2019/NĐ-CP on defence zones, diễn tập KVPT; the office's yearly
 * plan). Holding it and cancelling it are final; a record once done or cancelled is corrected
 * by editing its details, not by moving it back.
 */
export function checkTransition(from: ExerciseStatus, to: ExerciseStatus): RuleResult {
  const values = { from: t.statuses[from], to: t.statuses[to] };
  if (from === to) return fail('RULE_EXERCISE_TRANSITION', format(t.transition.same, values));
  if (NEXT[from].length === 0) return fail('RULE_EXERCISE_TRANSITION', format(t.transition.final, values));
  if (!NEXT[from].includes(to)) return fail('RULE_EXERCISE_TRANSITION', format(t.transition.notAllowed, values));
  return PASS;
}

/**
 * The steps from one status to another: the direct move, or "done" from "planned" through
 * "preparing" (a held exercise was prepared, whether or not the clerk recorded it on the day).
 */
export function stepsTowards(
  from: ExerciseStatus,
  to: ExerciseStatus,
): { ok: true; steps: ExerciseStatus[] } | Extract<RuleResult, { ok: false }> {
  if (from === 'planned' && to === 'done') return { ok: true, steps: ['preparing', 'done'] };
  const direct = checkTransition(from, to);
  return direct.ok ? { ok: true, steps: [to] } : direct;
}

/** A cancelled exercise keeps the reason, for the half-year report (planned vs done). */
export function checkCancelReason(reason: string | undefined): RuleResult {
  if (!reason || reason.trim() === '') return fail('RULE_EXERCISE_CANCEL_REASON', t.cancelReasonRequired);
  return PASS;
}

export interface DoneFacts {
  startedOn?: IsoDate | null;
  endedOn?: IsoDate | null;
  rating?: ExerciseRating | null;
}

/** Which field a done-facts refusal points at, so a form can mark it. */
export type DoneFactsField = 'startedOn' | 'endedOn' | 'rating';

/**
 * A held exercise is reported with its actual dates and the directing body's rating
 * (xuất sắc, giỏi, khá, đạt, không đạt — the exercise result report, báo cáo kết quả diễn tập).
 * It cannot be recorded as held before it happened: both dates on or before today.
 */
export function checkDoneFacts(facts: DoneFacts, today: IsoDate): RuleResult & { field?: DoneFactsField } {
  const refuse = (field: DoneFactsField, message: string) => ({
    ...(fail('RULE_EXERCISE_DONE_FACTS', message) as Extract<RuleResult, { ok: false }>),
    field,
  });
  if (!facts.startedOn) return refuse('startedOn', t.done.startedRequired);
  if (!facts.endedOn) return refuse('endedOn', t.done.endedRequired);
  if (facts.startedOn > today) return refuse('startedOn', format(t.done.inFuture, { today: formatDisplayDate(today) }));
  if (facts.endedOn > today) return refuse('endedOn', format(t.done.inFuture, { today: formatDisplayDate(today) }));
  if (facts.endedOn < facts.startedOn)
    return refuse('endedOn', format(t.done.endBeforeStart, { startedOn: formatDisplayDate(facts.startedOn) }));
  if (!facts.rating) return refuse('rating', t.done.ratingRequired);
  return PASS;
}

/** The planned span, when given, runs forward. */
export function checkPlannedDates(plannedOn: IsoDate, plannedUntil: IsoDate | null): RuleResult {
  if (plannedUntil !== null && plannedUntil < plannedOn) {
    return fail(
      'RULE_EXERCISE_PLANNED_DATES',
      format(t.plannedUntilBeforeStart, { plannedOn: formatDisplayDate(plannedOn) }),
    );
  }
  return PASS;
}

/** H1 = 01/01–30/06, H2 = 01/07–31/12: the half-years of the office's reports. */
export function halfYearRange(year: number, half: 1 | 2): { from: IsoDate; to: IsoDate } {
  return half === 1 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}
