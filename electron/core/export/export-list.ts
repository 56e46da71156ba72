/**
 * What every `<list>.export` method shares: the list's own query run without paging (up to a hard
 * cap), the office and the day, the file name, and the file as base64 for the renderer to save.
 */
import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { writeAudit } from '../db/audit';
import { newId } from '../db/records';
import { format, vi } from '../messages/vi';
import { findLocality } from '../localities';
import { findProfile } from '../office';
import { localIsoDate } from '../shared/dates';
import { inTransaction } from '../kernel/transaction';
import { listXlsx, type ListColumn } from './list-xlsx';

import { XLSX_MIME } from '../docs/mime';

export { XLSX_MIME };

/**
 * Above this the workbook would take minutes and hundreds of MB; the user filters first. An object
 * (not a const) so tests can lower it instead of inserting 100,000 rows.
 */
export const exportLimits = { maxRows: 100_000 };

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
  count: number;
}

/** The list's query as one page starting at the first row, sized one past the cap to detect overflow. */
export interface Page<R> {
  rows: R[];
}

export interface ListExport<R> {
  /** e.g. "Danh sách dân quân tự vệ" — the title, the sheet's and the file's name. */
  title: string;
  columns: ListColumn<R>[];
  filters: string[];
  /** Runs the screen's query for `pageSize` rows from the first. */
  fetch: (pageSize: number) => Page<R>;
}

export async function exportList<R>(ctx: ApiContext, spec: ListExport<R>): Promise<ExportedFile> {
  const max = exportLimits.maxRows;
  const { rows } = spec.fetch(max + 1);
  if (rows.length > max) throw ApiError.of('EXPORT_TOO_MANY_ROWS', { max: max.toLocaleString('vi-VN') });
  const today = localIsoDate(ctx.now());
  const buffer = await listXlsx({
    title: spec.title,
    office: findProfile(ctx.db)?.name ?? null,
    madeOn: today,
    filters: spec.filters,
    sheetName: spec.title,
    columns: spec.columns,
    rows,
  });
  ctx.log.info('list.exported', { title: spec.title, count: rows.length });
  // A bulk copy of personal data leaving the program: who took which list, filtered how, how many rows.
  inTransaction(ctx, () =>
    writeAudit(ctx.db, {
      actor: ctx.actor,
      at: ctx.now(),
      entity: 'list_export',
      entityId: newId(),
      action: 'export',
      before: null,
      after: { title: spec.title, filters: spec.filters, count: rows.length },
    }),
  );
  return {
    fileName: `${spec.title} ${today}.xlsx`,
    mimeType: XLSX_MIME,
    base64: buffer.toString('base64'),
    count: rows.length,
  };
}

/** Builds the "Lọc theo" words: one entry per filter that is set. */
export class FilterWords {
  readonly words: string[] = [];
  constructor(private readonly ctx: ApiContext) {}

  add(key: keyof typeof vi.import.export.filter, value?: string | number | boolean | null): this {
    if (value === undefined || value === null || value === '' || value === false) return this;
    this.words.push(format(vi.import.export.filter[key], { value: String(value) }));
    return this;
  }

  locality(id: string | undefined): this {
    if (!id) return this;
    return this.add('locality', findLocality(this.ctx.db, id, localIsoDate(this.ctx.now()))?.name ?? id);
  }

  /** A range like ages 18–25; one open end shows as "…". */
  range(key: 'birthYears' | 'ages', from: number | undefined, to: number | undefined): this {
    if (from === undefined && to === undefined) return this;
    this.words.push(format(vi.import.export.filter[key], { from: from ?? '…', to: to ?? '…' }));
    return this;
  }
}
