/**
 * Invented citizens for the conscription document tests: three wards/communes of Bắc Kạn, names
 * chosen so that Vietnamese order differs from code-point order (Đ after D but before E, ư after u,
 * ơ after o, tone-only differences), and a filler commune long enough to run a list over pages.
 * Every name and number here is made up.
 */
import { type Signer } from '../../electron/core/office/schema';
import { type ConscriptionRecordView } from '../../electron/core/conscription/records/view';

export const office = {
  parentBody: 'Bộ CHQS tỉnh Bắc Kạn',
  name: 'Ban CHQS thành phố Bắc Kạn',
  placeName: 'Bắc Kạn',
  symbol: 'BCH',
};

export const commander: Signer = {
  role: 'commander',
  title: 'Chỉ huy trưởng',
  rank: 'Thượng tá',
  name: 'Nông Văn Thành',
};

export const deputy: Signer = { role: 'deputy', title: 'Phó Chỉ huy trưởng', rank: 'Trung tá', name: 'Hoàng Văn Minh' };

export const campaign = { year: 2026, totals: { army: 44, police: 14, total: 58 } };

/** A small stable number from the name, so that the same name always gets the same dates and ID. */
function seedOf(name: string): number {
  let hash = 7;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 100_003;
  return hash;
}

/** A record with plausible defaults; `name` is "Family Middle Given" (middle may be several words). */
export function record(name: string, overrides: Partial<ConscriptionRecordView> = {}): ConscriptionRecordView {
  const words = name.split(' ');
  const serial = seedOf(name);
  const birthDate = overrides.birthDate ?? `200${serial % 8}-0${(serial % 9) + 1}-0${(serial % 7) + 1}`;
  return {
    id: `rec-${serial}`,
    campaignId: 'campaign-2026',
    personId: `person-${serial}`,
    state: 'official_list',
    stateSince: '2026-01-10',
    fullName: name,
    familyName: words[0] ?? '',
    middleName: words.slice(1, -1).join(' '),
    givenName: words.at(-1) ?? '',
    birthDate,
    sex: 'M',
    citizenId: `0062${birthDate.slice(2, 4)}${String(100000 + serial * 7919).slice(-6)}`,
    localityId: null,
    localityName: 'Tổ 1A',
    localityParentName: 'Phường Đức Xuân',
    address: `Số ${serial + 10}, đường Trường Chinh`,
    ethnicity: 'Kinh',
    religion: 'Không',
    education: '12/12',
    occupation: 'Lao động tự do',
    registeredOn: '2023-04-10',
    registrationCertificate: '',
    registrationMethod: null,
    healthClass: 2,
    healthNotes: '',
    heightCm: null,
    weightKg: null,
    refractionRight: null,
    refractionLeft: null,
    specialtyNotes: {},
    bmi: null,
    legalPoint: null,
    deferralYear: null,
    studyDeferral: false,
    orderNumber: null,
    orderDate: null,
    orderDeliveredOn: null,
    reportDate: null,
    reportTime: '',
    reportPlace: '',
    handedOverOn: null,
    receivingUnit: 'Sư đoàn 346',
    branch: 'army',
    reason: '',
    version: 1,
    ...overrides,
  };
}

const DUC_XUAN = { localityName: 'Tổ 7', localityParentName: 'Phường Đức Xuân' };
const SONG_CAU = { localityName: 'Tổ 3', localityParentName: 'Phường Sông Cầu' };
const DUONG_QUANG = { localityName: 'Thôn Nà Pài', localityParentName: 'Xã Dương Quang', address: '' };

/**
 * The called-up citizens, given out of order. `calledUpOrder` is the order they must print in,
 * worked out by hand: areas Đức Xuân < Sông Cầu < Dương Quang (Phường before Xã, Đ before S),
 * then given name, middle name, family name.
 */
