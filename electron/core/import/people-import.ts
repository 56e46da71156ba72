/**
 * The import's use cases: inspect a file, preview what it would do (paged),
 * and commit it — every confirmed row in one transaction through the people
 * service (the same checks and audit entries as the form), or nothing. For
 * the other targets each row's person is followed by the target's record,
 * created through that feature's service (./targets/).
 */
import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { timestamp } from '../db/records';
import { writeAudit } from '../db/audit';
import { listLocalities } from '../localities';
import { vi } from '../messages/vi';
import { findPerson, insertPerson } from '../people';
import type { PersonCreateInput } from '../people';
import { getPerson, updatePerson } from '../people';
import { localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import { recordBatch, type WrittenRow } from './batch-service';
import { importReport } from './import-report';
import { saveMapping } from './mappings-repository';
import { analysePeople, sessionFor, type PeopleAnalysis } from './people-analysis';
import { planPeople, summarise, type RowPlan } from './people-plan';
import { prepareSheet } from './prepare';
import { planTarget } from './target-plan';
import { loadTarget } from './targets';
import type { ImportCommitInput, ImportPreviewInput } from './schema';
import { closeSession, openSession } from './session-cache';
import type { ImportCommitResult, ImportInspectResult, ImportPreview, ImportPreviewRow } from './types';
import { readWorkbook } from './workbook';

export async function inspectImport(input: { fileName: string; base64: string }): Promise<ImportInspectResult> {
  const workbook = await readWorkbook(Buffer.from(input.base64, 'base64'), input.fileName);
  const session = openSession(input.fileName, workbook);
  return {
    token: session.token,
    format: workbook.format,
    sheets: workbook.sheets.map((sheet) => {
      // Header finding knows every target's column names: the sheet's shape does not depend on the target.
      const prepared = prepareSheet(sheet, 'people');
      return {
        name: sheet.name,
        rowCount: sheet.rows.length,
        headerRowNumber: prepared ? prepared.header.index + 1 : null,
        dataRowCount: prepared ? prepared.rows.length : 0,
      };
    }),
  };
}

const FILTERS: Record<ImportPreviewInput['filter'], (p: RowPlan) => boolean> = {
  all: () => true,
  errors: (p) => p.outcome === 'error',
  warnings: (p) => p.warnings.length > 0 && p.outcome !== 'userSkip',
  duplicates: (p) => p.duplicateInFile || p.existing !== null || p.existingRecordId !== null,
};

function previewRow(plan: RowPlan): ImportPreviewRow {
  return {
    rowNumber: plan.parsed.rowNumber,
    outcome: plan.outcome,
    values: plan.parsed.values,
    converted: plan.converted,
    errors: plan.errors,
    warnings: plan.warnings,
    existingPersonId: plan.existing?.id ?? null,
    duplicateInFile: plan.duplicateInFile,
    targetValues: plan.targetValues,
    personAction: plan.personAction,
    existingRecordId: plan.existingRecordId,
  };
}

/** Every row's plan: the person's part, then the target's (whose context is loaded fresh: a campaign may have closed). */
function planRows(ctx: ApiContext, analysis: PeopleAnalysis, input: ImportPreviewInput | ImportCommitInput) {
  const target = loadTarget(ctx, input.target, { campaignId: input.campaignId });
  const plans = planPeople(ctx, analysis.rows, input.duplicateMode, input.skipRows, target !== null);
  if (target) planTarget(ctx, plans, analysis, target);
  return { plans, target };
}

export async function previewImport(ctx: ApiContext, input: ImportPreviewInput): Promise<ImportPreview> {
  const session = await sessionFor(input);
  const analysis = analysePeople(ctx, session, input);
  const { plans } = planRows(ctx, analysis, input);
  const listed = plans.filter(FILTERS[input.filter]);
  const start = (input.page - 1) * input.pageSize;
  return {
    token: session.token,
    target: input.target,
    sheet: analysis.sheet,
    headerRowNumber: analysis.headerRowNumber,
    layoutKey: analysis.layoutKey,
    mappingSource: analysis.mappingSource,
    columns: analysis.columns,
    mappingProblems: analysis.mappingProblems,
    summary: summarise(plans),
    errorRows: plans.filter((p) => p.outcome === 'error').map((p) => p.parsed.rowNumber),
    page: input.page,
    pageSize: input.pageSize,
    total: listed.length,
    rows: listed.slice(start, start + input.pageSize).map(previewRow),
  };
}

const MAX_ROWS_LISTED = 10;

/**
 * New people are written through the repository, as `createPerson` does but
 * with its database checks done once for the whole file: the locality must
 * still be in use (it may have been retired since the preview), and the citizen
 * IDs were checked against the register by the plan, in this same transaction's
 * tick. Each insert gets the same audit entry as one made in the form. (Calling
 * `createPerson` 20,000 times costs a savepoint and several lookups per row.)
 */
function rowWriter(ctx: ApiContext) {
  const today = localIsoDate(ctx.now());
  const live = new Set(listLocalities(ctx.db, today, false).map((l) => l.id));
  const at = timestamp(ctx.now());
  return {
    create(values: PersonCreateInput): string {
      if (values.localityId && !live.has(values.localityId))
        throw ApiError.fields({ localityId: vi.errors.LOCALITY_RETIRED });
      const id = insertPerson(ctx.db, values, at);
      const after = findPerson(ctx.db, id, today);
      writeAudit(ctx.db, {
        actor: ctx.actor,
        at: ctx.now(),
        entity: 'person',
        entityId: id,
        action: 'create',
        before: null,
        after,
      });
      return id;
    },
  };
}

function fieldMessage(error: unknown): string {
  if (error instanceof ApiError) return error.fieldErrors ? Object.values(error.fieldErrors).join(' ') : error.message;
  throw error;
}

export async function commitImport(ctx: ApiContext, input: ImportCommitInput): Promise<ImportCommitResult> {
  const session = await sessionFor(input);
  const analysis = analysePeople(ctx, session, input);
  if (analysis.mappingProblems.length > 0) throw ApiError.fields({ mapping: analysis.mappingProblems.join(' ') });
  const { plans, target } = planRows(ctx, analysis, input);
  const failing = plans.filter((p) => p.outcome === 'error').map((p) => p.parsed.rowNumber);
  if (failing.length > 0) {
    const rows = failing.slice(0, MAX_ROWS_LISTED).join(', ') + (failing.length > MAX_ROWS_LISTED ? '…' : '');
    throw ApiError.of('IMPORT_HAS_ERRORS', { count: failing.length, rows });
  }
  const counts = { created: 0, updated: 0, skipped: 0, peopleCreated: 0, peopleUpdated: 0 };
  const batchId = inTransaction(ctx, () => {
    const write = rowWriter(ctx);
    const written: WrittenRow[] = [];
    for (const plan of plans) {
      const row = { excelRow: plan.parsed.rowNumber, label: plan.parsed.values.fullName };
      try {
        let personId = plan.existing?.id ?? null;
        if (plan.personAction === 'create') {
          personId = write.create(plan.write!);
          written.push({ ...row, table: 'people', id: personId, action: 'create' });
        } else if (plan.personAction === 'update') {
          // Read again inside the transaction: the version the update is checked against.
          const current = getPerson(ctx, plan.existing!.id);
          updatePerson(ctx, { ...plan.write!, id: current.id, version: current.version });
          written.push({ ...row, table: 'people', id: current.id, action: 'update', before: current });
        }
        if (plan.targetInput !== null) {
          const recordId = target!.write(personId!, plan.targetInput);
          written.push({ ...row, table: target!.table, id: recordId, action: 'create' });
        }
        counts[plan.outcome === 'create' ? 'created' : plan.outcome === 'update' ? 'updated' : 'skipped'] += 1;
        if (plan.personAction === 'create') counts.peopleCreated += 1;
        if (plan.personAction === 'update') counts.peopleUpdated += 1;
      } catch (error) {
        // Thrown out of the transaction: everything written so far is rolled back.
        throw ApiError.of('IMPORT_ROW_FAILED', { row: plan.parsed.rowNumber, message: fieldMessage(error) });
      }
    }
    const mapping = Object.fromEntries(analysis.columns.map((c) => [String(c.column), c.field]));
    const remembered = { mapping, encodings: analysis.encodingOverrides };
    saveMapping(ctx.db, input.target, analysis.layoutKey, remembered, timestamp(ctx.now()));
    const meta = { target: input.target, fileName: session.fileName, sheet: analysis.sheet, counts };
    return recordBatch(ctx, meta, written);
  });
  closeSession(session.token);
  ctx.log.info(`import.${input.target}.committed`, { ...counts, rows: plans.length });
  const today = localIsoDate(ctx.now());
  return { ...counts, batchId, report: await importReport(session.fileName, today, plans, counts) };
}
