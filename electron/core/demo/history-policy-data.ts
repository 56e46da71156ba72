/**
 * The demo office's invented 2023 policy work (words as an office writes them): its other policy
 * cases and the soldiers of the 2021 call-up back from service in Feb–Mar 2023. Data only; none
 * describes a real person.
 */

export const GIVERS = {
  city: 'UBND thành phố Bắc Kạn',
  command: 'Ban CHQS thành phố Bắc Kạn',
  veterans: 'Hội Cựu chiến binh thành phố',
} as const;

/** Tết Quý Mão fell on 22/01/2023: the gifts go out in the ten days before it. */
export const TET_GIFT_DAYS = ['2023-01-10', '2023-01-12', '2023-01-13', '2023-01-16', '2023-01-17', '2023-01-18'];

/** Visits and hardship support of the year: [day, kind, amount or null, giver, note]; three after 30/06. */
export const VISITS_2023 = [
  ['2023-03-08', 'visit', null, GIVERS.command, 'Thăm hỏi gia đình có mẹ ốm nặng'],
  ['2023-04-14', 'hardship', 1_000_000, GIVERS.city, 'Gia đình hộ nghèo, nhà bị tốc mái do mưa đá'],
  ['2023-05-19', 'visit', null, GIVERS.command, ''],
  ['2023-06-12', 'hardship', 1_000_000, GIVERS.city, 'Bố bị tai nạn lao động'],
  ['2023-06-30', 'visit', null, GIVERS.command, 'Thăm hỏi, động viên gia đình'],
  ['2023-07-01', 'visit', null, GIVERS.command, ''],
  ['2023-07-27', 'other', 500_000, GIVERS.veterans, 'Nhân kỷ niệm Ngày Thương binh – Liệt sĩ 27/7'],
  ['2023-12-22', 'visit', 300_000, GIVERS.command, 'Nhân Ngày thành lập QĐND Việt Nam 22/12'],
] as const;

/**
 * The soldiers of the 2021 call-up back in 2023: [family, middle, given, birth date, discharge
 * decision, back home, reserve registration or null, support]. Bế Văn Tú registered late; Ma Văn Hùng
 * came back on 03/07 (after the half-year).
 */
export const RETURNEES_2023 = [
  ['Hoàng', 'Văn', 'Nam', '2001-03-12', '2023-02-01', '2023-02-06', '2023-02-10', 'job_referral'],
  ['Nông', 'Văn', 'Thắng', '2000-11-02', '2023-02-01', '2023-02-06', '2023-02-13', 'vocational_training'],
  ['Lục', 'Đức', 'Mạnh', '2001-07-21', '2023-02-01', '2023-02-07', '2023-02-14', null],
  ['Triệu', 'Văn', 'Long', '2000-05-30', '2023-02-01', '2023-02-08', '2023-02-16', 'job_referral'],
  ['Nguyễn', 'Văn', 'Khánh', '2001-01-15', '2023-02-03', '2023-02-09', '2023-02-20', null],
  ['Bế', 'Văn', 'Tú', '2000-09-09', '2023-02-03', '2023-02-10', '2023-03-20', null],
  ['Hà', 'Minh', 'Đức', '2001-04-04', '2023-02-03', '2023-02-13', '2023-02-22', 'vocational_training'],
  ['Lý', 'Văn', 'Sơn', '2001-12-19', '2023-02-15', '2023-02-20', '2023-03-01', 'job_referral'],
  ['Đàm', 'Quốc', 'Huy', '2000-08-27', '2023-03-01', '2023-03-06', '2023-03-13', null],
  ['Ma', 'Văn', 'Hùng', '2001-06-06', '2023-06-26', '2023-07-03', '2023-07-10', 'job_referral'],
] as const;

/** Where each support went, in the words of the file. */
export const RETURNEE_SUPPORT_NOTES = {
  job_referral: 'Giới thiệu vào làm việc tại Khu công nghiệp Thanh Bình',
  vocational_training: 'Học nghề sửa chữa ô tô tại Trường Cao đẳng Bắc Kạn (miễn học phí theo thẻ học nghề)',
} as const;

/** Other cases: [subject, kind, received, decision number, decision date, outcome, resolved, note]. */
export const CASES_2023 = [
  [
    'Nông Văn Pảo',
    'decision_62_2011',
    '2022-11-14',
    '85/QĐ-UBND',
    '2023-01-16',
    'resolved',
    '2023-01-16',
    'Trợ cấp một lần',
  ],
  [
    'Hoàng Thị Slam',
    'meritorious',
    '2023-02-20',
    '210/QĐ-LĐTBXH',
    '2023-04-10',
    'resolved',
    '2023-04-10',
    'Vợ liệt sĩ, điều chỉnh trợ cấp',
  ],
  [
    'Lục Văn Chiến',
    'decision_49_2015',
    '2023-03-06',
    '',
    null,
    'ineligible',
    '2023-05-15',
    'Không đủ giấy tờ chứng minh tham gia dân công hỏa tuyến',
  ],
  ['Ma Văn Tòng', 'demobilized', '2023-03-20', '126/QĐ-BCH', '2023-06-05', 'resolved', '2023-06-05', ''],
  ['Triệu Văn Kim', 'decision_290_2005', '2023-04-17', '', null, 'pending', null, 'Chờ xác minh của Ban CHQS tỉnh'],
  [
    'Hà Thị Mai',
    'health_insurance',
    '2023-06-30',
    '310/QĐ-BHXH',
    '2023-08-08',
    'resolved',
    '2023-08-08',
    'Thẻ BHYT cho dân quân thường trực',
  ],
  ['Lường Văn Quý', 'decision_62_2011', '2023-09-11', '402/QĐ-UBND', '2023-11-20', 'resolved', '2023-11-20', ''],
] as const;
