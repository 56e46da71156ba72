import { helpScreens } from './vi-help-screens';

/** A link from the help page to a screen: its address (#/<section>/<tab>) and the words shown. */
export interface HelpLink {
  to: string;
  label: string;
}

/** One period of the office's year on the help page. */
export interface HelpPeriod {
  when: string;
  title: string;
  text: string;
  links: readonly HelpLink[];
}

const toPeople = { to: 'cong-dan/danh-sach', label: 'Công dân' };
const toCampaigns = { to: 'tuyen-quan', label: 'Tuyển quân' };
const toMilitia = { to: 'dan-quan-tu-ve/danh-sach', label: 'Dân quân tự vệ › Danh sách' };
const toReviews = { to: 'van-ban-bao-cao/bao-cao', label: 'Văn bản – Báo cáo › Báo cáo sơ kết, tổng kết' };

/**
 * The "Hướng dẫn" words (reachable as `vi.help`): the button and drawer of every screen, each
 * screen's entry, and the help page on the office's year (dates from the texts the program cites;
 * where a date is the office's practice, the text says so).
 */
export const helpText = {
  button: 'Hướng dẫn',
  drawerTitle: 'Hướng dẫn: {title}',
  purpose: 'Dùng để làm gì',
  steps: 'Các bước',
  basis: 'Căn cứ pháp lý',
  openGuide: 'Công việc trong năm (Hướng dẫn sử dụng)',
  screens: helpScreens,
  /** Tooltips on badges and figures, built from the record they describe. */
  hints: {
    overview: {
      handedOver:
        'Công dân đã giao nhận quân (Quân đội và Công an) của đợt tuyển quân năm {year} so với tổng chỉ tiêu được giao: {handed}/{quota}.',
      noCampaign: 'Chưa có đợt tuyển quân nào có ngày giao quân trong năm {year}. Tạo đợt ở mục Tuyển quân.',
      exercises:
        'Các cuộc diễn tập có ngày dự kiến trong năm {year}: {done} cuộc đã thực hiện trên {planned} cuộc trong kế hoạch. Cuộc đã hủy ({cancelled}) không tính vào kế hoạch.',
      attendance:
        'Các khóa huấn luyện bắt đầu trong năm {year} ({courses} khóa, {participants} lượt người): số ngày có mặt chia cho số ngày phải tham gia theo kế hoạch. "Khá, giỏi": số người được đánh giá khá, giỏi trên số người đã đánh giá.',
      militia:
        'Dân quân tự vệ đang tham gia ngày {asOf}. Tỷ lệ so với dân số các phường, xã đã nhập dân số ({population} người).',
      militiaNoPopulation:
        'Dân quân tự vệ đang tham gia ngày {asOf}. Chưa nhập dân số nên chưa tính tỷ lệ: nhập ở Dân quân tự vệ › Tổng hợp.',
      reserves:
        'Quân nhân dự bị trong ngạch ngày {asOf}: hạng 1 {grade1}, hạng 2 {grade2} người (Điều 24 Luật Nghĩa vụ quân sự). "Sắp xếp": {assigned}/{reservists} người đã được sắp xếp vào đơn vị dự bị động viên.',
    },
    militiaSummary: {
      share: 'Tổng số dân quân tự vệ chia cho dân số năm {year} đã nhập của phường, xã, tính theo %.',
      partyShare: 'Số đảng viên chia cho tổng số dân quân tự vệ, tính theo %.',
      termEndingSoon:
        'Thành viên có thời hạn tham gia (hoặc gia hạn) kết thúc đến hết ngày {cutoff} (90 ngày sau ngày {asOf}), kể cả người đã hết hạn mà chưa làm thủ tục kết thúc.',
      pastAgeLimit:
        'Thành viên đã quá độ tuổi vào ngày {asOf}, hoặc sẽ quá tuổi trước khi hết thời hạn tham gia: nam đến hết 45, nữ đến hết 40 tuổi; tình nguyện đến hết 50, 45 tuổi (khoản 1 Điều 8 Luật Dân quân tự vệ năm 2019).',
    },
    reservesSummary: {
      assignmentRate:
        'Số đã sắp xếp vào đơn vị dự bị động viên ({assigned}) chia cho tổng số quân nhân dự bị ({reservists}) ngày {asOf}, tính theo %.',
      specialtyMatchRate:
        'Số được sắp xếp đúng chuyên nghiệp quân sự của vị trí ({matched}) chia cho số đã sắp xếp ({assigned}), tính theo % (khoản 1 Điều 16 Luật Lực lượng dự bị động viên).',
      pastAgeLimit:
        'Quân nhân dự bị đã quá độ tuổi phục vụ trong ngạch dự bị ngày {asOf}: hạ sĩ quan, binh sĩ nam hết 45, nữ hết 40 tuổi (Điều 37 Luật Nghĩa vụ quân sự); sĩ quan dự bị theo cấp bậc (Điều 38 Luật Sĩ quan). Lọc "Quá hạn tuổi" ở tab Danh sách để đề nghị đưa ra khỏi ngạch.',
    },
    people: {
      legacyId:
        '{number} là số chứng minh nhân dân 9 chữ số của hồ sơ cũ. Từ ngày 01/07/2024 số định danh cá nhân (12 chữ số, in trên thẻ căn cước) thay thế (Luật Căn cước số 26/2023/QH15); hãy sửa hồ sơ khi công dân xuất trình thẻ.',
    },
    campaign: {
      officialList:
        'Công dân trong danh sách chính thức (gọi nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân) so với tổng chỉ tiêu của địa bàn; "Thiếu", "Vượt" là chênh lệch so với chỉ tiêu.',
      handedOver: 'Công dân đã giao nhận quân so với tổng chỉ tiêu của địa bàn.',
    },
    militia: {
      ageLimit:
        '{sex} tham gia dân quân tự vệ đến hết {maxAge} tuổi{volunteer} (khoản 1 Điều 8 Luật Dân quân tự vệ năm 2019).',
      sex: { M: 'Nam', F: 'Nữ' },
      volunteer: ' khi tình nguyện',
      pastAge:
        '{name} (sinh ngày {birthDate}) đã hết {maxAge} tuổi ngày {lastDay}, nay đã quá tuổi. Hãy làm thủ tục kết thúc và bố trí người thay.',
      reachesAge:
        '{name} (sinh ngày {birthDate}) hết {maxAge} tuổi ngày {lastDay}, nhưng thời hạn tham gia kéo dài đến ngày {endsOn}, sau ngày đó. Hãy kết thúc trước ngày {limitDate} và bố trí người thay.',
      term: 'Thời hạn tham gia là {years} năm, được gia hạn không quá 2 năm (khoản 2 Điều 8 Luật Dân quân tự vệ năm 2019).',
      termEnding:
        'Thời hạn của {name} {extended}kết thúc ngày {endsOn}, còn {days} ngày. Hãy gia hạn hoặc làm thủ tục kết thúc.',
      termOver:
        'Thời hạn của {name} {extended}đã kết thúc ngày {endsOn} ({days} ngày trước) nhưng chưa làm thủ tục kết thúc. Hãy gia hạn hoặc kết thúc.',
      extended: '(đã gia hạn) ',
    },
  },
  page: {
    title: 'Hướng dẫn sử dụng',
    intro:
      'Công việc quân sự địa phương trong một năm và nơi làm từng việc trong chương trình. Bấm tên màn hình để mở. Trên mỗi màn hình, nút "Hướng dẫn" ở góc trên bên phải giải thích màn hình đó.',
    yearTitle: 'Công việc trong năm',
    startTitle: 'Bắt đầu',
    start: [
      'Khai báo thông tin cơ quan, người ký và địa bàn ở mục Cài đặt.',
      'Nhập công dân (từng người hoặc từ tệp Excel) ở mục Công dân.',
      'Mỗi thay đổi được ghi vào nhật ký; sao lưu thường xuyên ở Cài đặt › Sao lưu.',
    ],
    startLinks: [{ to: 'cai-dat', label: 'Cài đặt' }, toPeople] as readonly HelpLink[],
    goTo: 'Mở màn hình',
    periods: [
      {
        when: 'Tháng 1',
        title: 'Lập danh sách nam công dân đủ 17 tuổi',
        text: 'Chỉ huy trưởng Ban CHQS cấp xã báo cáo Chủ tịch UBND cấp xã danh sách nam công dân đủ 17 tuổi trong năm và công dân trong độ tuổi chưa đăng ký (Điều 16 Luật NVQS, sửa đổi năm 2025). Lọc công dân theo năm sinh ở mục Công dân.',
        links: [toPeople],
      },
      {
        when: 'Tháng 1 – tháng 3',
        title: 'Lệnh gọi nhập ngũ và giao nhận quân',
        text: 'Lệnh gọi nhập ngũ phải đến tay công dân ít nhất 15 ngày trước ngày giao quân (khoản 6 Điều 34 Luật NVQS); giao nhận quân vào tháng 2 hoặc tháng 3. Ghi kết quả ở tab Giao nhận quân của đợt.',
        links: [toCampaigns],
      },
      {
        when: 'Tháng 4',
        title: 'Đăng ký nghĩa vụ quân sự lần đầu',
        text: 'Chủ tịch UBND cấp xã gọi công dân đủ 17 tuổi đăng ký lần đầu, trực tuyến hoặc trực tiếp (Điều 16 Luật NVQS). Ghi ngày và hình thức đăng ký vào hồ sơ từng công dân.',
        links: [toPeople],
      },
      {
        when: 'Tháng 6',
        title: 'Sơ kết 6 tháng đầu năm',
        text: 'Lập báo cáo sơ kết công tác quốc phòng, quân sự địa phương 6 tháng đầu năm từ số liệu đã nhập; sửa phần nội dung rồi trình ký.',
        links: [toReviews],
      },
      {
        when: 'Giữa năm – tháng 10',
        title: 'Chuẩn bị tuyển quân năm sau',
        text: 'Tạo đợt tuyển quân của năm sau, đưa công dân trong độ tuổi (từ đủ 18 đến hết 25 tuổi; hết 27 tuổi với người được tạm hoãn vì đang học cao đẳng, đại học — Điều 30 Luật NVQS) vào đợt; bình cử, xét duyệt ở thôn, xã; sơ tuyển.',
        links: [toCampaigns],
      },
      {
        when: 'Tháng 11 – tháng 12',
        title: 'Khám sức khỏe, xét duyệt và chốt danh sách',
        text: 'Ghi kết quả khám sức khỏe (chỉ gọi công dân sức khỏe loại 1, 2, 3 — Thông tư 105/2023/TT-BQP), tạm hoãn, miễn theo Điều 41 Luật NVQS, rồi chốt danh sách chính thức và dự bị.',
        links: [toCampaigns],
      },
      {
        when: 'Tháng 12',
        title: 'Tổng kết năm',
        text: 'Lập báo cáo tổng kết năm từ số liệu cả năm; kiểm tra sổ văn bản đi và sao lưu dữ liệu trước khi sang năm mới.',
        links: [toReviews, { to: 'van-ban-bao-cao/so-van-ban', label: 'Văn bản – Báo cáo › Sổ văn bản đi' }],
      },
      {
        when: 'Cả năm',
        title: 'Dân quân tự vệ: thời hạn tham gia và độ tuổi',
        text: 'Thời hạn tham gia 4 năm, dân quân thường trực 2 năm, gia hạn không quá 2 năm; độ tuổi nam đến hết 45, nữ đến hết 40 (Điều 8 Luật DQTV 2019). Lọc "Sắp hết hạn (90 ngày)" hằng tháng để gia hạn hoặc kết thúc; người mang nhãn "Quá tuổi" cần bố trí người thay.',
        links: [toMilitia, { to: 'dan-quan-tu-ve/tong-hop', label: 'Dân quân tự vệ › Tổng hợp' }],
      },
      {
        when: 'Theo kế hoạch năm',
        title: 'Huấn luyện và diễn tập',
        text: 'Huấn luyện dân quân tự vệ (năm thứ nhất 15 ngày — Điều 28 Luật DQTV) và quân nhân dự bị; diễn tập khu vực phòng thủ, chiến đấu phòng thủ, phòng chống thiên tai – tìm kiếm cứu nạn. Ghi kết quả để báo cáo tự tính tỷ lệ.',
        links: [
          { to: 'dien-tap-huan-luyen/huan-luyen', label: 'Diễn tập – Huấn luyện › Huấn luyện' },
          { to: 'dien-tap-huan-luyen/dien-tap', label: 'Diễn tập – Huấn luyện › Diễn tập' },
        ],
      },
      {
        when: 'Cả năm',
        title: 'Quân nhân dự bị',
        text: 'Sắp xếp quân nhân dự bị vào đơn vị dự bị động viên đúng chuyên nghiệp quân sự, giữ tỷ lệ dự phòng (Điều 15, 16 Luật Lực lượng dự bị động viên); đưa ra khỏi ngạch người quá hạn tuổi.',
        links: [{ to: 'quan-nhan-du-bi/tong-hop', label: 'Quân nhân dự bị › Tổng hợp' }],
      },
    ] as readonly HelpPeriod[],
  },
};
