/**
 * The political education feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.politicalEducation`.
 */
export const politicalEducationMessages = {
  errors: {
    RULE_POLEDU_PRESENT_OVER_PLANNED:
      'Số người có mặt ({present}) không được lớn hơn số người theo kế hoạch ({planned}): tỷ lệ tham gia không vượt quá 100%.',
    RULE_POLEDU_HELD_IN_FUTURE:
      'Ngày tổ chức {heldOn} sau ngày hôm nay: chỉ ghi buổi đã tổ chức, có số người tham gia thực tế.',
    RULE_POLEDU_UNIT_NOT_FOUND: 'Không tìm thấy đơn vị, địa bàn đã chọn.',
    RULE_POLEDU_UNIT_ID_KIND: 'Chỉ chọn đơn vị trong danh sách với đơn vị dân quân tự vệ hoặc địa bàn xã, phường.',
  },
  text: {
    rangeOrder: 'Ngày "đến" không được trước ngày "từ".',
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
     * The standard topics. Those marked "(Đề án)" in the list are the contents the program counts
     * under the project "Đổi mới công tác giáo dục chính trị tại đơn vị trong giai đoạn mới"
     * (an assumption, see constants.ts).
     */
    standardTopics: {
      party_resolution: 'Nghị quyết Đại hội Đảng các cấp',
      ho_chi_minh: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      peaceful_evolution: 'Phòng, chống "diễn biến hòa bình", bảo vệ nền tảng tư tưởng của Đảng',
      sovereignty: 'Chủ quyền biển, đảo, biên giới quốc gia',
      tradition: 'Truyền thống Quân đội nhân dân Việt Nam, lực lượng vũ trang địa phương',
      local_situation: 'Tình hình thời sự, nhiệm vụ chính trị của địa phương',
      militia_law: 'Luật Dân quân tự vệ năm 2019',
      military_service_law: 'Luật Nghĩa vụ quân sự năm 2015',
      reserve_law: 'Luật Lực lượng dự bị động viên năm 2019',
      defence_law: 'Luật Quốc phòng năm 2018',
    },
    staffUnit: 'Cơ quan quân sự',
    figures: {
      group: 'Giáo dục chính trị, tuyên truyền',
      sessions: {
        label: 'Số buổi giáo dục chính trị, tuyên truyền',
        how: 'Đếm các buổi đã ghi trong mục Giáo dục chính trị có ngày tổ chức từ {from} đến {to}.',
      },
      attendance: {
        label: 'Lượt người có mặt / theo kế hoạch',
        how: 'Cộng số người có mặt và số người theo kế hoạch của các buổi tổ chức từ {from} đến {to}.',
      },
      rate: {
        label: 'Tỷ lệ tham gia',
        how: 'Số lượt có mặt chia số lượt theo kế hoạch của các buổi tổ chức từ {from} đến {to}.',
      },
      kind: {
        label: '{kind}',
        how: 'Đếm các buổi loại "{kind}" tổ chức từ {from} đến {to}.',
      },
      renewal: {
        label: 'Số buổi theo Đề án đổi mới công tác giáo dục chính trị',
        how: 'Đếm các buổi tổ chức từ {from} đến {to} có chủ đề thuộc Đề án "Đổi mới công tác giáo dục chính trị tại đơn vị trong giai đoạn mới" (các chủ đề đánh dấu "Đề án").',
      },
      unit: {
        label: '{unit}: {sessions} buổi, có mặt',
        how: 'Các buổi của "{unit}" tổ chức từ {from} đến {to}: số buổi, số người có mặt / theo kế hoạch.',
      },
    },
    units: { session: 'buổi', people: 'lượt' },
    draft: {
      some: 'Tổ chức {sessions} buổi giáo dục chính trị, tuyên truyền, phổ biến pháp luật ({kinds}) với {present}/{planned} lượt người tham gia, đạt {rate}',
      renewal:
        '; trong đó {renewal} buổi thực hiện theo Đề án "Đổi mới công tác giáo dục chính trị tại đơn vị trong giai đoạn mới"',
      kindPart: '{kind} {count} buổi',
      none: 'Trong {period}, chưa tổ chức buổi giáo dục chính trị, tuyên truyền, phổ biến pháp luật nào.',
    },
  },
} as const;
