import { fill } from '../../../vocabulary/text';
import { nameInText } from '../docs/name-in-text';
import { bodyParagraph } from '../docs/official-blocks';
import { peopleListText } from '../docs/list-text';
import type { DocumentFamily } from '../documents/family';
import { preparedTableDocument } from '../documents/table-family';
import { format, vi } from '../messages/vi';
import { formatDisplayDate } from '../shared/dates';
import { forcesSummaryDocumentKinds, type ForcesSummaryDocumentKind } from './kinds';
import { strengthByArea } from './summary-data';
import { strengthSummaryContent, strengthTotals } from './strength-summary';
import { summaryText } from './text';
import { forcesSummarySnapshot, forcesSummaryVocabulary } from './vocabulary';

/**
 * The strength summary: militia and reservists per ward/commune, one report over both forces (it
 * reads their tables itself, see summary-data.ts).
 */
export const forcesSummaryDocuments: DocumentFamily<ForcesSummaryDocumentKind> = {
  kinds: forcesSummaryDocumentKinds,
  typeCode: () => summaryText.reportTypeCode,
  vocabulary: forcesSummaryVocabulary,
  prepare(ctx, kind, request) {
    const { office, date } = request;
    const rows = strengthByArea(ctx, date);
    const totals = strengthTotals(rows);
    const content = strengthSummaryContent({ rows, asOf: date });
    const count = totals.militia + totals.grade1 + totals.grade2;
    const year = Number(date.slice(0, 4));
    const officeInText = nameInText(office.name);
    return preparedTableDocument(request, {
      content,
      count,
      title: format(vi.documents.fileNames[kind], { year }),
      typeCode: summaryText.reportTypeCode,
      orientation: 'portrait',
      recipients: peopleListText,
      snapshot: forcesSummarySnapshot(content, { count, year, subject: summaryText.summarySubject }),
      heading: { title: summaryText.summaryTitle, subject: summaryText.summarySubject, notes: [] },
      // One page: the totals row carries the figures, so the text is only the opening and closing.
      before: [
        bodyParagraph(fill(summaryText.summaryOpening, { office: officeInText, date: formatDisplayDate(date) })),
      ],
      after: [bodyParagraph(fill(summaryText.summaryClosing, { office: officeInText }), { keepNext: true })],
    });
  },
};
