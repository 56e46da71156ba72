import type { TableContent } from '../docs/table-content';
import type { DocumentSnapshot } from '../documents/generate-schema';
import { contentSnapshot, peopleListFields, tableVocabulary } from '../documents/templates/vocabulary/table-content';
import type { ForcesSummaryDocumentKind } from './kinds';

/** Column names in the built-in table's order (strength-summary.ts). */
const COLUMNS = [
  'stt',
  'dia_ban',
  'dan_so',
  'dan_quan',
  'ty_le_dan_quan',
  'dang_vien',
  'ty_le_dang_vien',
  'thuong_truc',
  'co_dong',
  'du_bi_hang_1',
  'du_bi_hang_2',
  'du_bi_sap_xep',
] as const;
const TABLE = 'dia_phuong';

export const forcesSummaryVocabulary = {
  'forces.strengthSummary': tableVocabulary(TABLE, COLUMNS, [...peopleListFields, 'trich_yeu']),
} satisfies Record<ForcesSummaryDocumentKind, unknown>;

export function forcesSummarySnapshot(
  content: TableContent,
  values: { count: number; year: number; subject: string },
): DocumentSnapshot {
  return contentSnapshot(content, TABLE, COLUMNS, {
    tong_so: values.count,
    nam: values.year,
    trich_yeu: values.subject,
  });
}
