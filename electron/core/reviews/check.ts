import type { ApiContext } from '../kernel/context';
import { reviewSectionKeys } from './constants';
import type { ReviewCheckFigure, ReviewReportCheck } from './meeting-public-types';
import type { ReviewFigures, ReviewSections } from './public-types';
import * as repo from './repository';
import { draftFor, getReport, parseSections, periodOf } from './service';

/** What the officer has not written yet: the draft's own "…" marks where text is expected. */
const PLACEHOLDER = '…';

/** Line endings and spaces at the ends do not make an edit. */
const normal = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** Every figure by key, with its group's label: "Tuyển quân năm 2023 – Giao quân / chỉ tiêu". */
function flatten(figures: ReviewFigures): Map<string, { label: string; display: string }> {
  const out = new Map<string, { label: string; display: string }>();
  for (const group of figures.groups)
    for (const f of group.figures) out.set(f.key, { label: `${group.label} – ${f.label}`, display: f.display });
  return out;
}

function changedFigures(saved: ReviewFigures, now: ReviewFigures): ReviewCheckFigure[] {
  const before = flatten(saved);
  const after = flatten(now);
  const changed: ReviewCheckFigure[] = [];
  for (const [key, was] of before) {
    const is = after.get(key);
    if (is?.display !== was.display)
      changed.push({ key, label: was.label, saved: was.display, now: is?.display ?? null });
  }
  for (const [key, is] of after)
    if (!before.has(key)) changed.push({ key, label: is.label, saved: null, now: is.display });
  return changed;
}

/**
 * `reviews.report.check`, asked before a download: the sections of the last saved version that are
 * empty, or still the program's draft — the text of version 1 (drafted when the report was
 * created) or of a fresh redraft, or holding "…" — and the figures that changed since that version
 * was saved (the document prints the saved ones).
 */
export function checkReport(ctx: ApiContext, input: { id: string }): ReviewReportCheck {
  const detail = getReport(ctx, { id: input.id });
  const first = repo.findVersion(ctx.db, input.id, 1);
  const drafts: ReviewSections[] = [draftFor(ctx, periodOf(detail.report)).sections];
  if (first) drafts.push(parseSections(first.sectionsJson));
  const heading = (key: (typeof reviewSectionKeys)[number]) => ({
    key,
    heading: detail.sectionDefs.find((d) => d.key === key)?.heading ?? key,
  });
  const check: ReviewReportCheck = { empty: [], unedited: [], changedFigures: [] };
  for (const key of reviewSectionKeys) {
    const text = normal(detail.sections[key]);
    if (text.length === 0) check.empty.push(heading(key));
    else if (text.includes(PLACEHOLDER) || drafts.some((draft) => normal(draft[key]) === text))
      check.unedited.push(heading(key));
  }
  check.changedFigures = changedFigures(detail.savedFigures, detail.figures);
  return check;
}