export function calledUpRecords(): ConscriptionRecordView[] {
  return [
    record('Nguyễn Văn Tư', DUC_XUAN),
    record('Lường Văn Đạt', { ...DUONG_QUANG, branch: 'police', receivingUnit: 'Công an tỉnh Thái Nguyên' }),
    record('Trần Văn Bình', SONG_CAU),
    record('Hoàng Minh Tuấn', DUC_XUAN),
    record('Đỗ Văn Bình', SONG_CAU),
    record('Phạm Quang Tú', DUC_XUAN),
    record('Nông Đức Dũng', DUC_XUAN),
    record('Lê Văn Thọ', SONG_CAU),
    record('Triệu Văn Thơ', SONG_CAU),
    record('Ma Văn Đạt', { ...DUC_XUAN, localityName: 'Phường Đức Xuân', localityParentName: null }),
    record('Hà Đức Tuân', DUC_XUAN),
    record('Lục Văn Dũng', { ...DUONG_QUANG, healthClass: 3, education: '9/12', receivingUnit: '', branch: null }),
  ];
}

export const calledUpOrder = [
  // Phường Đức Xuân: Dũng < Đạt < Tú < Tuân < Tuấn < Tư
  'Nông Đức Dũng',
  'Ma Văn Đạt',
  'Phạm Quang Tú',
  'Hà Đức Tuân',
  'Hoàng Minh Tuấn',
  'Nguyễn Văn Tư',
  // Phường Sông Cầu: Bình (Đỗ < Trần) < Thọ < Thơ
  'Đỗ Văn Bình',
  'Trần Văn Bình',
  'Lê Văn Thọ',
  'Triệu Văn Thơ',
  // Xã Dương Quang: Dũng < Đạt
  'Lục Văn Dũng',
  'Lường Văn Đạt',
];

const FILLER_FAMILY = ['Nguyễn', 'Hoàng', 'Nông', 'Lý', 'Bế', 'Dương'];
const FILLER_GIVEN = ['An', 'Bảo', 'Chiến', 'Cường', 'Duy', 'Đông', 'Giang', 'Hiếu', 'Khải', 'Long'];

/** `count` more citizens in "Xã Xuất Hóa" (sorts last), enough to run a list over several pages. */
export function fillerRecords(
  count: number,
  overrides: Partial<ConscriptionRecordView> = {},
): ConscriptionRecordView[] {
  return Array.from({ length: count }, (_, i) =>
    record(`${FILLER_FAMILY[i % FILLER_FAMILY.length]} Văn ${FILLER_GIVEN[Math.floor(i / 6) % 10]}`, {
      localityName: `Thôn Bản ${i % 3 === 0 ? 'Cạu' : 'Áng'}`,
      localityParentName: 'Xã Xuất Hóa',
      address: '',
      ...overrides,
    }),
  );
}

/** Deferred citizens, points out of order; two share point a, two point g (Ân before Ẩn: tone only). */
export function deferredRecords(): ConscriptionRecordView[] {
  const deferred = { state: 'deferred' as const, deferralYear: 2026, receivingUnit: '', branch: null };
  return [
    record('Tạ Văn Hưng', { ...deferred, ...SONG_CAU, legalPoint: 'h', reason: 'Dân quân thường trực năm thứ nhất' }),
    record('Phan Văn Ẩn', { ...deferred, ...DUC_XUAN, legalPoint: 'g', reason: 'Sinh viên Trường Đại học Nông Lâm' }),
    record('Vũ Văn Ước', { ...deferred, ...DUC_XUAN, legalPoint: 'a', healthClass: 5 }),
    record('Lâm Văn Sơn', { ...deferred, ...DUONG_QUANG, legalPoint: 'd', reason: 'Anh trai đang phục vụ tại ngũ' }),
    record('Bùi Đức Ân', { ...deferred, ...DUC_XUAN, legalPoint: 'g', reason: 'Học sinh lớp 12' }),
    record('Hứa Văn Đông', { ...deferred, ...DUONG_QUANG, legalPoint: 'dd' }),
    record('Đinh Văn Đức', { ...deferred, ...DUC_XUAN, legalPoint: 'a', healthClass: 4, healthNotes: 'cận thị 2,5 D' }),
  ];
}

