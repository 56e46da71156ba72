import type { Paragraph } from 'docx';
import { signatureFromSigner } from '../docs/official-closing';
import type { TableContent } from '../docs/table-content';
import { buildTableDocument, type Recipients } from '../docs/table-document';
import { tableContentXlsx } from '../docs/xlsx-tables';
import type { Orientation } from '../docs/list-page';
import type { DocumentRequest, PreparedDocument } from './family';
import type { DocumentSnapshot } from './generate-schema';

/** One table document (a roster, a list, a one-table report) as the families describe it. */
export interface TableDocumentSpec {
  content: TableContent;
  count: number;
  /** Nothing to print (default: nobody in it). */
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
    empty: spec.empty ?? spec.count === 0,
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
