/**
 * The fixed Vietnamese wording of the per-citizen papers (health-exam summons, registration
 * certificate, deferral and exemption decisions) and of the notice posting the deferral and
 * exemption lists. Document content builders may hold Vietnamese text (conventions.md).
 *
 * Type codes: Decree 30/2020/NĐ-CP Annex III gives QĐ (quyết định) and TB (thông báo). It lists no
 * code for a summons (lệnh) or a certificate (giấy chứng nhận): LGK and GCN are the office's own
 * series, as LGNN is for call-up orders and DS for lists.
 */
export const paperCodes = {
  examSummons: 'LGK',
  certificate: 'GCN',
  decision: 'QĐ',
  notice: 'TB',
} as const;

/** Labels of the citizen's identity lines, shared by every paper. */
export const citizenFieldText = {
  name: 'Họ và tên:',
  birthDate: 'Sinh ngày:',
  citizenId: 'Số định danh cá nhân:',
  residence: 'Nơi cư trú:',
} as const;

/** Lệnh gọi khám sức khỏe nghĩa vụ quân sự (Art. 40 Luật NVQS: exams from 1 November to 31 December). */
export const summonsText = {
  title: 'Lệnh gọi khám sức khỏe nghĩa vụ quân sự',
  /** After the Military Service Law as amended on the paper's date (law-basis.ts). */
  bases: ['Căn cứ Điều 40 Luật Nghĩa vụ quân sự về khám sức khỏe cho công dân gọi nhập ngũ;'],
  basisYear: 'Căn cứ kế hoạch tuyển chọn và gọi công dân nhập ngũ năm {year},',
  /** "CHỈ HUY TRƯỞNG BAN CHQS …" — printed upper case. */
  commands: '{title} {office}',
  call: 'Gọi công dân:',
  reportAt: 'Có mặt lúc:',
  place: 'Tại:',
  purpose: 'Để khám sức khỏe nghĩa vụ quân sự năm {year}.',
  bringLabel: 'Khi đi mang theo:',
  bring: [
    'Lệnh gọi khám sức khỏe này;',
    'Thẻ căn cước (hoặc căn cước công dân);',
    'Giấy chứng nhận đăng ký nghĩa vụ quân sự;',
    'Giấy tờ, hồ sơ về sức khỏe, bệnh án (nếu có).',
  ],
  duty: 'Công dân có trách nhiệm chấp hành nghiêm lệnh này. Trường hợp không chấp hành sẽ bị xử lý theo quy định của pháp luật.',
  recipients: ['Công dân có tên trên', 'Hội đồng nghĩa vụ quân sự'],
} as const;

/** Giấy chứng nhận đăng ký nghĩa vụ quân sự (Art. 16 Luật NVQS: first registration). */
export const certificateText = {
  title: 'Giấy chứng nhận đăng ký nghĩa vụ quân sự',
  /** After the Military Service Law as amended on the paper's date (law-basis.ts). */
  bases: ['Căn cứ Điều 16 Luật Nghĩa vụ quân sự về đăng ký nghĩa vụ quân sự lần đầu,'],
  certifies: 'Chứng nhận công dân:',
  registeredOn: 'Đã đăng ký nghĩa vụ quân sự lần đầu ngày {date}.',
  registrationNumber: 'Số đăng ký:',
  keep: 'Công dân có trách nhiệm giữ gìn giấy chứng nhận này, xuất trình khi cơ quan có thẩm quyền yêu cầu và đăng ký bổ sung, đăng ký khi thay đổi nơi cư trú theo quy định.',
  recipients: ['Công dân có tên trên'],
} as const;

