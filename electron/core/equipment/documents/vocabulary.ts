import type { TableContent } from '../../docs/table-content';
import type { DocumentSnapshot } from '../../documents/generate-schema';
import { contentSnapshot, peopleListFields, tableVocabulary } from '../../documents/templates/vocabulary/table-content';
import type { EquipmentDocumentKind } from './kinds';

/** Column names in the built-in table's order (stock-list.ts). */
const COLUMNS = ['stt', 'loai', 'don_vi_tinh', 'so_luong', 'trong_kho', 'dang_cap_phat', 'ghi_chu'] as const;
const TABLE = 'vu_khi_trang_bi';

export const equipmentVocabulary = {
  'equipment.stockList': tableVocabulary(TABLE, COLUMNS, [...peopleListFields]),
} satisfies Record<EquipmentDocumentKind, unknown>;

export function equipmentSnapshot(content: TableContent, values: { count: number; year: number }): DocumentSnapshot {
  return contentSnapshot(content, TABLE, COLUMNS, { tong_so: values.count, nam: values.year });
}
