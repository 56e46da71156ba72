import type { ApiInput, ConscriptionRecordView, ConscriptionState } from '../../../../electron/core/api/contract';
import { api, ApiCallError } from '../../api/client';
import { format, vi } from '../../messages/vi';

/** What one step records besides who and where to (date, document number, legal point, order …). */
export type StepFields = Omit<ApiInput<'conscription.record.transitionMany'>, 'records' | 'to'>;
export type StepTarget = Pick<ConscriptionRecordView, 'id' | 'version' | 'fullName'>;

export interface NamedMessage {
  recordId: string;
  name: string;
  message: string;
}

export interface StepOutcome {
  action: string;
  done: number;
  refusals: NamedMessage[];
  warnings: NamedMessage[];
  /** The records written (the ones added), so the list can show the last of them in place. */
  savedIds?: string[];
}

type Progress = (done: number, total: number) => void;

/** The reason to show a person: the fields' own messages say more than the generic "check the fields". */
export function refusalText(error: unknown): string {
  if (!(error instanceof ApiCallError)) return error instanceof Error ? error.message : String(error);
  const messages = [...new Set(Object.values(error.fieldErrors))];
  return messages.length > 0 ? messages.join(' ') : error.message;
}

function nameOf(targets: readonly StepTarget[], recordId: string): string {
  return targets.find((t) => t.id === recordId)?.fullName ?? recordId;
}

/**
 * Moves a selection to one state. First all at once (one transaction, call-up
 * orders numbered in the selection's order); if the core refuses anyone, the
 * whole batch was rolled back, so each citizen is tried alone, in the same
 * order: the eligible ones go through and every refusal is named.
 */
export async function runTransition(
  action: string,
  targets: readonly StepTarget[],
  to: ConscriptionState,
  fields: StepFields,
  onProgress: Progress = () => {},
): Promise<StepOutcome> {
  const outcome: StepOutcome = { action, done: 0, refusals: [], warnings: [] };
  try {
    const result = await api('conscription.record.transitionMany', {
      ...fields,
      to,
      records: targets.map(({ id, version }) => ({ id, version })),
    });
    outcome.done = result.records.length;
    outcome.warnings = result.warnings.map((w) => ({
      recordId: w.recordId,
      name: nameOf(targets, w.recordId),
      message: w.message,
    }));
    return outcome;
  } catch (error) {
    if (!(error instanceof ApiCallError)) throw error;
  }
  return runEach(
    action,
    targets,
    (target) => target,
    (target) => api('conscription.record.transition', { ...fields, to, recordId: target.id, version: target.version }),
    onProgress,
  );
}

/**
 * One call per citizen, one after another, each answered on its own: how many were done, who was
 * refused (with the core's reason) and the warnings of those done.
 */
async function runEach<I>(
  action: string,
  items: readonly I[],
  targetOf: (item: I) => StepTarget,
  call: (item: I) => Promise<{ warnings: readonly { message: string }[] }>,
  onProgress: Progress,
): Promise<StepOutcome> {
  const outcome: StepOutcome = { action, done: 0, refusals: [], warnings: [] };
  for (const [index, item] of items.entries()) {
    const target = targetOf(item);
    onProgress(index, items.length);
    try {
      const result = await call(item);
      outcome.done += 1;
      outcome.warnings.push(
        ...result.warnings.map((w) => ({ recordId: target.id, name: target.fullName, message: w.message })),
      );
    } catch (error) {
      outcome.refusals.push({ recordId: target.id, name: target.fullName, message: refusalText(error) });
    }
  }
  return outcome;
}

export interface HealthExamEntry {
  target: StepTarget;
  healthClass: number;
  healthNotes: string;
  /** The exam sheet's figures (height, weight, refraction per eye, notes by specialty). */
  measures?: Pick<
    ApiInput<'conscription.record.healthExam'>,
    'heightCm' | 'weightKg' | 'refractionRight' | 'refractionLeft' | 'specialtyNotes'
  >;
}

/** Each citizen's own class (1–3 passed, 4–6 failed, decided by the core), one call per citizen. */
export async function runHealthExams(
  action: string,
  entries: readonly HealthExamEntry[],
  fields: { onDate: string; documentNumber: string; note: string },
  onProgress: Progress = () => {},
): Promise<StepOutcome> {
  return runEach(
    action,
    entries,
    (entry) => entry.target,
    ({ target, healthClass, healthNotes, measures }) =>
      api('conscription.record.healthExam', {
        ...fields,
        ...measures,
        recordId: target.id,
        version: target.version,
        healthClass,
        healthNotes,
      }),
    onProgress,
  );
}

/** "Nguyễn Văn An: …" as shown in the outcome and in tooltips. */
export function namedText(entry: NamedMessage): string {
  return format(vi.conscription.outcome.named, { name: entry.name, message: entry.message });
}
