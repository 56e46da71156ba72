import type { Paragraph } from 'docx';
import { signatureFromSigner } from '../docs/official-closing';
import { countCells, type TableContent } from '../docs/table-content';
import { listText, peopleListText } from '../docs/list-text';
import { format, vi } from '../messages/vi';
import { buildTableDocument, type Recipients } from '../docs/table-document';
import { tableContentXlsx } from '../docs/xlsx-tables';
import type { Orientation } from '../docs/list-page';
import type { DocumentRequest, PreparedDocument } from './family';
import type { DocumentKind, DocumentSnapshot } from './generate-schema';

/** One table document (a roster, a list, a one-table report) as the families describe it. */
export interface TableDocumentSpec {
  content: TableContent;
  count: number;
  /** Nothing to print (default: nobody counted, or no row of cells in the table). */
  empty?: boolean;
  /** The file's name without extension. */
  title: string;
  typeCode: string;
  orientation: Orientation;
  recipients: Recipients;
  snapshot: DocumentSnapshot;
  /** Printed instead of the content's title ("BÁO CÁO"), with the subject line under it. */
  heading?: { title?: string; subject?: string; notes?: readonly string[] };
  /** A report's opening and closing paragraphs around the table. */
  before?: readonly Paragraph[];
  after?: readonly Paragraph[];
  /** The .xlsx working copy: its sheet title (default: the content's), or false when the kind offers none. */
  xlsx?: { title?: string } | false;
}

/** A table document ready for the pipeline: the Decree 30 page from the content, and the same table as .xlsx. */
export function preparedTableDocument(
  { signer, office, date }: DocumentRequest,
  spec: TableDocumentSpec,
): PreparedDocument {
  const xlsx = spec.xlsx ?? {};
  return {
    count: spec.count,
    empty: spec.empty ?? (spec.count === 0 || countCells(spec.content.table) === 0),
    title: spec.title,
    snapshot: spec.snapshot,
    xlsx: xlsx ? () => tableContentXlsx({ ...spec.content, title: xlsx.title ?? spec.content.title }) : undefined,
    docx: (number) =>
      buildTableDocument({
        ...spec.content,
        ...spec.heading,
        orientation: spec.orientation,
        office,
        number,
        typeCode: spec.typeCode,
        date,
        signature: signatureFromSigner(signer),
        recipients: spec.recipients,
        before: spec.before,
        after: spec.after,
      }),
  };
}

/**
 * A list of the forces' people (the militia's and the reservists' rosters and lists): landscape,
 * numbered in the lists' series (DS), sent where the lists go, named after its kind and year.
 */
export function preparedPeopleList(
  request: DocumentRequest,
  kind: DocumentKind,
  list: { content: TableContent; count: number; year: number; snapshot: DocumentSnapshot },
): PreparedDocument {
  return preparedTableDocument(request, {
    content: list.content,
    count: list.count,
    title: format(vi.documents.fileNames[kind], { year: list.year }),
    typeCode: listText.listTypeCode,
    orientation: 'landscape',
    recipients: peopleListText,
    snapshot: list.snapshot,
  });
}
