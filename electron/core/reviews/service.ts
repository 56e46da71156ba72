import type { z } from 'zod';
import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { writeAudit } from '../db/audit';
import { newId, timestamp } from '../db/records';
import { vi } from '../messages/vi';
import { inTransaction } from '../kernel/transaction';
import { reviewSectionKeys } from './constants';
import { draftSections } from './draft';
import { reviewFigures } from './figures';
import { periodRange, periodTitle, type ReviewPeriod } from './period';
import { nextPlans } from './plans';
import type {
  ReviewFigures,
  ReviewRedraft,
  ReviewReportDetail,
  ReviewReportPage,
  ReviewReportRow,
  ReviewSectionDef,
  ReviewSections,
  ReviewVersionRow,
} from './public-types';
import * as repo from './repository';
import type { reviewCreateInput, reviewListInput, reviewSaveInput } from './schema';

export function listReports(ctx: ApiContext, input: z.output<typeof reviewListInput>): ReviewReportPage {
  const { rows, total } = repo.listReports(ctx.db, input);
  return { rows, total, page: input.page, pageSize: input.pageSize };
}

/** The section headings and parts in the report's order. */
export function sectionDefs(): ReviewSectionDef[] {
  return reviewSectionKeys.map((key) => ({
    key,
    heading: vi.reviews.sections[key],
    part: key === 'tasks' ? 'tasks' : key === 'proposals' ? 'proposals' : 'results',
  }));
}

export function periodOf(report: ReviewReportRow): ReviewPeriod {
  return report.periodKind === 'custom'
    ? periodRange('custom', report.year, report.from, report.to)
    : periodRange(report.periodKind, report.year);
}

/** Draft text for every section from the figures computed now. */
export function draftFor(ctx: ApiContext, period: ReviewPeriod): ReviewRedraft {
  const figures = reviewFigures(ctx, period);
  return { figures, sections: draftSections(figures, period, nextPlans(ctx, period)) };
}

/** A new report for a period; its version 1 holds the draft sections and the figures of now. */
export function createReport(ctx: ApiContext, input: z.output<typeof reviewCreateInput>): ReviewReportDetail {
  const period = periodRange(input.periodKind, input.year, input.from, input.to);
  const id = newId();
  inTransaction(ctx, () => {
    const at = timestamp(ctx.now());
    const { figures, sections } = draftFor(ctx, period);
    repo.insertReport(
      ctx.db,
      { id, kind: period.kind, from: period.from, to: period.to, title: periodTitle(period) },
      at,
    );
    storeVersion(ctx, id, 1, sections, figures, at);
    audit(ctx, id, 'create', null, 1, sections);
  });
  return getReport(ctx, { id });
}

export function getReport(ctx: ApiContext, input: { id: string; versionNo?: number }): ReviewReportDetail {
  const report = mustFind(ctx, input.id);
  const stored = repo.findVersion(ctx.db, report.id, input.versionNo ?? report.currentVersion);
  if (!stored) throw ApiError.of('NOT_FOUND');
  return {
    report,
    versionNo: stored.versionNo,
    savedAt: stored.savedAt,
    savedBy: stored.savedBy,
    sections: parseSections(stored.sectionsJson),
    savedFigures: JSON.parse(stored.figuresJson) as ReviewFigures,
    figures: reviewFigures(ctx, periodOf(report)),
    sectionDefs: sectionDefs(),
  };
}

/**
 * Saves the sections as a new version (earlier versions stay as they were); a section left out
 * keeps the previous version's text. The figures computed now are saved with it.
 */
export function saveReport(ctx: ApiContext, input: z.output<typeof reviewSaveInput>): ReviewReportDetail {
  inTransaction(ctx, () => {
    const report = mustFind(ctx, input.id);
    if (report.version !== input.version) throw ApiError.of('CONFLICT_VERSION');
    const previous = repo.findVersion(ctx.db, report.id, report.currentVersion);
    const before = previous ? parseSections(previous.sectionsJson) : emptySections();
    const sections = { ...before };
    for (const key of reviewSectionKeys) {
      const text = input.sections[key];
      if (text !== undefined) sections[key] = text;
    }
    const at = timestamp(ctx.now());
    const versionNo = report.currentVersion + 1;
    storeVersion(ctx, report.id, versionNo, sections, reviewFigures(ctx, periodOf(report)), at);
    if (!repo.bumpReport(ctx.db, report.id, input.version, versionNo, at)) throw ApiError.of('CONFLICT_VERSION');
    audit(ctx, report.id, 'update', { versionNo: report.currentVersion, sections: before }, versionNo, sections);
  });
  return getReport(ctx, { id: input.id });
}

export function listVersions(ctx: ApiContext, input: { id: string }): ReviewVersionRow[] {
  mustFind(ctx, input.id);
  return repo.listVersions(ctx.db, input.id);
}

export function redraftReport(ctx: ApiContext, input: { id: string }): ReviewRedraft {
  return draftFor(ctx, periodOf(mustFind(ctx, input.id)));
}

export function mustFind(ctx: ApiContext, id: string): ReviewReportRow {
  const report = repo.findReport(ctx.db, id);
  if (!report) throw ApiError.of('NOT_FOUND');
  return report;
}

function storeVersion(
  ctx: ApiContext,
  reportId: string,
  versionNo: number,
  sections: ReviewSections,
  figures: ReviewFigures,
  at: string,
): void {
  repo.insertVersion(
    ctx.db,
    {
      id: newId(),
      reportId,
      versionNo,
      sectionsJson: JSON.stringify(sections),
      figuresJson: JSON.stringify(figures),
      savedBy: ctx.actor,
    },
    at,
  );
}

function emptySections(): ReviewSections {
  return Object.fromEntries(reviewSectionKeys.map((k) => [k, ''])) as ReviewSections;
}

/** Every known key present (a key missing from an older save reads as ''). */
export function parseSections(json: string): ReviewSections {
  const stored = JSON.parse(json) as Partial<Record<string, unknown>>;
  const sections = emptySections();
  for (const key of reviewSectionKeys) if (typeof stored[key] === 'string') sections[key] = stored[key];
  return sections;
}

function audit(
  ctx: ApiContext,
  id: string,
  action: 'create' | 'update',
  before: unknown,
  versionNo: number,
  sections: ReviewSections,
): void {
  writeAudit(ctx.db, {
    actor: ctx.actor,
    at: ctx.now(),
    entity: 'review_report',
    entityId: id,
    action,
    before,
    after: { report: repo.findReport(ctx.db, id), versionNo, sections },
  });
}