/** Quyết định tạm hoãn / miễn gọi nhập ngũ for one citizen, naming the point of Art. 41. */
export const decisionText = {
  title: 'Quyết định',
  deferralSummary: 'Về việc tạm hoãn gọi nhập ngũ năm {year}',
  exemptionSummary: 'Về việc miễn gọi nhập ngũ năm {year}',
  /** "CHỈ HUY TRƯỞNG BAN CHQS …" — the issuer, printed upper case above "QUYẾT ĐỊNH:". */
  issuer: '{title} {office}',
  deferralBasis: 'Căn cứ điểm {letter} khoản 1 Điều 41 Luật Nghĩa vụ quân sự;',
  exemptionBasis: 'Căn cứ điểm {letter} khoản 2 Điều 41 Luật Nghĩa vụ quân sự;',
  councilBasis: 'Xét đề nghị của Hội đồng nghĩa vụ quân sự,',
  decides: 'Quyết định:',
  article1Deferral: 'Điều 1. Tạm hoãn gọi nhập ngũ năm {year} đối với công dân:',
  article1Exemption: 'Điều 1. Miễn gọi nhập ngũ đối với công dân:',
  ground: 'Lý do:',
  groundDeferral: 'Thuộc trường hợp quy định tại điểm {letter} khoản 1 Điều 41 Luật Nghĩa vụ quân sự: {label}.',
  groundExemption: 'Thuộc trường hợp quy định tại điểm {letter} khoản 2 Điều 41 Luật Nghĩa vụ quân sự: {label}.',
  noPoint: 'Chưa ghi điểm áp dụng tại Điều 41 Luật Nghĩa vụ quân sự.',
  detail: 'Cụ thể:',
  reviewYear: 'Xét lại năm:',
  article2Deferral:
    'Điều 2. Khi không còn lý do tạm hoãn, công dân có tên tại Điều 1 được gọi nhập ngũ theo quy định của Luật Nghĩa vụ quân sự.',
  article2Exemption:
    'Điều 2. Công dân có tên tại Điều 1 nếu tình nguyện thì được xem xét tuyển chọn và gọi nhập ngũ theo quy định của Luật Nghĩa vụ quân sự.',
  article3:
    'Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan, tổ chức có liên quan và công dân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
  recipients: ['Như Điều 3', 'Hội đồng nghĩa vụ quân sự'],
} as const;

/**
 * Thông báo niêm yết công khai danh sách tạm hoãn, miễn gọi nhập ngũ. Art. 41 Luật NVQS has the
 * lists posted publicly; Circular 68/2025/TT-BQP (clause 4 Art. 5 of Circular 148/2018 as amended)
 * says where and for 20 days from the provincial chairman's decision.
 */
export const noticeText = {
  title: 'Thông báo',
  summary: 'Niêm yết công khai danh sách công dân được tạm hoãn gọi nhập ngũ, miễn gọi nhập ngũ năm {year}',
  bases: [
    'Căn cứ khoản 4 Điều 5 Thông tư số 148/2018/TT-BQP ngày 04 tháng 10 năm 2018 của Bộ trưởng Bộ Quốc phòng, được sửa đổi, bổ sung bởi Thông tư số 68/2025/TT-BQP;',
    'Căn cứ quyết định {decisionDate} của Chủ tịch Ủy ban nhân dân tỉnh,',
  ],
  opening:
    '{office} thông báo niêm yết công khai danh sách công dân được tạm hoãn gọi nhập ngũ, miễn gọi nhập ngũ năm {year} như sau:',
  deferred:
    '1. Số công dân được tạm hoãn gọi nhập ngũ (khoản 1 Điều 41 Luật Nghĩa vụ quân sự): {count} công dân{points}.',
  exempted: '2. Số công dân được miễn gọi nhập ngũ (khoản 2 Điều 41 Luật Nghĩa vụ quân sự): {count} công dân{points}.',
  /** The counts by point after the total, in one run so the notice stays on one page: " (điểm a: 1; điểm g: 1)". */
  points: ' ({points})',
  point: 'điểm {letter}: {count}',
  attached: '(Có danh sách kèm theo.)',
  period: '3. Thời gian niêm yết: 20 ngày, từ ngày {from} đến hết ngày {to}.',
  places:
    '4. Địa điểm niêm yết: Cổng thông tin điện tử (trang thông tin điện tử) của xã, phường; trụ sở Ủy ban nhân dân xã, phường; cơ quan, tổ chức nơi công dân làm việc, học tập; nhà văn hóa thôn, tổ dân phố.',
  feedback:
    'Trong thời gian niêm yết, tổ chức, cá nhân có ý kiến về danh sách trên phản ánh trực tiếp hoặc bằng văn bản về {office} để xem xét, giải quyết theo quy định./.',
  recipients: ['Ủy ban nhân dân xã, phường', 'Các thôn, tổ dân phố (để niêm yết)', 'Hội đồng nghĩa vụ quân sự'],
} as const;
