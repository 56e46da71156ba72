import type { TableContent } from '../../docs/table-content';
import type { DocumentSnapshot } from '../../documents/generate-schema';
import { contentSnapshot, peopleListFields, tableVocabulary } from '../../documents/templates/vocabulary/table-content';
import { mapKinds } from '../../documents/templates/vocabulary/types';
import type { MilitiaDocumentKind } from './kinds';

/** Column names in the built-in table's order (militia-lists.ts). */
const ROSTER_COLUMNS = [
  'stt',
  'ho_ten',
  'ngay_sinh',
  'gioi_tinh',
  'dia_chi',
  'chuc_vu',
  'thanh_phan',
  'ngay_vao',
  'ngay_het_han',
  'dang_doan',
  'ghi_chu',
] as const;

const COLUMNS: Record<MilitiaDocumentKind, { table: string; columns: readonly string[] }> = {
  'militia.roster': { table: 'danh_sach', columns: ROSTER_COLUMNS },
  // The term-ending list prints the roster's columns.
  'militia.termEnding': { table: 'danh_sach', columns: ROSTER_COLUMNS },
};

export const militiaVocabulary = mapKinds(COLUMNS, ({ table, columns }) =>
  tableVocabulary(table, columns, peopleListFields),
);

export function militiaSnapshot(
  kind: MilitiaDocumentKind,
  content: TableContent,
  values: { count: number; year: number },
): DocumentSnapshot {
  const { table, columns } = COLUMNS[kind];
  return contentSnapshot(content, table, columns, { tong_so: values.count, nam: values.year });
}
