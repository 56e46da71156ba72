/**
 * What a target other than people adds to the import: each row is a person
 * (matched by citizen ID, else created, as in the people import) and one
 * record of the target, created through the feature's own service so the
 * same rules, messages and audit entries apply as in its form.
 */
import type { ApiContext } from '../../kernel/context';
import type { IsoDate } from '../../shared/dates';
import type { RowCells } from '../row-reader';
import type { ImportCellIssue } from '../types';

export interface TargetRow<I> {
  /** Display strings for the preview (ImportPreviewRow.targetValues). */
  values: Record<string, string | null>;
  /** What the record would be created with; null when the row's target cells have an error. */
  input: I | null;
  errors: ImportCellIssue[];
  warnings: ImportCellIssue[];
}

/** The person the record is for, as it will be once the row is written. */
export interface TargetPerson {
  /** Null for a person the row creates. */
  id: string | null;
  fullName: string;
  birthDate: IsoDate;
  sex: 'M' | 'F';
  archived: boolean;
}

export interface TargetCheck {
  /** The record the person already has: the row does not create another. */
  existingId: string | null;
  errors: ImportCellIssue[];
  warnings: ImportCellIssue[];
}

export interface TargetHandler<C, I> {
  /** Reads what the rows are matched against (units, campaign…) and refuses an import that cannot be made. */
  load(ctx: ApiContext, options: { campaignId?: string }): C;
  parse(cells: RowCells, context: C, today: IsoDate): TargetRow<I>;
  /** The database checks once the person is known: a record already there, the feature's rules on the person. */
  check(ctx: ApiContext, context: C, person: TargetPerson, input: I): TargetCheck;
  /** The kind its records are kept under in a batch: the face that takes them back (undo-faces.ts) owns it. */
  table: string;
  /** Inside the import's transaction: through the feature's service; the id of the record created. */
  write(ctx: ApiContext, context: C, personId: string, input: I): string;
}

/** A handler with its context loaded, its types erased for the registry. */
export interface BoundTarget {
  parse(cells: RowCells, today: IsoDate): TargetRow<unknown>;
  check(person: TargetPerson, input: unknown): TargetCheck;
  table: string;
  write(personId: string, input: unknown): string;
}

export function bindTarget<C, I>(
  handler: TargetHandler<C, I>,
  ctx: ApiContext,
  options: { campaignId?: string },
): BoundTarget {
  const context = handler.load(ctx, options);
  return {
    parse: (cells, today) => handler.parse(cells, context, today),
    check: (person, input) => handler.check(ctx, context, person, input as I),
    table: handler.table,
    write: (personId, input) => handler.write(ctx, context, personId, input as I),
  };
}