/** Exempted citizens: Lời before Lợi (huyền before nặng). */
export function exemptedRecords(): ConscriptionRecordView[] {
  const exempted = { state: 'exempted' as const, receivingUnit: '', branch: null };
  return [
    record('Chu Văn Lực', { ...exempted, ...SONG_CAU, legalPoint: 'b', reason: 'Em trai liệt sĩ Chu Văn Thắng' }),
    record('Âu Văn Lợi', { ...exempted, ...DUC_XUAN, legalPoint: 'a', reason: 'Con liệt sĩ' }),
    record('Mạc Văn Lời', { ...exempted, ...DUC_XUAN, legalPoint: 'a', reason: 'Con thương binh hạng một' }),
  ];
}

/** A residence as long as the form accepts (300 characters). */
export const LONG_ADDRESS = (
  'Số nhà 1268, ngách 45/17, ngõ 203 đường Nguyễn Văn Tố kéo dài, khu dân cư mới phía sau chợ Đức Xuân, ' +
  'gần trường Trung học phổ thông chuyên Bắc Kạn, đối diện Nhà văn hóa tổ dân phố số 7, cạnh cửa hàng vật liệu ' +
  'xây dựng Hùng Cường, tổ 7 phường Đức Xuân, tỉnh Thái Nguyên (trước đây là thành phố Bắc Kạn, tỉnh Bắc Kạn) xxxxxxxxxx'
).slice(0, 300);

/** Seven call-up orders, numbers 01–05, 09 and 12; the sixth has a very long name, address and place. */
export function orderRecords(): ConscriptionRecordView[] {
  const ordered = {
    state: 'call_up_ordered' as const,
    orderDate: '2026-02-05',
    reportDate: '2026-03-04',
    reportTime: '7:00',
    reportPlace: 'Sân vận động thành phố, phường Đức Xuân',
  };
  const names = [
    'Nông Đức Dũng',
    'Ma Văn Đạt',
    'Phạm Quang Tú',
    'Hà Đức Tuân',
    'Lường Văn Đạt',
    'Tôn Thất Nguyễn Phước Bửu Long Vĩnh Thụy Hoàng Nguyên Khánh',
    'Triệu Văn Thơ',
  ];
  const numbers = [1, 2, 3, 4, 5, 9, 12];
  return names.map((name, i) =>
    record(name, {
      ...ordered,
      ...(i % 2 === 0 ? DUC_XUAN : SONG_CAU),
      orderNumber: numbers[i] ?? null,
      branch: i === 4 ? 'police' : 'army',
      ...(i === 5
        ? {
            address: LONG_ADDRESS,
            reportPlace:
              'Hội trường Ban Chỉ huy Phòng thủ khu vực 1 - Đức Xuân, số 1 đường Trường Chinh, phường Đức Xuân, tỉnh Thái Nguyên (tập trung tại cổng chính, đối diện Trung tâm Văn hóa tỉnh)',
          }
        : {}),
    }),
  );
}

/** The longest entries the forms accept: a 160-character name, 300-character address and place. */
export function longestOrderRecord(): ConscriptionRecordView {
  const name =
    'Tôn Thất Nguyễn Phước Bửu Long Vĩnh Thụy Hoàng Nguyên Khánh Minh Quang Đức Trí Dũng Nhân Nghĩa Lễ Hiếu Trung Thành An Khang Thịnh Vượng Phúc Lộc Thọ Toàn Mỹ'
      .slice(0, 160)
      .trim();
  const place = (
    'Hội trường Ban Chỉ huy Phòng thủ khu vực 1 - Đức Xuân, số 1 đường Trường Chinh, phường Đức Xuân, tỉnh Thái Nguyên ' +
    '(tập trung tại cổng chính, đối diện Trung tâm Văn hóa tỉnh, mang theo áo mưa; nếu trời mưa to tập trung tại nhà thi đấu ' +
    'đa năng của tỉnh ở số 5 đường Trường Chinh, cách hội trường khoảng 300 mét về phía nam)'
  ).slice(0, 300);
  return record(name, {
    state: 'call_up_ordered',
    localityName: 'Tổ 11A',
    localityParentName: 'Phường Nguyễn Thị Minh Khai',
    address: LONG_ADDRESS,
    orderNumber: 1234,
    orderDate: '2026-02-05',
    reportDate: '2026-03-04',
    reportTime: '07:00',
    reportPlace: place,
  });
}
