import type { ApiContext } from '../../kernel/context';
import { ApiError } from '../../kernel/errors';
import { fill } from '../../../../vocabulary/text';
import { listText, peopleListText } from '../../docs/list-text';
import type { DocumentFamily } from '../../documents/family';
import { preparedPeopleList } from '../../documents/table-family';
import type { GenerateInput } from '../../documents/generate-schema';
import { localityExists, localityNameOf, localityWithChildren } from '../../localities';
import { vi } from '../../messages/vi';
import { type IsoDate } from '../../shared/dates';
import { type TableContent } from '../../docs/table-content';
import { militiaDocumentKinds, type MilitiaDocumentKind } from './kinds';
import { activeMembers, chooseUnits, militiaUnitsInTreeOrder, termEndingMembers } from './militia-data';
import { militiaRosterContent, termEndingContent, unitPath } from './militia-lists';
import { militiaText } from './text';
import { militiaSnapshot, militiaVocabulary } from './vocabulary';

/** The units (and their scope line) a militia list covers, checking the ids it was given. */
function militiaScope(ctx: ApiContext, input: GenerateInput, asOf: IsoDate) {
  const all = militiaUnitsInTreeOrder(ctx.db);
  if (input.unitId) {
    const units = chooseUnits(all, { unitId: input.unitId }, []);
    const [unit] = units;
    if (!unit) throw ApiError.fields({ unitId: vi.errors.NOT_FOUND });
    const byId = new Map(all.map((u) => [u.id, u]));
    return { all, units, scope: fill(peopleListText.scopeUnit, { name: unitPath(unit, byId) }) };
  }
  if (input.localityId) {
    if (!localityExists(ctx.db, input.localityId)) throw ApiError.fields({ localityId: vi.errors.NOT_FOUND });
    const units = chooseUnits(all, { localityId: input.localityId }, localityWithChildren(ctx.db, input.localityId));
    return {
      all,
      units,
      scope: fill(militiaText.scopeLocality, { name: localityNameOf(ctx.db, input.localityId, asOf) ?? '' }),
    };
  }
  return { all, units: all, scope: undefined };
}

function prepare(
  ctx: ApiContext,
  kind: MilitiaDocumentKind,
  input: GenerateInput,
  date: IsoDate,
  year: number,
): { content: TableContent; count: number } {
  const { all, units, scope } = militiaScope(ctx, input, date);
  const unitIds = units.map((u) => u.id);
  switch (kind) {
    case 'militia.roster': {
      const members = activeMembers(ctx.db, unitIds, date);
      return {
        content: militiaRosterContent({ units, allUnits: all, members, asOf: date, scope }),
        count: members.length,
      };
    }
    case 'militia.termEnding': {
      const members = termEndingMembers(ctx.db, unitIds, year, date);
      return { content: termEndingContent({ units, allUnits: all, members, year, scope }), count: members.length };
    }
  }
}

/** The militia documents: the roster and the list of those whose term ends in a year. */
export const militiaDocuments: DocumentFamily<MilitiaDocumentKind> = {
  kinds: militiaDocumentKinds,
  typeCode: () => listText.listTypeCode,
  vocabulary: militiaVocabulary,
  prepare(ctx, kind, request) {
    const { input, date } = request;
    // The term-ending list is of the year asked (this year by default); the roster, of the date's.
    const year = kind === 'militia.termEnding' ? (input.year ?? Number(date.slice(0, 4))) : Number(date.slice(0, 4));
    const { content, count } = prepare(ctx, kind, input, date, year);
    return preparedPeopleList(request, kind, {
      content,
      count,
      year,
      snapshot: militiaSnapshot(kind, content, { count, year }),
    });
  },
};
