/**
 * What the import will do with each parsed row, given the rows the user
 * skipped and the duplicate mode: create, update an existing person (fill
 * empty fields only, or overwrite with the file's non-empty values), leave a
 * duplicate as it is, or refuse the row. Duplicates by citizen ID are found
 * inside the file (the first row not skipped keeps the ID; later ones are
 * errors) and against the register. Recomputed on every preview and commit:
 * it is cheap, and the register may have changed in between.
 */
import type { ApiContext } from '../kernel/context';
import { vietnameseIssueMessage } from '../kernel/errors';
import { statement } from '../db/statements';
import { format, vi } from '../messages/vi';
import { findPerson } from '../people';
import { personCreateInput, type Person, type PersonCreateInput } from '../people';
import { formatDisplayDate, localIsoDate } from '../shared/dates';
import type { ParsedPersonRow } from './people-rows';
import type {
  ImportCellIssue,
  ImportConvertedCell,
  ImportDuplicateMode,
  ImportPersonAction,
  ImportRowOutcome,
  ImportSummary,
} from './types';

const t = vi.import.people;

export interface RowPlan {
  parsed: ParsedPersonRow;
  outcome: ImportRowOutcome;
  errors: ImportCellIssue[];
  warnings: ImportCellIssue[];
  existing: Person | null;
  duplicateInFile: boolean;
  /** The values to write: the row's own for a create, the merged record for an update. */
  write: PersonCreateInput | null;
  /** The person's part of the row (see ImportPersonAction); the outcome is the row's. */
  personAction: ImportPersonAction | null;
  /** Legacy-text conversions: the person's cells, then the target's. */
  converted: ImportConvertedCell[];
  /** The target's part (./target-plan.ts): display values, what to create, the record already there. */
  targetValues: Record<string, string | null>;
  targetInput: unknown;
  existingRecordId: string | null;
}

const ACTIONS: Partial<Record<ImportRowOutcome, ImportPersonAction>> = {
  create: 'create',
  update: 'update',
  skip: 'keep',
};

const OPTIONAL_FIELDS = [
  'middleName',
  'citizenId',
  'localityId',
  'address',
  'phone',
  'ethnicity',
  'religion',
  'education',
  'occupation',
  'notes',
] as const;
const ALL_FIELDS = ['familyName', 'givenName', 'birthDate', 'sex', ...OPTIONAL_FIELDS] as const;

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

function asInput(person: Person): PersonCreateInput {
  return Object.fromEntries(ALL_FIELDS.map((f) => [f, person[f]])) as unknown as PersonCreateInput;
}

/** fillEmpty: the file fills only what the register lacks; overwrite: the file's non-empty values win. */
function merge(existing: Person, incoming: PersonCreateInput, mode: 'fillEmpty' | 'overwrite') {
  const merged: Record<string, unknown> = { ...asInput(existing) };
  const fields = mode === 'fillEmpty' ? OPTIONAL_FIELDS : ALL_FIELDS;
  let changed = false;
  for (const field of fields) {
    const value = incoming[field];
    if (isEmpty(value) || merged[field] === value) continue;
    if (mode === 'fillEmpty' && !isEmpty(merged[field])) continue;
    merged[field] = value;
    changed = true;
  }
  return { merged, changed };
}

/** Citizen ID → the person holding it (an active record before an archived one). */
function registerIds(ctx: ApiContext): Map<string, string> {
  const rows = statement(
    ctx.db,
    'SELECT id, citizen_id FROM people WHERE citizen_id IS NOT NULL ORDER BY archived_at IS NOT NULL',
  ).all() as Array<{ id: string; citizen_id: string }>;
  const map = new Map<string, string>();
  for (const row of rows) if (!map.has(row.citizen_id)) map.set(row.citizen_id, row.id);
  return map;
}

/**
 * `reuse`: the rows bring a target's record (militia member…), so an existing
 * person left as is is reused for it rather than the row being skipped.
 */
export function planPeople(
  ctx: ApiContext,
  rows: readonly ParsedPersonRow[],
  mode: ImportDuplicateMode,
  skipRows: readonly number[],
  reuse = false,
): RowPlan[] {
  return planPersons(ctx, rows, mode, skipRows, reuse).map((plan) => ({
    ...plan,
    personAction: ACTIONS[plan.outcome] ?? null,
  }));
}

