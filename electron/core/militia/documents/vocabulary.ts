import { peopleListTags, type ListTableTags } from '../../documents/templates/vocabulary/table-content';
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

const COLUMNS: Record<MilitiaDocumentKind, ListTableTags> = {
  'militia.roster': { table: 'danh_sach', columns: ROSTER_COLUMNS },
  // The term-ending list prints the roster's columns.
  'militia.termEnding': { table: 'danh_sach', columns: ROSTER_COLUMNS },
};

const tags = peopleListTags(COLUMNS);

export const militiaVocabulary = tags.vocabulary;

/** The snapshot a template of the kind is filled from: the list's fields and its rows. */
export const militiaSnapshot = tags.snapshot;
