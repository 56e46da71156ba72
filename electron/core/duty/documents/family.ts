import { ApiError } from '../../kernel/errors';
import type { DocumentFamily } from '../../documents/family';
import { preparedTableDocument } from '../../documents/table-family';
import { format, vi } from '../../messages/vi';
import type { IsoDate } from '../../shared/dates';
import { shiftsStarting } from './data';
import { dutyDocumentKinds, type DutyDocumentKind } from './kinds';
import { dutyRosterContent } from './month-roster';
import { dutyText } from './text';
import { dutySnapshot, dutyVocabulary } from './vocabulary';

/** The readiness duty documents: the month's roster (LỊCH TRỰC SẴN SÀNG CHIẾN ĐẤU), also as .xlsx. */
export const dutyDocuments: DocumentFamily<DutyDocumentKind> = {
  kinds: dutyDocumentKinds,
  typeCode: () => dutyText.rosterTypeCode,
  vocabulary: dutyVocabulary,
  prepare(ctx, kind, request) {
    const { input } = request;
    if (input.year === undefined) throw ApiError.fields({ year: vi.field.required });
    if (input.month === undefined) throw ApiError.fields({ month: vi.field.required });
    const { year, month } = input;
    const from: IsoDate = `${year}-${String(month).padStart(2, '0')}-01`;
    const to: IsoDate = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    const shifts = shiftsStarting(ctx.db, from, to);
    if (shifts.length === 0) throw new ApiError('DOCUMENT_EMPTY', vi.errors.DOCUMENT_EMPTY);
    const { content, people } = dutyRosterContent({ year, month, shifts });
    return preparedTableDocument(request, {
      content,
      count: people,
      // An empty month is refused while reading.
      empty: false,
      title: format(vi.documents.fileNames[kind], { year, month: String(month).padStart(2, '0') }),
      typeCode: dutyText.rosterTypeCode,
      orientation: 'landscape',
      recipients: dutyText,
      // The title says it all: no subject line under it.
      snapshot: dutySnapshot(content, { trich_yeu: '', tong_so: people, thang: month, nam: year }),
    });
  },
};
