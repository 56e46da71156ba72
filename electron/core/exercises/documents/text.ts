/**
 * The fixed Vietnamese wording of the exercise plan and result report. Document content builders
 * may hold Vietnamese text (conventions.md); the column headings live here so a document's .docx
 * and .xlsx always print the same words. The rating in words is the catalogue's
 * (`vi.exercises.ratings`): the review report prints it too.
 */
export const exerciseText = {
  /** "Số: 03/KH-BCH" (kế hoạch), "Số: 04/BC-BCH" (báo cáo). */
  planTypeCode: 'KH',
  reportTypeCode: 'BC',
  planTitle: 'Kế hoạch',
  reportTitle: 'Báo cáo',
  /** Sent where the forces' lists go (the province command, "Nơi nhận"). */
  recipients: ['Bộ CHQS tỉnh (để b/c)'],
  archive: [] as readonly string[],
  /** The plan's and the report's own recipient lists: not printed (yet). */
  recipientsPlan: ['Bộ CHQS tỉnh (để b/c)', 'Đảng ủy, UBND (để b/c)', 'Các lực lượng tham gia (để t/h)'],
  recipientsReport: ['Bộ CHQS tỉnh (để b/c)', 'Đảng ủy, UBND (để b/c)'],
  people: '{count} người',

  levels: { commune: 'Cấp xã', region: 'Cấp khu vực', province: 'Cấp tỉnh' },
  forceKinds: {
    militia: 'Dân quân tự vệ',
    reservist: 'Quân nhân dự bị động viên',
    police: 'Công an',
    other: 'Lực lượng khác',
  },
  unitKinds: { militia: 'dân quân tự vệ', reserve: 'dự bị động viên' },
  total: 'Tổng cộng',

  exerciseSubject: 'Diễn tập {title}',
  exerciseResultSubject: 'Kết quả diễn tập {title}',
  planOpening:
    'Thực hiện nhiệm vụ quốc phòng, quân sự địa phương năm {year}, {office} xây dựng kế hoạch diễn tập {title} như sau:',
  planPurposeHeading: 'I. MỤC ĐÍCH, YÊU CẦU',
  planPurpose1:
    '1. Mục đích: Nâng cao năng lực lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền; khả năng tham mưu, tổ chức chỉ huy và hiệp đồng của các lực lượng; kiểm nghiệm các phương án, kế hoạch đã xây dựng.',
  planPurpose2:
    '2. Yêu cầu: Chuẩn bị chu đáo, tổ chức chặt chẽ, đúng ý định, sát thực tế; bảo đảm an toàn tuyệt đối về người, vũ khí, trang bị và phương tiện.',
  planContentHeading: 'II. NỘI DUNG',
  type: '1. Loại hình: {value}.',
  level: '2. Cấp diễn tập: {value}.',
  title: '3. Tên cuộc diễn tập: {value}.',
  plannedTime: '4. Thời gian dự kiến: {value}.',
  place: '5. Địa điểm: {value}.',
  leadBody: '6. Cơ quan chủ trì: {value}.',
  directingOfficer: '7. Người chỉ đạo, điều hành: {value}.',
  plannedForces: '8. Lực lượng tham gia dự kiến: {total}, cụ thể:',
  units: '9. Các đơn vị tham gia: {value}.',
  scenario: '10. Ý định, tình huống diễn tập: {value}',
  noUnits: 'chưa xác định',
  planOrganisationHeading: 'III. TỔ CHỨC THỰC HIỆN',
  planOrganisation1:
    '1. Ban Chỉ huy quân sự: Chủ trì tham mưu, xây dựng văn kiện, tổ chức tập huấn, luyện tập; {value}',
  planOrganisation2: '2. Các lực lượng, đơn vị tham gia: Chuẩn bị lực lượng, vũ khí, trang bị, phương tiện; {value}',
  planOrganisation3: '3. Bảo đảm: Kinh phí, hậu cần, kỹ thuật, y tế; {value}',
  planOrganisation4: '4. Thời gian hoàn thành công tác chuẩn bị: {value}',
  planClosing: 'Trên đây là kế hoạch diễn tập {title} của {office}./.',

  reportOpening: 'Thực hiện kế hoạch diễn tập năm {year}, {office} báo cáo kết quả diễn tập {title} như sau:',
  reportTimeHeading: 'I. THỜI GIAN, ĐỊA ĐIỂM, LỰC LƯỢNG',
  actualTime: '1. Thời gian: {value}.',
  actualPlace: '2. Địa điểm: {value}.',
  actualForces: '3. Lực lượng tham gia: {total}, cụ thể:',
  actualUnits: '4. Các đơn vị tham gia: {value}.',
  reportResultHeading: 'II. KẾT QUẢ',
  rating: '1. Xếp loại chung: {value}.',
  notRated: 'chưa đánh giá',
  lessons: '2. Bài học kinh nghiệm: {value}',
  attachmentsHeading: 'III. VĂN BẢN KÈM THEO',
  attachment: '- Số {number}{date}{summary}.',
  attachmentDate: ' ngày {date}',
  noAttachments: 'Không có.',
  reportClosing: 'Trên đây là báo cáo kết quả diễn tập {title} của {office}./.',
  forcesSheet: 'Lực lượng',
} as const;

export const exerciseColumns = {
  index: 'STT',
  force: 'Lực lượng',
  count: 'Quân số (người)',
} as const;
