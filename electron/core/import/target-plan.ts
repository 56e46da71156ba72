/**
 * The target's part of each row's plan, after the person's (./people-plan.ts):
 * the target's cells parsed and checked, then — with the person known (new,
 * or the register's, as updated) — the feature's rules on that person and the
 * record they may already have. The row's outcome becomes the record's:
 * create, or skip (the record is there; 'update' when the person still is).
 */
import type { ApiContext } from '../kernel/context';
import { localIsoDate } from '../shared/dates';
import type { PeopleAnalysis } from './people-analysis';
import type { RowPlan } from './people-plan';
import type { ImportFieldKey } from './mapping';
import { rowCells } from './row-reader';
import type { BoundTarget, TargetPerson } from './targets/types';
import type { ImportCellIssue } from './types';

function personOf(plan: RowPlan): TargetPerson {
  const existing = plan.existing;
  const values = plan.write ?? existing!;
  return {
    id: existing?.id ?? null,
    fullName: existing?.fullName ?? plan.parsed.values.fullName,
    birthDate: values.birthDate,
    sex: values.sex,
    archived: Boolean(existing?.archivedAt),
  };
}

function refuse(plan: RowPlan): void {
  plan.outcome = 'error';
  plan.write = null;
  plan.personAction = null;
  plan.targetInput = null;
}

export function planTarget(ctx: ApiContext, plans: RowPlan[], analysis: PeopleAnalysis, target: BoundTarget): void {
  const today = localIsoDate(ctx.now());
  plans.forEach((plan, i) => {
    const cells = rowCells(analysis.rawRows[i]!, analysis.cellContext, plan.converted);
    const row = target.parse(cells, today);
    plan.targetValues = row.values;
    if (plan.outcome === 'userSkip') return;
    plan.errors.push(...row.errors);
    plan.warnings.push(...row.warnings);
    if (plan.outcome === 'error' || row.input === null) return refuse(plan);
    const check = target.check(personOf(plan), row.input);
    // The checks name the field (the start date the age rule is about…); the column is the mapping's.
    const placed = (issue: ImportCellIssue) => ({
      ...issue,
      column: issue.column ?? analysis.cellContext.columns[issue.field as ImportFieldKey] ?? null,
    });
    plan.errors.push(...check.errors.map(placed));
    plan.warnings.push(...check.warnings.map(placed));
    if (check.errors.length > 0) return refuse(plan);
    plan.existingRecordId = check.existingId;
    if (check.existingId) plan.outcome = plan.personAction === 'update' ? 'update' : 'skip';
    else {
      plan.targetInput = row.input;
      plan.outcome = 'create';
    }
  });
}
