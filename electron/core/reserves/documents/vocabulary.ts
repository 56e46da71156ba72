import type { TableContent } from '../../docs/table-content';
import type { DocumentSnapshot } from '../../documents/generate-schema';
import { contentSnapshot, peopleListFields, tableVocabulary } from '../../documents/templates/vocabulary/table-content';
import { mapKinds } from '../../documents/templates/vocabulary/types';
import type { ReservesDocumentKind } from './kinds';

/** Column names in the built-in table's order (reserves-lists.ts). */
const COLUMNS: Record<ReservesDocumentKind, { table: string; columns: readonly string[] }> = {
  'reserves.roster': {
    table: 'danh_sach',
    columns: [
      'stt',
      'ho_ten',
      'ngay_sinh',
      'dia_chi',
      'cap_bac',
      'hang',
      'don_vi_cu',
      'ngay_dang_ky',
      'don_vi_du_bi',
      'ghi_chu',
    ],
  },
  'reserves.assignmentList': {
    table: 'danh_sach',
    columns: [
      'stt',
      'ho_ten',
      'ngay_sinh',
      'cap_bac',
      'hang',
      'cnqs',
      'khong_dung_cnqs',
      'dia_chi',
      'don_vi_cu',
      'ngay_sap_xep',
      'ghi_chu',
    ],
  },
};

export const reservesVocabulary = mapKinds(COLUMNS, ({ table, columns }) =>
  tableVocabulary(table, columns, peopleListFields),
);

export function reservesSnapshot(
  kind: ReservesDocumentKind,
  content: TableContent,
  values: { count: number; year: number },
): DocumentSnapshot {
  const { table, columns } = COLUMNS[kind];
  return contentSnapshot(content, table, columns, { tong_so: values.count, nam: values.year });
}
