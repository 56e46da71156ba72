import type { TableContent } from '../../docs/table-content';
import type { DocumentSnapshot, SnapshotValue } from '../../documents/generate-schema';
import {
  contentSnapshot,
  reportTableVocabulary,
  type ReportTableTags,
} from '../../documents/templates/vocabulary/table-content';
import type { KindVocabulary } from '../../documents/templates/vocabulary/types';
import type { DutyDocumentKind } from './kinds';

/** Column names in the built-in table's order (month-roster.ts). */
const ROSTER: ReportTableTags = {
  table: 'lich_truc',
  columns: ['ngay_truc', 'thu', 'gio_truc', 'chi_huy', 'truc_ban', 'thanh_vien'],
  fields: ['thang', 'nam'],
};

export const dutyVocabulary: Record<DutyDocumentKind, KindVocabulary> = {
  'duty.monthRoster': reportTableVocabulary(ROSTER),
};

export function dutySnapshot(content: TableContent, fields: Record<string, SnapshotValue>): DocumentSnapshot {
  return contentSnapshot(content, ROSTER.table, ROSTER.columns, fields);
}
