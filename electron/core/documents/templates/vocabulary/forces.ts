import type { ForcesDocumentKind } from '../../../forces-documents/kinds';
import type { TableContent } from '../../../docs/table-content';
import type { DocumentSnapshot } from '../../generate-schema';
import { contentSnapshot } from './table-content';
import { mapKinds } from './types';

const LIST_FIELDS = ['tieu_de', 'ghi_chu_chung', 'tong_so', 'nam'] as const;

/** Column names in the built-in table's order (forces-documents/*-lists.ts, strength-summary.ts). */
const COLUMNS: Record<ForcesDocumentKind, { table: string; columns: readonly string[] }> = {
  'militia.roster': {
    table: 'danh_sach',
    columns: [
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
    ],
  },
  'militia.termEnding': { table: 'danh_sach', columns: [] },
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
  'forces.strengthSummary': {
    table: 'dia_phuong',
    columns: [
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
    ],
  },
};
// The term-ending list prints the roster's columns.
COLUMNS['militia.termEnding'] = { ...COLUMNS['militia.roster'] };

export const forcesVocabulary = mapKinds(COLUMNS, ({ table, columns }, kind) => ({
  fields: kind === 'forces.strengthSummary' ? [...LIST_FIELDS, 'trich_yeu'] : LIST_FIELDS,
  tables: { [table]: [...columns, 'nhom'], dong_tong: columns },
}));

export function forcesSnapshot(
  kind: ForcesDocumentKind,
  content: TableContent,
  values: { count: number; year: number; subject?: string },
): DocumentSnapshot {
  const { table, columns } = COLUMNS[kind];
  return contentSnapshot(content, table, columns, {
    tong_so: values.count,
    nam: values.year,
    ...(values.subject ? { trich_yeu: values.subject } : {}),
  });
}
