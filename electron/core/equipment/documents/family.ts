import { listText, peopleListText } from '../../docs/list-text';
import type { DocumentFamily } from '../../documents/family';
import { preparedTableDocument } from '../../documents/table-family';
import { format, vi } from '../../messages/vi';
import { ownedAsOf } from '../repository';
import { equipmentDocumentKinds, type EquipmentDocumentKind } from './kinds';
import { stockListContent } from './stock-list';
import { equipmentSnapshot, equipmentVocabulary } from './vocabulary';

/** The stock list of the militia's weapons and equipment as of the document's date (a list: DS series). */
export const equipmentDocuments: DocumentFamily<EquipmentDocumentKind> = {
  kinds: equipmentDocumentKinds,
  typeCode: () => listText.listTypeCode,
  vocabulary: equipmentVocabulary,
  prepare(ctx, kind, request) {
    const { date } = request;
    const rows = ownedAsOf(ctx.db, date);
    const content = stockListContent({ rows, asOf: date });
    const year = Number(date.slice(0, 4));
    return preparedTableDocument(request, {
      content,
      count: rows.length,
      title: format(vi.documents.fileNames[kind], { year }),
      typeCode: listText.listTypeCode,
      orientation: 'portrait',
      recipients: peopleListText,
      snapshot: equipmentSnapshot(content, { count: rows.length, year }),
    });
  },
};
