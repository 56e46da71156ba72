/**
 * The fixed Vietnamese wording of the conscription documents (lists and call-up orders). Document
 * content builders may hold Vietnamese text (conventions.md); keeping the phrases the documents
 * share in one place means a correction reaches all of them. Per-document column sets live here too,
 * so the .docx and the .xlsx of a list always print the same headings.
 */
export const documentText = {
  /** Type code in "Số: 03/DS-BCH" for a list (danh sách). */
  listTypeCode: 'DS',
  /** Type code in "Số: 03/LGNN-BCH" for a call-up order (lệnh gọi nhập ngũ). */
  orderTypeCode: 'LGNN',
  citizens: 'công dân',
  totalLine: 'Tổng số: {count} công dân.',
  noLocality: 'Chưa xác định nơi cư trú',
  groupCount: '{label} ({count} công dân)',

  calledUpSheet: 'Nhập ngũ {year}',
  deferredSheet: 'Tạm hoãn {year}',
  exemptedSheet: 'Miễn {year}',
  age17Sheet: '17 tuổi {year}',
  calledUpTitle: 'Danh sách công dân nhập ngũ năm {year}',
  calledUpQuota: 'Chỉ tiêu giao: {total} (Quân đội: {army}; Công an nhân dân: {police}).',
  calledUpCounts: 'Số công dân trong danh sách: {count} (Quân đội: {army}; Công an nhân dân: {police}{unassigned}).',
  calledUpUnassigned: '; chưa phân: {count}',
  army: 'Quân đội',
  police: 'Công an nhân dân',
  armyShort: 'QĐ',
  policeShort: 'CAND',
  healthClass: 'Loại {class}',
  healthReason: 'Sức khỏe loại {class}',

  deferredTitle: 'Danh sách công dân được tạm hoãn gọi nhập ngũ năm {year}',
  deferredBasis: '(Theo khoản 1 Điều 41 Luật Nghĩa vụ quân sự năm 2015)',
  exemptedTitle: 'Danh sách công dân được miễn gọi nhập ngũ năm {year}',
  exemptedBasis: '(Theo khoản 2 Điều 41 Luật Nghĩa vụ quân sự năm 2015)',
  pointHeading: 'Điểm {letter} – {label}',
  noPoint: 'Chưa ghi điểm áp dụng',

  age17Title: 'Danh sách công dân nam đủ 17 tuổi trong năm {year}',
  age17Note: '(Sinh năm {birthYear}, chuẩn bị đăng ký nghĩa vụ quân sự lần đầu)',
} as const;

/** Column headings. The lists' column sets are assembled from these in their own files. */
export const columnText = {
  index: 'TT',
  name: 'Họ và tên',
  birthDate: 'Ngày sinh',
  citizenId: 'Số định danh cá nhân',
  occupation: 'Nghề nghiệp',
  residence: 'Nơi cư trú',
  ethnicityReligion: 'Dân tộc, tôn giáo',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  health: 'Sức khỏe',
  education: 'Văn hóa',
  receivingUnit: 'Đơn vị nhận',
  reason: 'Lý do cụ thể',
  deferralYear: 'Tạm hoãn năm',
  notes: 'Ghi chú',
} as const;

/** The call-up order (lệnh gọi công dân nhập ngũ, Art. 34 Luật NVQS). */
export const orderText = {
  title: 'Lệnh gọi công dân nhập ngũ',
  bases: [
    'Căn cứ Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015 và các văn bản sửa đổi, bổ sung;',
    'Căn cứ kết quả tuyển chọn và gọi công dân nhập ngũ năm {year},',
  ],
  /** "CHỈ HUY TRƯỞNG BAN CHQS THÀNH PHỐ BẮC KẠN" — printed upper case. */
  commands: '{title} {office}',
  call: 'Gọi công dân:',
  birthDate: 'Sinh ngày:',
  citizenId: 'Số định danh cá nhân:',
  residence: 'Nơi cư trú:',
  reportAt: 'Có mặt lúc:',
  reportPlace: 'Tại:',
  reportWhen: '{time}, {date}',
  purposeArmy: 'Để nhập ngũ vào Quân đội nhân dân Việt Nam.',
  purposePolice: 'Để thực hiện nghĩa vụ tham gia Công an nhân dân.',
  purposeAny: 'Để nhập ngũ.',
  bringLabel: 'Khi đi mang theo:',
  /** The standard items; the office can add its own through `extraItems`. */
  bring: [
    'Lệnh gọi nhập ngũ này;',
    'Thẻ căn cước (hoặc căn cước công dân);',
    'Giấy chứng nhận đăng ký nghĩa vụ quân sự;',
    'Bằng tốt nghiệp, chứng chỉ chuyên môn (nếu có);',
    'Tư trang cá nhân cần thiết.',
  ],
  duty: 'Công dân có trách nhiệm chấp hành nghiêm lệnh này. Trường hợp không chấp hành sẽ bị xử lý theo quy định của pháp luật.',
  hour: '{hours} giờ {minutes}',
} as const;

/** Replaces "{name}" placeholders; a missing value is an error in the caller, so it fails loudly. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Missing value for {${key}}`);
    return String(value);
  });
}
