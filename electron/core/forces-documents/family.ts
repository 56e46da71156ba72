import type { ApiContext } from '../kernel/context';
import { ApiError } from '../kernel/errors';
import { fill } from '../shared/text-template';
import { nameInText } from '../docs/name-in-text';
import { bodyParagraph } from '../docs/official-blocks';
import type { DocumentFamily } from '../documents/family';
import { preparedTableDocument } from '../documents/table-family';
import type { GenerateInput } from '../documents/generate-schema';
import { forcesSnapshot, forcesVocabulary } from '../documents/templates/vocabulary/forces';
import { format, vi } from '../messages/vi';
import { formatDisplayDate, type IsoDate } from '../shared/dates';
import { forcesDocumentKinds, type ForcesDocumentKind } from './kinds';
import {
  activeMembers,
  chooseUnits,
  localityExists,
  localityNameOf,
  localityWithChildren,
  militiaUnitsInTreeOrder,
  termEndingMembers,
} from './militia-data';
import { militiaRosterContent, termEndingContent, unitPath } from './militia-lists';
import { assignedReservists, reserveSlots, reserveUnitTree, reservistsByGrade } from './reserves-data';
import { assignmentListContent, reservesRosterContent } from './reserves-lists';
import { strengthByArea } from './summary-data';
import { strengthSummaryContent, strengthTotals } from './strength-summary';
import { countCells, type TableContent } from '../docs/table-content';
import { forcesText } from './text';

interface Prepared {
  content: TableContent;
  /** How many people the document holds. */
  count: number;
  orientation: 'portrait' | 'landscape';
  /** A report (the summary) rather than a list: "BÁO CÁO", an opening and a closing sentence. */
  report?: boolean;
}

/** The units (and their scope line) a militia list covers, checking the ids it was given. */
function militiaScope(ctx: ApiContext, input: GenerateInput, asOf: IsoDate) {
  const all = militiaUnitsInTreeOrder(ctx.db);
  if (input.unitId) {
    const units = chooseUnits(all, { unitId: input.unitId }, []);
    const [unit] = units;
    if (!unit) throw ApiError.fields({ unitId: vi.errors.NOT_FOUND });
    const byId = new Map(all.map((u) => [u.id, u]));
    return { all, units, scope: fill(forcesText.scopeUnit, { name: unitPath(unit, byId) }) };
  }
  if (input.localityId) {
    if (!localityExists(ctx.db, input.localityId)) throw ApiError.fields({ localityId: vi.errors.NOT_FOUND });
    const units = chooseUnits(all, { localityId: input.localityId }, localityWithChildren(ctx.db, input.localityId));
    return {
      all,
      units,
      scope: fill(forcesText.scopeLocality, { name: localityNameOf(ctx.db, input.localityId, asOf) ?? '' }),
    };
  }
  return { all, units: all, scope: undefined };
}

function prepare(ctx: ApiContext, kind: ForcesDocumentKind, input: GenerateInput, date: IsoDate): Prepared {
  switch (kind) {
    case 'militia.roster': {
      const { all, units, scope } = militiaScope(ctx, input, date);
      const members = activeMembers(
        ctx.db,
        units.map((u) => u.id),
        date,
      );
      const content = militiaRosterContent({ units, allUnits: all, members, asOf: date, scope });
      return { content, count: members.length, orientation: 'landscape' };
    }
    case 'militia.termEnding': {
      const year = input.year ?? Number(date.slice(0, 4));
      const { all, units, scope } = militiaScope(ctx, input, date);
      const members = termEndingMembers(
        ctx.db,
        units.map((u) => u.id),
        year,
        date,
      );
      const content = termEndingContent({ units, allUnits: all, members, year, scope });
      return { content, count: members.length, orientation: 'landscape' };
    }
    case 'reserves.roster': {
      if (input.localityId && !localityExists(ctx.db, input.localityId)) {
        throw ApiError.fields({ localityId: vi.errors.NOT_FOUND });
      }
      const localities = input.localityId ? localityWithChildren(ctx.db, input.localityId) : null;
      const reservists = reservistsByGrade(ctx.db, date, localities);
      return {
        content: reservesRosterContent({ reservists, asOf: date }),
        count: reservists.length,
        orientation: 'landscape',
      };
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
      return { content, count: assigned.length, orientation: 'landscape' };
    }
    case 'forces.strengthSummary': {
      const rows = strengthByArea(ctx, date);
      const totals = strengthTotals(rows);
      return {
        content: strengthSummaryContent({ rows, asOf: date }),
        count: totals.militia + totals.grade1 + totals.grade2,
        orientation: 'portrait',
        report: true,
      };
    }
  }
}

/** The forces documents: militia rosters and term endings, reservist lists, the strength summary. */
export const forcesDocuments: DocumentFamily<ForcesDocumentKind> = {
  kinds: forcesDocumentKinds,
  typeCode: (kind) => (kind === 'forces.strengthSummary' ? forcesText.reportTypeCode : forcesText.listTypeCode),
  vocabulary: forcesVocabulary,
  prepare(ctx, kind, request) {
    const { input, office, date } = request;
    const prepared = prepare(ctx, kind, input, date);
    const year = Number(date.slice(0, 4));
    const fileYear = kind === 'militia.termEnding' ? (input.year ?? year) : year;
    const officeInText = nameInText(office.name);
    const report = prepared.report;
    return preparedTableDocument(request, {
      content: prepared.content,
      count: prepared.count,
      empty: prepared.count === 0 || countCells(prepared.content.table) === 0,
      title: format(vi.documents.fileNames[kind], { year: fileYear }),
      typeCode: forcesDocuments.typeCode(kind)!,
      orientation: prepared.orientation,
      recipients: forcesText,
      snapshot: forcesSnapshot(kind, prepared.content, {
        count: prepared.count,
        year: fileYear,
        subject: report ? forcesText.summarySubject : undefined,
      }),
      heading: report ? { title: forcesText.summaryTitle, subject: forcesText.summarySubject, notes: [] } : undefined,
      // One page: the totals row carries the figures, so the text is only the opening and closing.
      before: report
        ? [bodyParagraph(fill(forcesText.summaryOpening, { office: officeInText, date: formatDisplayDate(date) }))]
        : undefined,
      after: report
        ? [bodyParagraph(fill(forcesText.summaryClosing, { office: officeInText }), { keepNext: true })]
        : undefined,
    });
  },
};
