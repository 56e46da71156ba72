/**
 * One screen's "Hướng dẫn": what it is for, the steps, and the legal basis where the program
 * already applies one (the texts of Cài đặt › Căn cứ pháp lý; no basis rather than a guessed one).
 */
export interface HelpEntry {
  purpose: string;
  steps: readonly string[];
  basis?: readonly string[];
}

const NVQS = 'Luật Nghĩa vụ quân sự số 78/2015/QH13 (sửa đổi bởi Luật số 98/2025/QH15)';
const DQTV = 'Luật Dân quân tự vệ số 48/2019/QH14';
const DBDV = 'Luật Lực lượng dự bị động viên số 53/2019/QH14';
const ND30 = 'Nghị định số 30/2020/NĐ-CP về công tác văn thư (thể thức văn bản)';

/**
 * Keyed by the address: "<section>" for a screen without tabs, "<section>/<tab>" for a tab
 * (tuyen-quan is the campaign list, tuyen-quan/<tab> a campaign's tabs). A test checks that every
 * section and tab has its entry.
 */
export const helpScreens: Record<string, HelpEntry> = {
  'tong-quan': {
    purpose: 'Nắm nhanh tình hình công tác quân sự địa phương: các con số chính và những việc đến hạn cần làm.',
    steps: [
      'Xem các con số tổng hợp; rê chuột lên từng con số để biết cách tính.',
      'Bấm vào một việc cần làm để mở đúng màn hình xử lý.',
      'Số liệu tính đến hôm nay, tự cập nhật khi hồ sơ thay đổi.',
    ],
  },
  'huong-dan': {
    purpose: 'Công việc trong năm của cơ quan quân sự địa phương và nơi làm từng việc trong chương trình.',
    steps: ['Đọc theo tháng trong năm.', 'Bấm tên màn hình để mở màn hình đó.'],
  },
  'cong-dan/danh-sach': {
    purpose:
      'Sổ công dân của địa phương: mỗi người một hồ sơ, dùng chung cho tuyển quân, dân quân tự vệ và dự bị động viên.',
    steps: [
      'Tìm theo họ tên (gõ có hoặc không dấu) hoặc số định danh; lọc theo địa bàn, độ tuổi.',
      'Bấm "Thêm công dân" để nhập hồ sơ mới, hoặc nhập nhiều người từ tệp Excel.',
      'Mở một công dân để xem và sửa hồ sơ, quá trình phục vụ.',
    ],
    basis: [`${NVQS}: Điều 12, Điều 16 (đăng ký nghĩa vụ quân sự lần đầu)`],
  },
  'cong-dan/thong-bao-cong-an': {
    purpose: 'Ghi các thông báo hằng quý của Công an cấp xã về công dân bị tạm giữ, tạm giam, chuyển đi, chuyển đến.',
    steps: [
      'Bấm "Nhập thông báo", chọn quý và ghi từng công dân trong thông báo.',
      'Mở thông báo để đối chiếu với hồ sơ công dân và cập nhật hồ sơ khi cần.',
    ],
    basis: ['Nghị định số 220/2025/NĐ-CP'],
  },
  'tuyen-quan': {
    purpose: 'Các đợt tuyển quân theo năm: chỉ tiêu, công dân trong đợt và kết quả giao nhận quân.',
    steps: [
      'Bấm "Tạo đợt tuyển quân" cho năm mới, ghi ngày giao nhận quân.',
      'Mở đợt để giao chỉ tiêu, đưa công dân vào đợt và theo dõi từng bước.',
      'Khi đã giao quân xong, đóng đợt để giữ nguyên số liệu.',
    ],
    basis: [`${NVQS}: Điều 30 (độ tuổi gọi nhập ngũ), Điều 41 (tạm hoãn, miễn)`],
  },
  'tuyen-quan/tong-quan': {
    purpose: 'Tiến độ của đợt tuyển quân: chỉ tiêu, số công dân ở từng bước và số đã giao.',
    steps: [
      'So sánh số đã chốt danh sách với chỉ tiêu của từng địa bàn.',
      'Rê chuột lên từng con số để biết số đó đếm những công dân nào.',
      'Bấm "Giao chỉ tiêu" khi có quyết định giao chỉ tiêu mới.',
    ],
  },
  'tuyen-quan/cong-dan': {
    purpose:
      'Công dân trong đợt tuyển quân và bước hiện tại của từng người: sơ tuyển, khám sức khỏe, xét duyệt, lệnh gọi nhập ngũ.',
    steps: [
      'Bấm "Thêm công dân vào đợt" để đưa công dân trong độ tuổi vào đợt.',
      'Chọn một hoặc nhiều công dân rồi chuyển sang bước tiếp theo; ghi kết quả khám theo phân loại sức khỏe.',
      'Ghi tạm hoãn hoặc miễn theo đúng điểm của Điều 41.',
      'Lệnh gọi nhập ngũ phải đến tay công dân ít nhất 15 ngày trước ngày giao quân.',
    ],
    basis: [
      `${NVQS}: Điều 30, Điều 31, Điều 34, Điều 41`,
      'Thông tư số 105/2023/TT-BQP (tiêu chuẩn sức khỏe: chỉ gọi loại 1, 2, 3)',
      'Thông tư số 148/2018/TT-BQP, sửa đổi bởi Thông tư số 68/2025/TT-BQP',
    ],
  },
  'tuyen-quan/giao-nhan': {
    purpose:
      'Ghi kết quả giao nhận quân: ai đã nhập ngũ (hoặc thực hiện nghĩa vụ tham gia Công an nhân dân), đơn vị nhận.',
    steps: [
      'Đánh dấu những công dân đã giao, ghi đơn vị nhận quân.',
      'Công dân không đến giao nhận: ghi lý do.',
      'In biên bản và danh sách giao nhận quân ở mục văn bản của đợt.',
    ],
    basis: [`${NVQS}: Điều 34`],
  },
  'dan-quan-tu-ve/don-vi': {
    purpose:
      'Tổ chức dân quân tự vệ: đơn vị theo xã, phường (dân quân) và theo cơ quan, tổ chức (tự vệ), từ tổ, tiểu đội đến đại đội, tiểu đoàn.',
    steps: [
      'Bấm "Thêm đơn vị", chọn cấp đơn vị và đơn vị cấp trên.',
      'Chọn một đơn vị trong cây để xem và thêm thành viên của đơn vị.',
    ],
    basis: [DQTV],
  },
  'dan-quan-tu-ve/danh-sach': {
    purpose: 'Danh sách dân quân tự vệ đang tham gia, thời hạn tham gia và các lưu ý (sắp hết hạn, quá tuổi).',
    steps: [
      'Lọc theo phường, xã, đơn vị, thành phần, chức vụ hoặc "Sắp hết hạn (90 ngày)".',
      'Rê chuột lên nhãn "Quá tuổi", "Sắp hết hạn" để xem ngày cụ thể của từng người.',
      'Dùng "Gia hạn" hoặc "Kết thúc" khi hết thời hạn tham gia.',
    ],
    basis: [`${DQTV}: Điều 8 (độ tuổi, thời hạn tham gia 4 năm, thường trực 2 năm; gia hạn không quá 2 năm)`],
  },
  'dan-quan-tu-ve/tam-hoan-mien': {
    purpose: 'Quyết định tạm hoãn, miễn tham gia dân quân tự vệ của từng công dân.',
    steps: [
      'Bấm "Ghi quyết định tạm hoãn, miễn", chọn công dân, căn cứ và thời hạn.',
      'Người đang được tạm hoãn, miễn sẽ được cảnh báo khi đưa vào đơn vị.',
    ],
    basis: [`${DQTV}: Điều 11`],
  },
  'dan-quan-tu-ve/vu-khi-trang-bi': {
    purpose: 'Sổ theo dõi vũ khí, trang bị của dân quân tự vệ: nhập, cấp phát, thu hồi, bảo quản, kiểm kê.',
    steps: [
      'Khai báo từng loại vũ khí, trang bị và số lượng.',
      'Ghi từng lần cấp phát, thu hồi hoặc kiểm kê để số tồn luôn đúng.',
    ],
    basis: [DQTV],
  },
  'dan-quan-tu-ve/tong-hop': {
    purpose: 'Số lượng dân quân tự vệ theo phường, xã và cơ quan: tỷ lệ so với dân số, đảng viên, thành phần.',
    steps: [
      'Chọn ngày "Tính đến ngày" và nhập dân số năm của từng phường, xã.',
      'Rê chuột lên tiêu đề cột để biết cách tính từng con số.',
    ],
    basis: [`${DQTV}: Điều 8`],
  },
  'dan-quan-tu-ve/van-ban': {
    purpose: 'Lập các văn bản về dân quân tự vệ (danh sách, báo cáo) từ số liệu đã nhập.',
    steps: ['Chọn văn bản, điền các thông tin còn thiếu.', 'Tải tệp Word; số văn bản được ghi vào sổ văn bản đi.'],
    basis: [ND30],
  },
  'quan-nhan-du-bi/danh-sach': {
    purpose: 'Danh sách quân nhân dự bị: ngạch, hạng, cấp bậc, chuyên nghiệp quân sự và đơn vị được sắp xếp.',
    steps: [
      'Bấm "Thêm quân nhân dự bị" và chọn công dân đã có trong sổ công dân.',
      'Lọc "Quá hạn tuổi" để đề nghị đưa ra khỏi ngạch dự bị.',
      'Sắp xếp vào đơn vị dự bị động viên đúng chuyên nghiệp quân sự.',
    ],
    basis: [`${NVQS}: Điều 24`, DBDV],
  },
  'quan-nhan-du-bi/don-vi': {
    purpose: 'Đơn vị dự bị động viên và biên chế: các vị trí, chuyên nghiệp quân sự cần và người được sắp xếp.',
    steps: [
      'Khai báo đơn vị và các vị trí trong biên chế.',
      'Sắp xếp quân nhân dự bị vào vị trí; chương trình cảnh báo khi chuyên nghiệp quân sự không đúng.',
    ],
    basis: [`${DBDV}: Điều 15 (tỷ lệ dự phòng), Điều 16 (sắp xếp đúng chuyên nghiệp quân sự)`],
  },
  'quan-nhan-du-bi/tong-hop': {
    purpose: 'Tổng hợp quân nhân dự bị: số đã sắp xếp, tỷ lệ đúng chuyên nghiệp quân sự, số quá hạn tuổi.',
    steps: ['Xem các con số; rê chuột lên từng con số để biết cách tính.'],
    basis: [`${DBDV}: Điều 15, Điều 16`],
  },
  'quan-nhan-du-bi/van-ban': {
    purpose: 'Lập các văn bản về quân nhân dự bị từ số liệu đã nhập.',
    steps: ['Chọn văn bản, điền các thông tin còn thiếu.', 'Tải tệp Word; số văn bản được ghi vào sổ văn bản đi.'],
    basis: [ND30],
  },
  'dien-tap-huan-luyen/ke-hoach': {
    purpose: 'Kế hoạch diễn tập, huấn luyện trong năm và các con số thực hiện.',
    steps: ['Chọn năm.', 'Xem số cuộc diễn tập, khóa huấn luyện đã làm so với kế hoạch.'],
  },
  'dien-tap-huan-luyen/dien-tap': {
    purpose:
      'Các cuộc diễn tập (khu vực phòng thủ, chiến đấu phòng thủ, phòng chống thiên tai – tìm kiếm cứu nạn) và kết quả.',
    steps: [
      'Bấm thêm cuộc diễn tập theo kế hoạch: loại, địa bàn, thời gian.',
      'Chuyển trạng thái khi chuẩn bị, khi đã thực hiện; ghi đánh giá và bài học kinh nghiệm.',
    ],
  },
  'dien-tap-huan-luyen/huan-luyen': {
    purpose: 'Các khóa huấn luyện dân quân tự vệ, quân nhân dự bị: người tham gia, số ngày, kết quả.',
    steps: [
      'Thêm khóa huấn luyện, chọn đối tượng và thời gian.',
      'Ghi người tham gia và kết quả từng người; tỷ lệ tham gia, tỷ lệ khá giỏi được đưa vào báo cáo.',
    ],
    basis: [`${DQTV}: Điều 28 (thời gian huấn luyện; năm thứ nhất 15 ngày)`],
  },
  'dien-tap-huan-luyen/truc-sscd': {
    purpose: 'Sổ trực sẵn sàng chiến đấu và tuần tra, canh gác.',
    steps: ['Ghi từng ca trực, lực lượng, người chỉ huy.', 'Ghi các lần tuần tra phối hợp với lực lượng khác.'],
  },
  'dien-tap-huan-luyen/van-kien-sscd': {
    purpose:
      'Hệ thống văn kiện sẵn sàng chiến đấu của cơ quan và Ban CHQS các xã, phường; các lần luyện tập phương án.',
    steps: [
      'Ghi từng lần rà soát văn kiện và tình trạng của văn kiện.',
      'Văn kiện rà soát quá 12 tháng được đánh dấu đến hạn rà soát.',
    ],
  },
  'dien-tap-huan-luyen/van-ban': {
    purpose: 'Lập các văn bản về diễn tập, huấn luyện từ số liệu đã nhập.',
    steps: ['Chọn văn bản, điền các thông tin còn thiếu.', 'Tải tệp Word; số văn bản được ghi vào sổ văn bản đi.'],
    basis: [ND30],
  },
  'chinh-tri-chinh-sach/chinh-sach': {
    purpose:
      'Hỗ trợ gia đình quân nhân đang tại ngũ, tiếp nhận quân nhân xuất ngũ trở về địa phương và các hồ sơ chính sách khác.',
    steps: ['Thêm hồ sơ chính sách, chọn công dân và nội dung.', 'Số liệu được tổng hợp vào báo cáo sơ kết, tổng kết.'],
  },
  'chinh-tri-chinh-sach/giao-duc-qpan': {
    purpose: 'Các lớp bồi dưỡng kiến thức quốc phòng và an ninh theo đối tượng.',
    steps: ['Thêm lớp: đối tượng, thời gian, số người tham gia.', 'Số liệu được tổng hợp vào báo cáo.'],
  },
  'chinh-tri-chinh-sach/giao-duc-chinh-tri': {
    purpose:
      'Các buổi giáo dục chính trị, tuyên truyền, phổ biến pháp luật cho dân quân tự vệ, quân nhân dự bị, cán bộ và nhân dân.',
    steps: ['Bấm "Thêm buổi": ngày, đơn vị, chủ đề, người trình bày, quân số tham gia.'],
  },
  'chinh-tri-chinh-sach/ky-luat': {
    purpose: 'Vi phạm kỷ luật của dân quân tự vệ và quân nhân dự bị và kết quả xử lý.',
    steps: [
      'Bấm "Thêm vi phạm", chọn người vi phạm (phải đang là dân quân tự vệ hoặc quân nhân dự bị vào ngày vi phạm).',
      'Ghi hình thức xử lý.',
    ],
    basis: [`${DQTV}: Điều 48`, 'Thông tư số 75/2020/TT-BQP'],
  },
  'van-ban-bao-cao/bao-cao': {
    purpose: 'Báo cáo sơ kết 6 tháng, tổng kết năm: số liệu tính từ hồ sơ trong kỳ, phần nội dung viết sẵn để sửa lại.',
    steps: [
      'Bấm "Lập báo cáo", chọn kỳ (6 tháng hoặc cả năm).',
      'Kiểm tra số liệu, sửa phần nội dung cho phù hợp.',
      'Tải tệp Word để trình ký.',
    ],
    basis: [ND30],
  },
  'van-ban-bao-cao/so-van-ban': {
    purpose: 'Sổ văn bản đi: mọi văn bản chương trình đã cấp số, với ngày, trích yếu, người ký và tệp đã cấp.',
    steps: ['Tìm văn bản theo số, loại hoặc trích yếu.', 'Mở một văn bản để tải lại đúng tệp đã cấp.'],
    basis: [ND30],
  },
  'van-ban-bao-cao/mau-van-ban': {
    purpose: 'Mẫu văn bản riêng của cơ quan (tiêu đề, chữ ký, nơi nhận) dùng khi lập văn bản Word.',
    steps: ['Tải mẫu gốc, sửa trong Word rồi tải lên lại.', 'Văn bản lập sau đó dùng mẫu của cơ quan.'],
    basis: [ND30],
  },
  'trao-doi-du-lieu/thong-tin-don-vi': {
    purpose:
      'Mã đơn vị và khóa ký dùng khi gửi dữ liệu lên cấp trên bằng tệp (USB, công văn), không qua mạng: đơn vị nhận biết gói dữ liệu do đơn vị này lập.',
    steps: [
      'Nhập mã đơn vị (phường/xã 5 chữ số, tỉnh 2 chữ số, Ban CHPTKV dạng 19-KV1), tên và loại đơn vị, rồi bấm "Tạo khóa và lưu".',
      'Bấm "In phiếu đăng ký", trình thủ trưởng ký, đóng dấu, gửi đơn vị nhận; có thể gửi kèm "Tệp đăng ký" trên USB.',
      'Khi máy hỏng hoặc lộ khóa, bấm "Đổi khóa" và gửi phiếu mới; đơn vị nhận thu hồi khóa cũ.',
    ],
  },
  'trao-doi-du-lieu/don-vi-trao-doi': {
    purpose:
      'Các đơn vị gửi dữ liệu cho đơn vị này và đơn vị cấp trên nhận dữ liệu, với khóa đã đăng ký của từng đơn vị.',
    steps: [
      'Bấm "Thêm đơn vị gửi dữ liệu" hoặc "Đặt đơn vị cấp trên"; gõ mã, tên, loại, khóa công khai và mã nhận dạng theo phiếu đăng ký, hoặc "Nạp tệp đăng ký".',
      'Đối chiếu mã nhận dạng chương trình tính từ khóa đã gõ với mã trên phiếu: phải trùng nhau.',
      'Khi đơn vị đổi khóa: "Thêm khóa mới" theo phiếu mới, rồi "Thu hồi khóa" cũ, ghi lý do.',
    ],
  },
  'cai-dat/profile': {
    purpose: 'Thông tin cơ quan in trên văn bản: tên cơ quan, cơ quan cấp trên, địa danh, người ký.',
    steps: [
      'Sửa thông tin rồi bấm "Lưu".',
      'Khi cơ quan đổi tên hoặc sáp nhập, ghi thời kỳ mới để hồ sơ cũ giữ tên cũ.',
    ],
    basis: [ND30],
  },
  'cai-dat/localities': {
    purpose: 'Địa bàn: phường, xã và thôn, tổ dân phố, với lịch sử đổi tên, sáp nhập.',
    steps: ['Thêm hoặc sửa địa bàn.', 'Khi sáp nhập, ghi ngày có hiệu lực để hồ sơ trước ngày đó giữ tên cũ.'],
  },
  'cai-dat/staff': {
    purpose: 'Cán bộ của cơ quan: họ tên, chức vụ, dùng khi chọn người ký, người phụ trách.',
    steps: ['Thêm cán bộ và chức vụ.', 'Ghi ngày thôi giữ chức vụ thay vì xóa.'],
  },
  'cai-dat/specialties': {
    purpose: 'Danh mục chuyên nghiệp quân sự (CNQS) dùng tại địa phương.',
    steps: ['Thêm mã và tên CNQS.', 'Mã ngừng sử dụng vẫn giữ ở hồ sơ cũ.'],
  },
  'cai-dat/counters': {
    purpose: 'Số thứ tự văn bản theo loại và năm.',
    steps: ['Xem số đã dùng; chỉ chỉnh khi cần khớp với sổ văn bản giấy của cơ quan.'],
    basis: [ND30],
  },
  'cai-dat/legal': {
    purpose: 'Các văn bản pháp luật chương trình áp dụng khi kiểm tra hồ sơ, với ngày có hiệu lực.',
    steps: ['Chọn ngày áp dụng.', 'Mở một văn bản để xem các quy định chương trình áp dụng theo văn bản đó.'],
  },
  'cai-dat/accounts': {
    purpose: 'Tài khoản người dùng và quyền: quản trị, cán bộ nhập liệu, chỉ xem.',
    steps: ['Thêm tài khoản, chọn vai trò.', 'Khóa tài khoản của người đã chuyển công tác.'],
  },
  'cai-dat/backup': {
    purpose: 'Sao lưu và khôi phục toàn bộ dữ liệu của cơ quan.',
    steps: [
      'Bấm "Sao lưu ngay" và chọn USB hoặc ổ đĩa khác.',
      'Cất giữ tệp sao lưu cẩn thận: tệp chứa thông tin cá nhân của công dân.',
    ],
  },
  'cai-dat/audit': {
    purpose: 'Nhật ký mọi thay đổi dữ liệu: ai, lúc nào, thay đổi gì.',
    steps: [
      'Lọc theo người dùng, loại hồ sơ hoặc thời gian.',
      'Bấm "Kiểm tra nhật ký" để phát hiện dòng bị sửa, bị xóa.',
    ],
  },
};
