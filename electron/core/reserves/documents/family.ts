import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { listText } from '../../docs/list-text';
import type { DocumentFamily } from '../../documents/family';
import { preparedPeopleList } from '../../documents/table-family';
import type { GenerateInput } from '../../documents/generate-schema';
import { localityExists, localityWithChildren } from '../../localities';
import { vi } from '../../messages/vi';
import { type IsoDate } from '../../shared/dates';
import { type TableContent } from '../../docs/table-content';
import { reservesDocumentKinds, type ReservesDocumentKind } from './kinds';
import { assignedReservists, reserveSlots, reserveUnitTree, reservistsByGrade } from './reserves-data';
import { assignmentListContent, reservesRosterContent } from './reserves-lists';
import { reservesSnapshot, reservesVocabulary } from './vocabulary';

function prepare(
  ctx: ApiContext,
  kind: ReservesDocumentKind,
  input: GenerateInput,
  date: IsoDate,
): { content: TableContent; count: number } {
  switch (kind) {
    case 'reserves.roster': {
      if (input.localityId && !localityExists(ctx.db, input.localityId)) {
        throw ApiError.fields({ localityId: vi.errors.NOT_FOUND });
      }
      const localities = input.localityId ? localityWithChildren(ctx.db, input.localityId) : null;
      const reservists = reservistsByGrade(ctx.db, date, localities);
      return { content: reservesRosterContent({ reservists, asOf: date }), count: reservists.length };
    }
    case 'reserves.assignmentList': {
      if (!input.unitId) throw ApiError.fields({ unitId: vi.field.required });
      const units = reserveUnitTree(ctx.db, input.unitId);
      if (units.length === 0) throw ApiError.fields({ unitId: vi.errors.NOT_FOUND });
      const slots = reserveSlots(
        ctx.db,
        units.map((u) => u.id),
      );
      const assigned = assignedReservists(
        ctx.db,
        slots.map((s) => s.id),
        date,
      );
      const content = assignmentListContent({ units, slots, assigned, asOf: date });
      return { content, count: assigned.length };
    }
  }
}

/** The reservist documents: the roster by grade and specialty, the assignment list of a reserve unit. */
export const reservesDocuments: DocumentFamily<ReservesDocumentKind> = {
  kinds: reservesDocumentKinds,
  typeCode: () => listText.listTypeCode,
  vocabulary: reservesVocabulary,
  prepare(ctx, kind, request) {
    const { input, date } = request;
    const year = Number(date.slice(0, 4));
    const { content, count } = prepare(ctx, kind, input, date);
    return preparedPeopleList(request, kind, {
      content,
      count,
      year,
      snapshot: reservesSnapshot(kind, content, { count, year }),
    });
  },
};
