/**
 * The readiness documents' part of the core catalogue (merged into `vi` in ./vi.ts):
 * `errors` join the API's error codes; `text` is reachable as `vi.readinessDocuments`.
 *
 * The set of readiness documents (văn kiện SSCĐ) and their yearly review come from Ministry of
 * Defence instructions that are not public: the messages say the program follows office practice.
 */
const PRACTICE =
  'nền nếp của cơ quan: văn kiện SSCĐ được rà soát, bổ sung hằng năm; hướng dẫn của Bộ Quốc phòng về hệ thống văn kiện không công khai nên chương trình không trích dẫn điều khoản';

export const readinessDocumentsMessages = {
  errors: {
    RULE_READINESS_REVIEW_FUTURE: 'Ngày rà soát không được sau hôm nay: lần rà soát ghi lại việc đã làm.',
    RULE_READINESS_REVIEW_ORDER:
      'Ngày rà soát phải từ ngày {previous} (lần rà soát trước của văn kiện này) trở đi: lịch sử rà soát được ghi nối tiếp, không chèn vào trước.',
    RULE_READINESS_NOT_HOLDERS_DOCUMENT:
      '"{kind}" không thuộc hệ thống văn kiện SSCĐ phải có của {holder} (danh mục văn kiện do cơ quan tự điều chỉnh theo hướng dẫn của cấp trên).',
    RULE_READINESS_RETIRED: 'Cơ quan, đơn vị hoặc loại văn kiện này đã thôi theo dõi.',
    RULE_READINESS_REVIEW_BEFORE_START:
      'Ngày rà soát không được trước ngày bắt đầu theo dõi {what} ({start}): văn kiện khi đó chưa thuộc hệ thống văn kiện của cơ quan, đơn vị.',
    RULE_READINESS_ACTIVE_FROM_FUTURE: 'Ngày bắt đầu theo dõi không được sau hôm nay; để trống thì tính từ hôm nay.',
    RULE_READINESS_PRACTICE_FUTURE:
      'Buổi luyện tập "Đã thực hiện" không được có ngày sau hôm nay; buổi chưa tổ chức thì ghi trạng thái "Kế hoạch".',
    RULE_READINESS_PLANNED_AT: 'Ngày lập kế hoạch không được sau ngày luyện tập.',
    RULE_READINESS_PRACTICE_RATING: 'Chỉ đánh giá kết quả khi buổi luyện tập đã thực hiện.',
    RULE_READINESS_HOLDER_REF:
      'Ban CHQS xã, phường phải gắn với một xã, phường của địa bàn; đơn vị dân quân tự vệ phải chọn đơn vị trong danh sách; cơ quan quân sự thì không chọn.',
    CONFLICT_READINESS_HOLDER: 'Cơ quan, đơn vị này đã có trong danh sách giữ văn kiện SSCĐ.',
    CONFLICT_READINESS_KIND_NAME: 'Đã có loại văn kiện cùng tên.',
  },
  text: {
    practice: PRACTICE,
    /** What started being followed, in RULE_READINESS_REVIEW_BEFORE_START. */
    startOf: { holder: 'cơ quan, đơn vị', kind: 'loại văn kiện' },
    participantsNegative: 'Số người tham gia không được âm.',
    figures: {
      holdersComplete: {
        label: 'Cơ quan, đơn vị có văn kiện SSCĐ đầy đủ',
        how: 'Số cơ quan, đơn vị giữ văn kiện sẵn sàng chiến đấu (chưa thôi theo dõi đến {to}) mà mọi văn kiện phải có đều "Đầy đủ" theo lần rà soát gần nhất đến hết ngày {to}, trên tổng số cơ quan, đơn vị.',
      },
      needsRevision: {
        label: 'Văn kiện cần bổ sung, điều chỉnh',
        how: 'Số văn kiện phải có mà lần rà soát gần nhất đến hết ngày {to} ghi "Cần bổ sung, điều chỉnh".',
      },
      missing: {
        label: 'Văn kiện chưa có',
        how: 'Số văn kiện phải có mà lần rà soát gần nhất đến hết ngày {to} ghi "Chưa có", hoặc chưa được rà soát lần nào đến ngày đó.',
      },
      reviewed: {
        label: 'Văn kiện đã rà soát trong kỳ',
        how: 'Số văn kiện (của từng cơ quan, đơn vị) có ít nhất một lần rà soát ghi ngày từ {from} đến {to}.',
      },
      practices: {
        label: 'Luyện tập phương án chiến đấu tại chỗ (thực hiện/kế hoạch)',
        how: 'Số buổi luyện tập "Đã thực hiện" có ngày từ {from} đến {to}, trên số buổi (kế hoạch hoặc đã thực hiện) có ngày trong khoảng đó.',
      },
      participants: {
        label: 'Lượt người tham gia luyện tập',
        how: 'Tổng số người tham gia của các buổi luyện tập đã thực hiện từ {from} đến {to} (buổi không ghi số người thì không tính).',
      },
    },
    units: { holder: 'cơ quan, đơn vị', document: 'văn kiện', session: 'buổi', person: 'lượt người' },
    groupLabel: 'Văn kiện sẵn sàng chiến đấu, luyện tập phương án',
    draft: {
      documents:
        'Rà soát, bổ sung hệ thống văn kiện sẵn sàng chiến đấu: {complete}/{holders} cơ quan, đơn vị có văn kiện đầy đủ; đã rà soát {reviewed} văn kiện{gaps}.',
      documentsNoReview:
        'Trong {period}, chưa tổ chức rà soát văn kiện sẵn sàng chiến đấu; {complete}/{holders} cơ quan, đơn vị có văn kiện đầy đủ{gaps}.',
      gaps: '; còn {list}',
      /** Joins the two gaps: "2 văn kiện cần bổ sung, điều chỉnh và 1 văn kiện chưa có". */
      and: ' và ',
      needsRevision: '{n} văn kiện cần bổ sung, điều chỉnh',
      missing: '{n} văn kiện chưa có',
      noHolders: 'Trong {period}, chưa tổ chức rà soát hệ thống văn kiện sẵn sàng chiến đấu.',
      none: 'Trong {period}, chưa tổ chức rà soát hệ thống văn kiện sẵn sàng chiến đấu và luyện tập phương án chiến đấu tại chỗ.',
      practices: 'Tổ chức {done} buổi luyện tập phương án chiến đấu tại chỗ{participants}.',
      practicesParticipants: ' với {n} lượt người tham gia',
      practicesNone: 'Trong {period}, chưa tổ chức luyện tập phương án chiến đấu tại chỗ.',
      taskReview:
        '- Rà soát, bổ sung {n} văn kiện sẵn sàng chiến đấu đến hạn rà soát hoặc cần bổ sung, điều chỉnh ({holders}).',
      taskPractice: '- Luyện tập phương án "{kind}" tại {holder} (dự kiến ngày {date}).',
    },
  },
} as const;
