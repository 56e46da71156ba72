import { officialText } from '../../../docs/official-text';
import { documentDateText } from '../../../docs/vn-date';
import type { OfficeProfile, Signer } from '../../../office/schema';
import { formatDisplayDate, type IsoDate } from '../../../shared/dates';
import type { SnapshotValue } from '../../generate-schema';

/** The fields every document kind offers, computed once from the office, the signer and the number. */
export const commonFields = [
  'co_quan',
  'co_quan_cap_tren',
  'ky_hieu_co_quan',
  'so',
  'so_ky_hieu',
  'dia_danh',
  'ngay',
  'ngay_so',
  'nguoi_ky',
  'chuc_vu_ky',
  'cap_bac_ky',
  'ten_van_ban',
  'du_thao',
] as const;

export interface CommonInput {
  office: OfficeProfile;
  signer: Signer;
  date: IsoDate;
  number: number | null;
  typeCode: string | null;
  /** The document's name: its file name without the extension. */
  title: string;
  /** A draft (bản nháp): no number, and the "DỰ THẢO" mark. */
  draft?: boolean;
}

/** "05" and "05/DS-BCH"; a draft (no number) keeps "/DS-BCH" for the clerk to number by hand. */
export function commonValues({ office, signer, date, number, typeCode, title, draft = false }: CommonInput) {
  const so = number === null ? '' : String(number).padStart(2, '0');
  const symbol = typeCode ? `/${typeCode}-${office.symbol.trim()}` : '';
  const values: Record<(typeof commonFields)[number], SnapshotValue> = {
    co_quan: office.name,
    co_quan_cap_tren: office.parentBody,
    ky_hieu_co_quan: office.symbol,
    so,
    so_ky_hieu: `${so}${symbol}`,
    dia_danh: office.placeName,
    ngay: documentDateText(date),
    ngay_so: formatDisplayDate(date),
    nguoi_ky: signer.name,
    chuc_vu_ky: signer.title,
    cap_bac_ky: signer.rank,
    ten_van_ban: title,
    du_thao: draft ? officialText.draftMark : '',
  };
  return values;
}
