import type { z } from 'zod';
import type { officePeriodInput, officeProfileInput } from '../office/schema';

/**
 * The demo office and its area. Data only. The office is shown as it was
 * before the July 2025 reorganisation (a city command with eight wards and
 * communes), which is what most of an office's older records refer to.
 * Signer names are invented.
 */
export const DEMO_OFFICE = {
  kind: 'city_district',
  name: 'BAN CHQS THÀNH PHỐ BẮC KẠN',
  parentBody: 'BỘ CHQS TỈNH BẮC KẠN',
  placeName: 'Bắc Kạn',
  symbol: 'BCH',
  signers: [
    { role: 'commander', title: 'CHỈ HUY TRƯỞNG', rank: 'Thượng tá', name: 'Nông Đức Quyết' },
    { role: 'political_officer', title: 'CHÍNH TRỊ VIÊN', rank: 'Thượng tá', name: 'Hoàng Minh Tường' },
    { role: 'deputy', title: 'PHÓ CHỈ HUY TRƯỞNG', rank: 'Trung tá', name: 'Lục Văn Khải' },
    { role: 'deputy', title: 'PHÓ CHỈ HUY TRƯỞNG', rank: 'Trung tá', name: 'Triệu Quang Vĩnh' },
  ],
} satisfies z.input<typeof officeProfileInput>;

/**
 * The same office from 01/07/2025, the profile's second period: the city command dissolved with the
 * district level (Decision 2786/QĐ-BQP) and Bắc Kạn merged into Thái Nguyên (Resolution
 * 202/2025/QH15); its area and staff went to the regional defence board named after Đức Xuân ward
 * (domain.md §0: a "Ban CHPTKV 1 – Đức Xuân" exists; that it covers the old city is unconfirmed).
 * A board over the eight wards and communes fits the demo's records better than one ward's command.
 * Documents dated before print the city command, those after the board (office/ periods).
 */
export const DEMO_OFFICE_FROM_JULY_2025 = {
  validFrom: '2025-07-01',
  kind: 'regional_defence',
  name: 'BAN CHPTKV 1 – ĐỨC XUÂN',
  parentBody: 'BỘ CHQS TỈNH THÁI NGUYÊN',
  placeName: 'Đức Xuân',
  symbol: 'BCH',
  signers: DEMO_OFFICE.signers,
} satisfies z.input<typeof officePeriodInput>;

/** The date every demo locality has carried its (first) name since. */
export const DEMO_VALID_FROM = '2015-01-01';

export interface DemoPart {
  name: string;
  /** A later name, to show the locality history feature. */
  renamed?: { name: string; effectiveOn: string };
}

export interface DemoArea {
  name: string;
  kind: 'ward' | 'commune';
  /** Tổ dân phố in wards, thôn in communes. */
  parts: readonly DemoPart[];
  /** Relative share of the demo population living here. */
  weight: number;
}

export const DEMO_AREAS: readonly DemoArea[] = [
  {
    name: 'Phường Đức Xuân',
    kind: 'ward',
    weight: 16,
    parts: [{ name: 'Tổ 1A' }, { name: 'Tổ 2' }, { name: 'Tổ 7' }, { name: 'Tổ 11A' }],
  },
  {
    name: 'Phường Sông Cầu',
    kind: 'ward',
    weight: 15,
    parts: [{ name: 'Tổ 3' }, { name: 'Tổ 6' }, { name: 'Tổ 9' }, { name: 'Tổ 10' }],
  },
  {
    name: 'Phường Phùng Chí Kiên',
    kind: 'ward',
    weight: 13,
    parts: [{ name: 'Tổ 1B' }, { name: 'Tổ 5' }, { name: 'Tổ 8B' }],
  },
  {
    name: 'Phường Nguyễn Thị Minh Khai',
    kind: 'ward',
    weight: 12,
    parts: [{ name: 'Tổ Khuổi Cuồng' }, { name: 'Tổ Phố Mới' }, { name: 'Tổ Pá Danh' }],
  },
  {
    name: 'Phường Huyền Tụng',
    kind: 'ward',
    weight: 12,
    parts: [{ name: 'Tổ Bản Cạu' }, { name: 'Tổ Nà Cưởm' }, { name: 'Tổ Khuổi Mật' }],
  },
  {
    name: 'Phường Xuất Hóa',
    kind: 'ward',
    weight: 10,
    parts: [{ name: 'Tổ Phiêng My' }, { name: 'Tổ Nà Điếng' }],
  },
  {
    name: 'Xã Dương Quang',
    kind: 'commune',
    weight: 12,
    parts: [
      // Two villages merged in 2019; the one that remained took both names from 2020.
      { name: 'Thôn Nà Pài', renamed: { name: 'Thôn Nà Pài – Khuổi Dủm', effectiveOn: '2020-01-01' } },
      { name: 'Thôn Phặc Tràng' },
      { name: 'Thôn Bản Cưa' },
    ],
  },
  {
    name: 'Xã Nông Thượng',
    kind: 'commune',
    weight: 10,
    parts: [{ name: 'Thôn Nà Dì' }, { name: 'Thôn Khuổi Chang' }, { name: 'Thôn Cốc Muổng' }, { name: 'Thôn Bản Pẻn' }],
  },
];
