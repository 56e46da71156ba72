import type { Paragraph, Table } from 'docx';
import { ApiError } from '../kernel/errors';
import { fill } from '../../../vocabulary/text';
import { nameInText } from '../docs/name-in-text';
import { balancedLines } from '../docs/text-width';
import {
  bodyParagraph,
  buildOfficialDocument,
  dataTable,
  headingParagraph,
  signatureFromSigner,
  TEXT_WIDTH,
} from '../docs/official-format';
import type { DocumentFamily } from '../documents/family';
import { format, vi } from '../messages/vi';
import { nextPeriodTitle, periodTitle, type ReviewPeriod } from './period';
import type { ReviewFigures, ReviewSections } from './public-types';
import { reportDocumentDate } from './meeting-service';
import { reviewRecipients } from './recipients';
import { getReport, periodOf, sectionDefs } from './service';
import { reviewSnapshot, reviewVocabulary } from './template-vocabulary';

const t = () => vi.reviews.document;

/** "Kết quả … 6 tháng đầu năm 2023;\nphương hướng, nhiệm vụ 6 tháng cuối năm 2023". */
export function reviewSummary(period: ReviewPeriod): { summary: string; title: string; next: string } {
  const title = periodTitle(period);
  const next = period.kind === 'custom' ? t().nextCustom : nextPeriodTitle(period);
  return { title, next, summary: fill(t().summary, { period: title, next }) };
}

/** A section's text as paragraphs: one per non-empty line. */
function paragraphs(text: string): Paragraph[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => bodyParagraph(line));
}

/**
 * The figures table; an annual report (whose figures carry the year before's value) gets a column
 * "Năm trước" beside "Kết quả", so the comparison is printed and not only drafted.
 */
function figuresTable(figures: ReviewFigures): Table {
  const c = t().columns;
  const compared = figures.groups.some((g) => g.figures.some((f) => f.previousDisplay !== undefined));
  const rows = figures.groups.flatMap((g) =>
    g.figures.map((f, i) => {
      const row = [i === 0 ? g.label : '', f.label, f.display];
      return compared ? [...row, f.previousDisplay ?? ''] : row;
    }),
  );
  return dataTable(
    [
      { header: c.group, weight: 3 },
      { header: c.label, weight: compared ? 4 : 5 },
      { header: c.value, weight: 2, align: 'center' },
      ...(compared ? [{ header: c.previous, weight: 2, align: 'center' as const }] : []),
    ],
    rows,
  );
}

/** Part I (results with the figures table), Part II (tasks), Part III (proposals), then the closing sentence. */
function body(
  sections: ReviewSections,
  figures: ReviewFigures,
  names: { title: string; next: string; office: string },
) {
  const defs = sectionDefs();
  const results = defs.filter((d) => d.part === 'results');
  const out: (Paragraph | Table)[] = [headingParagraph(`${t().partResults} ${names.title.toLocaleUpperCase('vi')}`)];
  results.forEach((d, i) => {
    out.push(headingParagraph(fill(t().numbered, { n: i + 1, heading: d.heading })));
    out.push(...paragraphs(sections[d.key]));
  });
  if (figures.groups.some((g) => g.figures.length > 0)) {
    out.push(headingParagraph(fill(t().figuresHeading, { n: results.length + 1 })));
    out.push(figuresTable(figures));
  }
  out.push(headingParagraph(fill(t().partTasks, { next: names.next.toLocaleUpperCase('vi') })));
  out.push(...paragraphs(sections.tasks));
  out.push(headingParagraph(t().partProposals));
  out.push(...paragraphs(sections.proposals));
  out.push(bodyParagraph(fill(t().closing, { period: names.title, office: names.office }), { keepNext: true }));
  return out;
}

/**
 * The review report (kind 'review.report') as .docx, from the report's last saved version (its text
 * and the figures saved with it), in the Decree 30 format, numbered in the year's "BC" series.
 */
export const reviewDocuments: DocumentFamily<'review.report'> = {
  kinds: ['review.report'],
  typeCode: () => t().typeCode,
  vocabulary: { 'review.report': reviewVocabulary },
  /** Undated, the report takes the day of its review meeting, else the period's last day (not today). */
  defaultDate: (ctx, _kind, input) => (input.reviewReportId ? reportDocumentDate(ctx, input.reviewReportId) : null),
  prepare(ctx, kind, { input, office, signer, date }) {
    if (!input.reviewReportId) throw ApiError.fields({ reviewReportId: vi.field.required });
    if (input.format !== 'docx') throw ApiError.fields({ format: vi.field.invalid });
    const detail = getReport(ctx, { id: input.reviewReportId });
    const period = periodOf(detail.report);
    const names = reviewSummary(period);
    const handed = detail.savedFigures.groups
      .filter((g) => g.key === 'conscription')
      .reduce((sum, g) => sum + (g.figures.find((f) => f.key.endsWith('.handedOver'))?.value ?? 0), 0);
    return {
      count: handed,
      empty: false,
      title: format(vi.documents.fileNames[kind], { period: names.title }),
      snapshot: reviewSnapshot({
        title: names.title,
        nextTitle: names.next,
        summary: names.summary,
        from: detail.report.from,
        to: detail.report.to,
        versionNo: detail.versionNo,
        sections: detail.sections,
        figures: detail.savedFigures,
      }),
      docx: (number) =>
        buildOfficialDocument({
          office,
          number,
          typeCode: t().typeCode,
          date,
          title: t().title,
          // Each part of the summary split evenly when too long, not with a word stranded on its own line.
          summary: names.summary
            .split('\n')
            .flatMap((part) => balancedLines(part, 14, true, TEXT_WIDTH))
            .join('\n'),
          body: body(detail.sections, detail.savedFigures, { ...names, office: nameInText(office.name) }),
          recipients: reviewRecipients(ctx, office, date),
          archive: t().archive,
          signature: signatureFromSigner(signer),
        }),
    };
  },
};
