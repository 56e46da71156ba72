import { peopleListTags, type ListTableTags } from '../../documents/templates/vocabulary/table-content';
import type { ReservesDocumentKind } from './kinds';

/** Column names in the built-in table's order (reserves-lists.ts). */
const COLUMNS: Record<ReservesDocumentKind, ListTableTags> = {
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

const tags = peopleListTags(COLUMNS);

export const reservesVocabulary = tags.vocabulary;

/** The snapshot a template of the kind is filled from: the list's fields and its rows. */
export const reservesSnapshot = tags.snapshot;
