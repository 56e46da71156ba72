import type { ApiContext } from '../kernel/context';
import { saveMeetingOfPeriod } from '../reviews/meeting-service';
import { periodRange } from '../reviews/period';

/**
 * The office's 2023 review meetings, through the reviews service (so the audit has them). A
 * meeting is keyed by its period, not by a report: the demo writes no report, and the H1 2023
 * report a user (or the e2e) creates finds its 27/06/2023 meeting — its day is the document's
 * default date, and the H2 2023 report opens with its conclusions. Names are invented.
 */
export function seedHistoryReviewMeeting(ctx: ApiContext): Record<string, number> {
  const chair = {
    chairName: 'Đồng chí Hoàng Văn Thụ',
    chairPosition: 'Bí thư Thành ủy, Bí thư Đảng ủy Quân sự thành phố',
  };
  const guests = [
    'Đại diện lãnh đạo Bộ CHQS tỉnh Bắc Kạn',
    'Thường trực Thành ủy, HĐND, UBND thành phố',
    'Các đồng chí Thành ủy viên trong Đảng ủy Quân sự thành phố',
    'Lãnh đạo các ban, ngành, đoàn thể thành phố',
    'Bí thư Đảng ủy, Chủ tịch UBND, Chỉ huy trưởng Ban CHQS các phường, xã',
  ];
  saveMeetingOfPeriod(ctx, periodRange('h1', 2023), undefined, {
    heldOn: '2023-06-27',
    place: 'Hội trường Thành ủy',
    ...chair,
    guests,
    conclusions: [
      'Tổ chức diễn tập phòng chống thiên tai, tìm kiếm cứu nạn phường Đức Xuân đảm bảo an toàn, đạt yêu cầu đề ra',
      'Tổ chức diễn tập chiến đấu trong khu vực phòng thủ phường Phùng Chí Kiên đạt kết quả tốt',
      'Duy trì nghiêm chế độ trực sẵn sàng chiến đấu; rà soát, bổ sung hệ thống văn kiện sẵn sàng chiến đấu của các cơ quan, đơn vị',
      'Hoàn thành huấn luyện dân quân tự vệ năm thứ nhất và bồi dưỡng kiến thức quốc phòng, an ninh cho các đối tượng theo kế hoạch',
      'Chuẩn bị tốt các điều kiện cho công tác tuyển chọn và gọi công dân nhập ngũ năm 2024',
      'Thực hiện tốt công tác chính sách hậu phương quân đội',
    ],
    note: 'Báo cáo sơ kết 6 tháng đầu năm 2023 được trình bày tại hội nghị.',
  });
  saveMeetingOfPeriod(ctx, periodRange('year', 2023), undefined, {
    heldOn: '2023-12-22',
    place: 'Hội trường Thành ủy',
    ...chair,
    guests,
    conclusions: [
      'Tổ chức giao nhận quân năm 2024 đảm bảo chặt chẽ, đủ chỉ tiêu',
      'Tổ chức huấn luyện dân quân tự vệ, quân nhân dự bị năm 2024 theo kế hoạch',
      'Xây dựng và luyện tập phương án chiến đấu tại chỗ của các phường, xã',
      'Tiếp tục thực hiện Đề án đổi mới công tác giáo dục chính trị tại đơn vị trong giai đoạn mới',
    ],
    note: '',
  });
  return { reviewMeetings: 2 };
}
