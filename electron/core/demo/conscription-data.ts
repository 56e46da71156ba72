import type { Weighted } from './names';

/**
 * What the demo office writes in its conscription records: reasons, exam
 * notes, units. Data only, invented but in the words an office uses.
 */

/** Recruits handed over per year (army, police); a city of this size hands over 58–77, the demo has 400 people. */
export const LAST_YEAR_QUOTA = { army: 19, police: 6 } as const;
export const NEXT_YEAR_QUOTA = { army: 20, police: 7 } as const;
/** The 2023 history: a full-size year of the city (76 handed over) and the 2024 one it prepared. */
export const QUOTA_2023 = { army: 70, police: 6 } as const;
export const QUOTA_2024 = { army: 68, police: 7 } as const;

/** The council's classes (Circular 105/2023): most pass with 2 or 3, about a quarter cannot be called. */
export const HEALTH_CLASS_WEIGHTS: Weighted<number> = [
  [1, 14],
  [2, 36],
  [3, 24],
  [4, 15],
  [5, 8],
  [6, 3],
];

export const HEALTH_NOTES: Record<number, readonly string[]> = {
  1: [''],
  2: ['', '', 'Sâu răng R36'],
  3: ['', 'Cao 158 cm, nặng 46 kg', 'Cận thị 1,0 D mắt phải'],
  4: ['Cận thị 2,5 D hai mắt', 'Thiếu cân: BMI 17,4', 'Giãn tĩnh mạch thừng tinh trái', 'Viêm mũi dị ứng mạn tính'],
  5: ['Viêm gan B mạn tính', 'Hen phế quản', 'Cận thị 5,0 D hai mắt'],
  6: ['Bệnh tim bẩm sinh (thông liên thất)', 'Động kinh'],
};

export const UNIVERSITIES = [
  'Sinh viên hệ chính quy, Trường Đại học Nông Lâm – Đại học Thái Nguyên',
  'Sinh viên hệ chính quy, Trường Đại học Sư phạm – Đại học Thái Nguyên',
  'Sinh viên hệ chính quy, Trường Đại học Công nghệ Thông tin và Truyền thông – Đại học Thái Nguyên',
  'Sinh viên hệ chính quy, Trường Cao đẳng Bắc Kạn',
  'Sinh viên hệ chính quy, Trường Đại học Kinh tế Quốc dân',
  'Sinh viên hệ chính quy, Học viện Nông nghiệp Việt Nam',
] as const;

export const GENERAL_SCHOOL = 'Đang học lớp 12, Trung tâm GDNN–GDTX thành phố Bắc Kạn';
export const GRADUATED_NOTE = 'Đã tốt nghiệp đại học, hết thời hạn tạm hoãn, trở lại nguồn gọi nhập ngũ';
export const EARLIER_STUDY_NOTE = 'Tạm hoãn do đang học đại học hệ chính quy (năm cuối)';

export const FAMILY_REASONS = [
  'Lao động duy nhất nuôi mẹ già ốm đau, UBND xác nhận',
  'Gia đình bị sạt lở đất do mưa lũ, thiệt hại nặng về tài sản, UBND xác nhận',
  'Bố mất, là lao động duy nhất nuôi hai em chưa đến tuổi lao động',
] as const;
export const LATE_FAMILY_REASON = 'Gia đình bị hỏa hoạn thiệt hại nặng về tài sản sau khi có lệnh, UBND xác nhận';
export const SIBLING_REASON = 'Anh ruột đang phục vụ tại ngũ';
export const MILITIA_REASON = 'Dân quân thường trực';

export const EXEMPTIONS = [
  { point: 'a', reason: 'Con của thương binh hạng một' },
  { point: 'c', reason: 'Con của bệnh binh suy giảm khả năng lao động 81%' },
  { point: 'd', reason: 'Nhân viên cơ yếu, Văn phòng Tỉnh ủy Bắc Kạn' },
] as const;

export const REMOVAL_REASONS = [
  'Chuyển hộ khẩu đến thành phố Thái Nguyên, đã chuyển đăng ký nghĩa vụ quân sự',
  'Trúng tuyển Trường Sĩ quan Lục quân 1',
] as const;

export const BARRED_NOTE = 'Đang chấp hành án phạt tù (Điều 13 Luật NVQS)';
export const REGISTRATION_EXEMPT_NOTE = 'Khuyết tật vận động nặng, có xác nhận của Hội đồng xác định mức độ khuyết tật';
export const POLITICAL_REVIEW_FAILED = 'Có hình xăm, chữ xăm phản cảm (TTLT 50/2016)';

export const REPORT_TIME = '07:00';
export const REPORT_PLACE = 'Trung tâm Văn hóa – Thể thao thành phố Bắc Kạn';
export const RECHECK_NOTE = 'Khám phúc tra trước giao quân: huyết áp cao, trả về địa phương';

export const ARMY_UNITS: Weighted<string> = [
  ['Sư đoàn 346', 3],
  ['Trung đoàn 750', 2],
];
export const POLICE_UNIT = 'Công an tỉnh Bắc Kạn';

/** Share of the pool the council calls to the exam; the rest work far away and are examined another year. */
export const EXAMINED_SHARE = 0.9;
