/**
 * This feature's part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.defenceEducation`.
 * Rules name their text in the message: {cite} is filled from the legal register (law/).
 */
export const defenceEducationMessages = {
  errors: {
    RULE_DQEDU_CATEGORY:
      '"{name}" được ghi là {recorded}, không thuộc đối tượng của khóa bồi dưỡng ({course}) — Điều 2 Nghị định 13/2014/NĐ-CP quy định mỗi đối tượng được bồi dưỡng theo chương trình riêng ({cite}).',
    RULE_DQEDU_CATEGORY_NOT_IN_FORCE:
      'Ngày {date} chưa có danh mục đối tượng bồi dưỡng kiến thức quốc phòng và an ninh (Nghị định 13/2014/NĐ-CP áp dụng từ 10/04/2014).',
    CONFLICT_DQEDU_PARTICIPANT: '"{name}" đã có trong danh sách học viên của khóa bồi dưỡng này.',
    RULE_DQEDU_CERTIFICATE:
      'Chỉ cấp giấy chứng nhận cho học viên hoàn thành chương trình (kết quả Giỏi, Khá, Đạt) — {cite}.',
    RULE_DQEDU_CERTIFICATE_DATE: 'Ngày cấp giấy chứng nhận không được trước ngày kết thúc khóa ({endsOn}).',
    CONFLICT_DQEDU_CERTIFICATE_NO: 'Số giấy chứng nhận "{number}" đã ghi cho học viên khác của khóa này.',
    RULE_DQEDU_NOT_DONE: 'Chỉ ghi kết quả, giấy chứng nhận khi khóa bồi dưỡng đã thực hiện.',
    RULE_DQEDU_CLOSED: 'Khóa bồi dưỡng đã hủy; không thay đổi danh sách học viên.',
    RULE_DQEDU_DATES: 'Ngày kết thúc phải từ ngày bắt đầu trở về sau.',
    RULE_DQEDU_PLANNED_ON: 'Ngày lập kế hoạch phải trước hoặc bằng ngày bắt đầu và không sau hôm nay.',
    RULE_DQEDU_DONE_EARLY: 'Khóa bồi dưỡng chưa kết thúc (ngày kết thúc {endsOn}); chưa ghi "Đã thực hiện".',
    RULE_DQEDU_CATEGORY_LOCKED: 'Khóa đã có học viên; không đổi đối tượng bồi dưỡng.',
    RULE_DQEDU_UNDO: 'Không thể hoàn tác bước trạng thái này của khóa bồi dưỡng.',
  },
  text: {
    undo: {
      nothing:
        'Khóa bồi dưỡng không có bước trạng thái nào hoàn tác được: các bước chuyển trước khi có lịch sử trạng thái thì không hoàn tác được. Nếu cần, hãy chuyển trạng thái bằng các nút ở đầu trang chi tiết của khóa.',
      resultsRecorded:
        'Đã ghi kết quả, giấy chứng nhận của {names}. Khóa trở lại "{back}" thì kết quả này không còn khớp (chỉ khóa đã thực hiện mới có kết quả): hãy xóa các kết quả đó trong bảng học viên trước, rồi hoàn tác.',
      addedSince:
        'Sau bước "{to}" đã thêm {names} vào khóa. Khóa trở lại "{back}" thì danh sách phải như lúc hủy: hãy bỏ những người này khỏi danh sách trước, rồi hoàn tác.',
      removedSince:
        'Sau bước "{to}" đã bỏ {names} khỏi danh sách, nên khóa không trở lại "{back}" với danh sách như lúc hủy được. Nếu vẫn hủy khóa, hãy chuyển trạng thái "{back}" bằng nút ở đầu trang chi tiết của khóa.',
      unnamed: 'một học viên',
      doneEarly:
        'Không hoàn tác được: khóa "{title}" kết thúc ngày {endsOn}, sau hôm nay, nên chưa thể trở lại "Đã thực hiện". Hãy sửa ngày kết thúc trước, rồi hoàn tác.',
      more: 'và {count} người khác',
    },
    personMissing: 'Không tìm thấy công dân trong danh sách.',
    participantMissing: 'Không tìm thấy học viên trong khóa này.',
    duplicateInput: 'Một người được chọn hai lần.',
    headcountNegative: 'Số người phải bồi dưỡng không được âm.',
    groupLabel: 'Bồi dưỡng kiến thức quốc phòng và an ninh',
    units: { course: 'lớp', person: 'người' },
    figures: {
      courses: {
        label: 'Số lớp bồi dưỡng đã thực hiện',
        how: 'Số khóa bồi dưỡng kiến thức quốc phòng và an ninh ở trạng thái "Đã thực hiện" có ngày kết thúc từ {from} đến {to}.',
      },
      participants: {
        label: 'Số người tham gia',
        how: 'Tổng số học viên trong danh sách của các khóa đã thực hiện, kết thúc từ {from} đến {to}.',
      },
      passed: {
        label: 'Hoàn thành chương trình / tham gia',
        how: 'Số học viên có kết quả Giỏi, Khá hoặc Đạt trên tổng số học viên của các khóa đã thực hiện, kết thúc từ {from} đến {to}.',
      },
      certificates: {
        label: 'Số giấy chứng nhận đã cấp',
        how: 'Số học viên có số giấy chứng nhận trong các khóa đã thực hiện, kết thúc từ {from} đến {to}.',
      },
      trained: {
        label: '{category}: bồi dưỡng trong kỳ',
        how: 'Số người (mỗi người tính một lần) hoàn thành khóa "{category}" đã thực hiện, kết thúc từ {from} đến {to}.',
      },
      cumulative: {
        label: '{category}: lũy kế đã bồi dưỡng / phải bồi dưỡng',
        how: 'Số người (mỗi người tính một lần) đã hoàn thành khóa "{category}" kết thúc đến hết {to}, trên số người thuộc đối tượng phải bồi dưỡng năm {year} do đơn vị nhập.',
      },
      cumulativeNoHeadcount: {
        label: '{category}: lũy kế đã bồi dưỡng',
        how: 'Số người (mỗi người tính một lần) đã hoàn thành khóa "{category}" kết thúc đến hết {to}; chưa nhập số người phải bồi dưỡng năm {year}.',
      },
      share: {
        label: '{category}: tỷ lệ đã bồi dưỡng',
        how: 'Lũy kế đã bồi dưỡng đến hết {to} chia cho số người thuộc đối tượng phải bồi dưỡng năm {year}; "—" khi chưa nhập số người phải bồi dưỡng.',
      },
    },
    draft: {
      none: 'Trong {period}, chưa tổ chức lớp bồi dưỡng kiến thức quốc phòng và an ninh cho các đối tượng.',
      held: 'Phối hợp tổ chức {courses} lớp bồi dưỡng kiến thức quốc phòng và an ninh{forCategories} với {participants} đồng chí tham gia; {passed} đồng chí hoàn thành chương trình{certificates}.',
      forCategories: ' cho {list}',
      certificates: ', được cấp giấy chứng nhận {count} đồng chí',
      cumulative: 'Lũy kế {category} đã bồi dưỡng {done}/{whole} đồng chí, đạt {share}.',
      cumulativeNoHeadcount: 'Lũy kế {category} đã bồi dưỡng {done} đồng chí.',
      task: '- Phối hợp tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho {category} ({title}), dự kiến từ {from} đến {to} tại {place}.',
      taskNoPlace:
        '- Phối hợp tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho {category} ({title}), dự kiến từ {from} đến {to}.',
    },
  },
} as const;
