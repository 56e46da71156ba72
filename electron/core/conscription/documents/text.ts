import { listText } from '../../docs/list-text';

/**
 * The fixed Vietnamese wording of the conscription documents (lists and call-up orders). Document
 * content builders may hold Vietnamese text (conventions.md); keeping the phrases the documents
 * share in one place means a correction reaches all of them. Per-document column sets live here too,
 * so the .docx and the .xlsx of a list always print the same headings.
 */
export const documentText = {
  ...listText,
  /** Type code in "Số: 03/LGNN-BCH" for a call-up order (lệnh gọi nhập ngũ). */
  orderTypeCode: 'LGNN',

  calledUpSheet: 'Nhập ngũ {year}',
  deferredSheet: 'Tạm hoãn {year}',
  exemptedSheet: 'Miễn {year}',
  age17Sheet: '17 tuổi {year}',
  calledUpTitle: 'Danh sách công dân nhập ngũ năm {year}',
  /** The same list when it holds police places: "nhập ngũ" is the army's (Art. 3(3) Luật NVQS). */
  calledUpTitleWithPolice: 'Danh sách công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân năm {year}',
  calledUpQuota: 'Chỉ tiêu giao: {total} (Quân đội: {army}; Công an nhân dân: {police}).',
  calledUpCounts: 'Số công dân trong danh sách: {count} (Quân đội: {army}; Công an nhân dân: {police}{unassigned}).',
  calledUpUnassigned: '; chưa xác định Quân đội hay Công an nhân dân: {count}',
  /** The receiving units named under the 17A title, with how many citizens each receives. */
  calledUpUnits: 'Đơn vị nhận quân: {units}.',
  calledUpUnit: '{unit} ({count} công dân)',
  calledUpNoUnit: 'Chưa xác định đơn vị nhận',
  /** "Nơi nhận" of each list (Decree 30, Annex I); "Lưu: VT" is added after them. */
  calledUpRecipients: ['Bộ CHQS tỉnh (để báo cáo)', 'Đơn vị nhận quân', 'Hội đồng nghĩa vụ quân sự'],
  pointListRecipients: [
    'Bộ CHQS tỉnh (để báo cáo)',
    'Hội đồng nghĩa vụ quân sự',
    'Ủy ban nhân dân xã, phường (để niêm yết)',
  ],
  age17Recipients: ['Chủ tịch Ủy ban nhân dân xã, phường (để báo cáo)', 'Hội đồng nghĩa vụ quân sự'],
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

/** The call-up order (lệnh gọi công dân nhập ngũ, Art. 34 Luật NVQS). */
export const orderText = {
  title: 'Lệnh gọi công dân nhập ngũ',
  bases: [
    'Căn cứ Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015 và các văn bản sửa đổi, bổ sung;',
    'Căn cứ kết quả tuyển chọn và gọi công dân nhập ngũ năm {year},',
  ],
  /**
   * A citizen called to the police: Art. 3(3) Luật NVQS keeps "nhập ngũ" for the People's Army and
   * the Coast Guard, so his order is titled and worded for the police service obligation.
   */
  police: {
    title: 'Lệnh gọi công dân thực hiện nghĩa vụ tham gia Công an nhân dân',
    selection: 'Căn cứ kết quả tuyển chọn và gọi công dân thực hiện nghĩa vụ tham gia Công an nhân dân năm {year},',
    thisOrder: 'Lệnh gọi này;',
  },
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

/** The campaign's result report (báo cáo kết quả tuyển quân), a Decree 30 report (type code BC). */
export const reportText = {
  typeCode: 'BC',
  title: 'Báo cáo',
  /**
   * What the campaign called citizens to: "nhập ngũ" is the army's (Art. 3(3) Luật NVQS), so a
   * campaign with a police quota or police handed over names the police service obligation too.
   */
  callUpArmy: 'tuyển chọn và gọi công dân nhập ngũ',
  callUpBoth: 'tuyển chọn, gọi công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân',
  summary: 'Kết quả công tác {callUp} năm {year}',
  opening:
    'Căn cứ Luật Nghĩa vụ quân sự năm 2015 và các văn bản hướng dẫn thi hành, {office} báo cáo kết quả công tác {callUp} năm {year} như sau:',
  /** Printed when the office wrote no narrative of its own. */
  standard: 'Công tác {callUp} năm {year} được triển khai theo quy định của Luật Nghĩa vụ quân sự.',
  standardHandover: 'Lễ giao nhận quân được tổ chức {dates}; đã giao {handedOver} công dân.',
  standardHandoverOfQuota:
    'Lễ giao nhận quân được tổ chức {dates}; đã giao {handedOver}/{quota} công dân theo chỉ tiêu, đạt {percent}%.',
  standardNoHandover: 'Đến thời điểm báo cáo chưa giao công dân nào; chỉ tiêu được giao là {quota} công dân.',
  fromTo: 'từ {from} đến {to}',

  resultsHeading: 'I. KẾT QUẢ {callUp}',
  localitiesHeading: '1. Kết quả giao quân theo địa bàn',
  quotaLine: 'Chỉ tiêu giao: {quota} công dân (Quân đội: {army}; Công an nhân dân: {police}).',
  handedOverLine: 'Đã giao: {handedOver} công dân (Quân đội: {army}; Công an nhân dân: {police}){share}.',
  reached: ', đạt {percent}% chỉ tiêu',
  healthHeading: '2. Chất lượng sức khỏe',
  healthExamined: 'Số công dân được khám sức khỏe: {examined}.',
  healthHandedOver: 'Công dân đã giao quân có sức khỏe {classes}.',
  healthClassCount: 'loại {class}: {count}',
  healthNone: 'Chưa có kết quả khám sức khỏe.',
  educationHeading: '3. Trình độ học vấn của công dân đã giao quân',
  graduatesLine:
    'Trong số {handedOver} công dân đã giao quân có {graduates} công dân tốt nghiệp cao đẳng, đại học (đại học: {university}; cao đẳng: {college}).',
  noGraduates: 'Trong số {handedOver} công dân đã giao quân không có công dân tốt nghiệp cao đẳng, đại học.',
  nobodyHandedOver: 'Chưa có công dân nào được giao quân.',
  decisionsHeading: 'II. TẠM HOÃN, MIỄN GỌI NHẬP NGŨ',
  decisionsLine:
    'Số công dân được tạm hoãn gọi nhập ngũ: {deferred}; số công dân được miễn gọi nhập ngũ: {exempted}. Cụ thể theo căn cứ tại Điều 41 Luật Nghĩa vụ quân sự:',
  noDecisions: 'Không có công dân nào được tạm hoãn hoặc miễn gọi nhập ngũ.',
  deferredGroup: 'Tạm hoãn gọi nhập ngũ (khoản 1 Điều 41): {count} công dân',
  exemptedGroup: 'Miễn gọi nhập ngũ (khoản 2 Điều 41): {count} công dân',
  pointCell: 'Điểm {letter}',
  closing: 'Trên đây là báo cáo kết quả công tác {callUp} năm {year} của {office}./.',
  recipients: ['Bộ CHQS tỉnh'],
  sheet: 'Kết quả giao quân {year}',
  sheetTitle: 'Kết quả giao quân theo địa bàn năm {year}',

  columns: {
    index: 'TT',
    locality: 'Địa bàn',
    quota: 'Chỉ tiêu giao',
    handedOver: 'Kết quả giao quân',
    army: 'Quân đội',
    police: 'Công an',
    sum: 'Cộng',
    reached: 'Tỷ lệ đạt (%)',
    healthClass: 'Phân loại sức khỏe',
    examined: 'Số công dân được khám',
    handedOverCount: 'Số công dân đã giao quân',
    share: 'Tỷ lệ (%)',
    education: 'Trình độ học vấn',
    citizens: 'Số công dân',
    point: 'Căn cứ',
    pointCase: 'Trường hợp',
    quotaArmy: 'Chỉ tiêu Quân đội',
    quotaPolice: 'Chỉ tiêu Công an',
    quotaSum: 'Chỉ tiêu cộng',
    handedArmy: 'Đã giao Quân đội',
    handedPolice: 'Đã giao Công an',
    handedSum: 'Đã giao cộng',
  },
  total: 'Tổng cộng',
  healthClass: 'Loại {class}',
  unclassed: 'Chưa ghi loại',
  unknownEducation: 'Chưa ghi',
} as const;
