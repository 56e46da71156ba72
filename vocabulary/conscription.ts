import { keysOf } from './keys';

/**
 * Conscription's fixed words (Luật Nghĩa vụ quân sự 78/2015): a record's states and the legal points
 * of Art. 41 a deferral or an exemption is decided on. Codes are stored in the database and never
 * renamed; the core's rules and the screens both read the labels from here.
 */

/**
 * A citizen's conscription record is always in exactly one of these states. The order follows the
 * office's year: registration → pool → preliminary screening (by October) → health exam
 * (1 Nov–31 Dec) → political review → official / reserve list → call-up order → handover (Feb or
 * Mar). Deferral and exemption are decisions that can take a citizen out of that flow at any point
 * before the handover.
 */
export const conscriptionStateLabels = {
  registration_barred: 'Không được đăng ký NVQS (Điều 13)', // under prosecution, serving a sentence, compulsory education/rehab
  registration_exempt: 'Miễn đăng ký NVQS (Điều 14)', // severe disability, listed illnesses
  first_registered: 'Đăng ký NVQS lần đầu', // Art. 16: registered in the year one turns 17 (date, certificate number)
  pool: 'Trong nguồn gọi nhập ngũ', // in the call-up source: registered, of call-up age, not decided otherwise
  screening_passed: 'Đạt sơ tuyển', // sơ tuyển by the commune command and health station
  screening_failed: 'Không đạt sơ tuyển', // … with the reason
  health_exam_passed: 'Khám sức khỏe đạt (loại 1–3)', // exam council's class 1–3 (Circular 105/2023): may be called
  health_exam_failed: 'Khám sức khỏe không đạt (loại 4–6)', // class 4–6: may not be called this year
  political_review_passed: 'Đạt tiêu chuẩn chính trị', // Joint Circular 50/2016 standards met
  political_review_failed: 'Không đạt tiêu chuẩn chính trị',
  deferred: 'Tạm hoãn gọi nhập ngũ', // Art. 41(1), point a–h, for one year
  exempted: 'Miễn gọi nhập ngũ', // Art. 41(2), point a–đ
  official_list: 'Danh sách chính thức', // chốt danh sách chính thức
  reserve_list: 'Danh sách dự phòng', // moved up when someone on the official list drops out
  call_up_ordered: 'Đã có lệnh gọi nhập ngũ', // number, date, report time and place
  handed_over: 'Đã giao quân', // giao quân: date, receiving unit, army or police
  removed: 'Đưa ra khỏi danh sách', // died, moved away, aged out … with the reason
} as const;
export type ConscriptionState = keyof typeof conscriptionStateLabels;
export const CONSCRIPTION_STATES = keysOf(conscriptionStateLabels);

/**
 * Khoản 1 Điều 41 Luật NVQS, deferral (tạm hoãn gọi nhập ngũ). Codes are ASCII ("đ" is written
 * "dd"). There is no point "f" in Vietnamese legal lettering: the order is a, b, c, d, đ, e, g, h.
 * Point h (standing militia) was added by Art. 49 of the Militia Law 48/2019.
 */
export const deferralPointLabels = {
  a: 'Chưa đủ sức khỏe phục vụ tại ngũ theo kết luận của Hội đồng khám sức khỏe',
  b: 'Là lao động duy nhất phải trực tiếp nuôi dưỡng thân nhân không còn khả năng lao động hoặc chưa đến tuổi lao động; gia đình bị thiệt hại nặng về người và tài sản do tai nạn, thiên tai, dịch bệnh nguy hiểm gây ra được Ủy ban nhân dân cấp xã xác nhận',
  c: 'Một con của bệnh binh, người nhiễm chất độc da cam suy giảm khả năng lao động từ 61% đến 80%',
  d: 'Có anh, chị hoặc em ruột là hạ sĩ quan, binh sĩ đang phục vụ tại ngũ; hạ sĩ quan, chiến sĩ thực hiện nghĩa vụ tham gia Công an nhân dân',
  dd: 'Người thuộc diện di dân, giãn dân trong 03 năm đầu đến các xã đặc biệt khó khăn',
  e: 'Cán bộ, công chức, viên chức, thanh niên xung phong được điều động đến công tác, làm việc ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn',
  g: 'Đang học tại cơ sở giáo dục phổ thông; đang được đào tạo trình độ đại học, cao đẳng hệ chính quy trong thời gian một khóa đào tạo của một trình độ đào tạo',
  h: 'Dân quân thường trực',
} as const;
export type DeferralPoint = keyof typeof deferralPointLabels;
export const DEFERRAL_POINTS = keysOf(deferralPointLabels);

/** Khoản 2 Điều 41 Luật NVQS, exemption (miễn gọi nhập ngũ), in the order of the law. */
export const exemptionPointLabels = {
  a: 'Con của liệt sĩ, con của thương binh hạng một',
  b: 'Một anh hoặc một em trai của liệt sĩ',
  c: 'Một con của thương binh hạng hai; một con của bệnh binh, người nhiễm chất độc da cam suy giảm khả năng lao động từ 81% trở lên',
  d: 'Người làm công tác cơ yếu không phải là quân nhân, Công an nhân dân',
  dd: 'Cán bộ, công chức, viên chức, thanh niên xung phong được điều động đến công tác, làm việc ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn từ 24 tháng trở lên',
} as const;
export type ExemptionPoint = keyof typeof exemptionPointLabels;
export const EXEMPTION_POINTS = keysOf(exemptionPointLabels);

/**
 * How a citizen made his first military-service registration (Art. 16 Luật NVQS as amended by Law
 * 98/2025/QH15, in force 01/07/2025: "trực tiếp hoặc trực tuyến"). Stored on the record; older
 * records have none (null = not recorded).
 */
export const registrationMethodLabels = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
} as const;
export type RegistrationMethod = keyof typeof registrationMethodLabels;
export const REGISTRATION_METHODS = keysOf(registrationMethodLabels);
