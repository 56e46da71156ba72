/**
 * The kinds of office the program serves, with their Vietnamese labels. Since 01/07/2025 the
 * district military commands are dissolved (Decision 2786/QĐ-BQP, 14/06/2025) and the provincial
 * commands set up regional defence boards (Ban CHPTKV); since Government Resolution
 * 66.12/2026/NQ-CP (26/01/2026) the ward/commune command stands directly under the provincial one.
 * The city/district command remains a kind so that an office's profile before mid-2025 keeps it.
 * Codes are the CHECK constraint of migration 0017.
 */
import { keysOf } from './keys';

export const officeKindLabels = {
  ward_commune: 'Ban CHQS phường/xã',
  regional_defence: 'Ban Chỉ huy phòng thủ khu vực (Ban CHPTKV)',
  provincial: 'Bộ CHQS tỉnh',
  city_district: 'Ban CHQS thành phố/huyện (trước 01/07/2025)',
} as const;
export type OfficeKind = keyof typeof officeKindLabels;
export const officeKinds = keysOf(officeKindLabels);
