/** This feature's words (reachable as `vi.politicalEducation`; part of the one catalogue in ./vi.ts). */
export const politicalEducationText = {
  intro:
    'Các buổi giáo dục chính trị, tuyên truyền, phổ biến pháp luật và sinh hoạt chuyên đề của dân quân tự vệ, quân nhân dự bị, cán bộ cơ quan và nhân dân các xã, phường: ngày, đơn vị, chủ đề, người trình bày, quân số tham gia.',
  add: 'Thêm buổi',
  addTitle: 'Thêm buổi giáo dục chính trị, tuyên truyền',
  editTitle: 'Sửa buổi ngày {date}',
  saved: 'Đã lưu buổi giáo dục chính trị, tuyên truyền.',
  empty: 'Chưa có buổi nào trong khoảng thời gian này.',
  edit: 'Sửa',
  filters: { from: 'Từ ngày', to: 'Đến ngày', kind: 'Loại', unitKind: 'Đối tượng' },
  columns: {
    heldOn: 'Ngày',
    kind: 'Loại',
    unit: 'Đơn vị, địa bàn',
    topic: 'Chủ đề',
    presenter: 'Người trình bày',
    attendance: 'Có mặt/KH',
    actions: 'Thao tác',
  },
  fields: {
    heldOn: 'Ngày tổ chức',
    kind: 'Loại',
    unitKind: 'Đối tượng',
    unitId: 'Chọn đơn vị, địa bàn',
    unitIdPlaceholder: 'Chọn trong danh sách (không bắt buộc)',
    unitName: 'Tên đơn vị, địa bàn',
    standardTopic: 'Chủ đề theo danh mục',
    standardTopicPlaceholder: 'Không theo danh mục',
    topic: 'Nội dung, chủ đề',
    presenter: 'Người trình bày',
    planned: 'Quân số theo kế hoạch',
    present: 'Quân số có mặt',
    note: 'Ghi chú',
  },
  kinds: {
    political: 'Giáo dục chính trị',
    legal: 'Tuyên truyền, phổ biến pháp luật',
    thematic: 'Sinh hoạt chuyên đề',
  },
  unitKinds: {
    militia: 'Đơn vị dân quân tự vệ',
    reserve: 'Đơn vị dự bị động viên',
    staff: 'Cán bộ, nhân viên cơ quan',
    locality: 'Nhân dân địa bàn (tuyên truyền)',
  },
  /**
   * The standard topics; "(Đề án)" marks those the core counts under the project "Đổi mới công tác
   * giáo dục chính trị tại đơn vị trong giai đoạn mới" (political-education/constants.ts).
   */
  standardTopics: {
    party_resolution: 'Nghị quyết Đại hội Đảng các cấp (Đề án)',
    ho_chi_minh: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (Đề án)',
    peaceful_evolution: 'Phòng, chống "diễn biến hòa bình", bảo vệ nền tảng tư tưởng của Đảng (Đề án)',
    sovereignty: 'Chủ quyền biển, đảo, biên giới quốc gia (Đề án)',
    tradition: 'Truyền thống Quân đội nhân dân Việt Nam, lực lượng vũ trang địa phương (Đề án)',
    local_situation: 'Tình hình thời sự, nhiệm vụ chính trị của địa phương (Đề án)',
    militia_law: 'Luật Dân quân tự vệ năm 2019',
    military_service_law: 'Luật Nghĩa vụ quân sự năm 2015',
    reserve_law: 'Luật Lực lượng dự bị động viên năm 2019',
    defence_law: 'Luật Quốc phòng năm 2018',
  },
  renewalTag: 'Đề án',
  summary: {
    title: 'Tổng hợp trong khoảng thời gian đã chọn',
    line: '{sessions} buổi, có mặt {present}/{planned} lượt ({rate}); theo Đề án đổi mới công tác giáo dục chính trị: {renewal} buổi.',
    kinds: 'Giáo dục chính trị {political} · Tuyên truyền, phổ biến pháp luật {legal} · Sinh hoạt chuyên đề {thematic}',
    byUnit: 'Theo đơn vị, địa bàn',
    unitLine: '{unit}: {sessions} buổi, có mặt {present}/{planned} lượt ({rate})',
    none: 'Chưa có buổi nào trong khoảng thời gian đã chọn.',
    range: 'Khoảng thời gian tổng hợp cần có cả từ ngày và đến ngày.',
  },
  staffUnit: 'Cơ quan quân sự',
} as const;