function planPersons(
  ctx: ApiContext,
  rows: readonly ParsedPersonRow[],
  mode: ImportDuplicateMode,
  skipRows: readonly number[],
  reuse: boolean,
): RowPlan[] {
  const skip = new Set(skipRows);
  const today = localIsoDate(ctx.now());
  const inRegister = registerIds(ctx);
  const rowsById = new Map<string, number[]>();
  for (const row of rows) {
    const id = row.values.citizenId;
    if (id && !skip.has(row.rowNumber)) rowsById.set(id, [...(rowsById.get(id) ?? []), row.rowNumber]);
  }
  return rows.map((parsed) => {
    const plan: RowPlan = {
      parsed,
      outcome: 'create',
      errors: [...parsed.errors],
      warnings: [...parsed.warnings],
      existing: null,
      duplicateInFile: false,
      write: parsed.input,
      personAction: null,
      converted: [...parsed.converted],
      targetValues: {},
      targetInput: null,
      existingRecordId: null,
    };
    if (skip.has(parsed.rowNumber)) {
      plan.warnings.push({ column: null, field: '_', message: t.skippedByUser });
      return { ...plan, outcome: 'userSkip', write: null };
    }
    const citizenId = parsed.values.citizenId;
    const same = citizenId ? (rowsById.get(citizenId) ?? []) : [];
    const idIssue = (message: string) => ({ column: parsed.citizenIdColumn, field: 'citizenId', message });
    if (same.length > 1) {
      plan.duplicateInFile = true;
      if (same[0] !== parsed.rowNumber)
        plan.errors.push(idIssue(format(t.duplicateInFile, { citizenId: citizenId!, row: same[0]! })));
      else
        plan.warnings.push(
          idIssue(format(t.duplicateInFileFirst, { citizenId: citizenId!, rows: same.slice(1).join(', ') })),
        );
    }
    const existingId = citizenId ? inRegister.get(citizenId) : undefined;
    if (existingId) {
      const existing = findPerson(ctx.db, existingId, today)!;
      plan.existing = existing;
      plan.warnings.push(
        idIssue(
          format(t.duplicateInDb, {
            name: existing.fullName,
            birthDate: formatDisplayDate(existing.birthDate),
            archived: existing.archivedAt ? t.duplicateArchived : '',
          }),
        ),
      );
    }
    if (plan.errors.length > 0) return { ...plan, outcome: 'error', write: null };
    if (!plan.existing) return plan;
    if (mode === 'skip') {
      plan.warnings.push(idIssue(reuse ? t.willReuse : t.willSkip));
      return { ...plan, outcome: 'skip', write: null };
    }
    const { merged, changed } = merge(plan.existing, parsed.input!, mode);
    if (!changed) {
      plan.warnings.push(idIssue(t.nothingToFill));
      return { ...plan, outcome: 'skip', write: null };
    }
    // The merged record must pass the form's checks too (an overwritten birth date against the kept ID…).
    const checked = personCreateInput.safeParse(merged, { error: vietnameseIssueMessage });
    if (!checked.success) {
      for (const issue of checked.error.issues)
        plan.errors.push({ column: null, field: String(issue.path[0] ?? '_'), message: issue.message });
      return { ...plan, outcome: 'error', write: null };
    }
    plan.warnings.push(idIssue(mode === 'fillEmpty' ? t.willFillEmpty : t.willOverwrite));
    return { ...plan, outcome: 'update', write: checked.data };
  });
}

export function summarise(plans: readonly RowPlan[]): ImportSummary {
  const count = (test: (p: RowPlan) => boolean) => plans.filter(test).length;
  return {
    rows: plans.length,
    ok: count((p) => p.outcome !== 'error' && p.outcome !== 'userSkip'),
    withErrors: count((p) => p.outcome === 'error'),
    withWarnings: count((p) => p.outcome !== 'userSkip' && p.warnings.length > 0),
    duplicatesInFile: count((p) => p.duplicateInFile),
    duplicatesInDatabase: count((p) => p.existing !== null),
    toCreate: count((p) => p.outcome === 'create'),
    toUpdate: count((p) => p.outcome === 'update'),
    toSkip: count((p) => p.outcome === 'skip'),
    skippedByUser: count((p) => p.outcome === 'userSkip'),
    peopleToCreate: count((p) => p.personAction === 'create'),
    peopleToUpdate: count((p) => p.personAction === 'update'),
    recordsExisting: count((p) => p.existingRecordId !== null),
  };
}
