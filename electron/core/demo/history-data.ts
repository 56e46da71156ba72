import type { ExerciseBuiltinType, ExerciseRating } from '../exercises/constants';
import type { TrainingTarget } from '../training/schema';

/**
 * What the demo office recorded in 2023, for its half-year review: courses,
 * duty over the holidays, patrols, incidents and the year's exercises. Data
 * only, invented but in the words an office uses.
 */

export interface HistoryCourse {
  title: string;
  target: TrainingTarget;
  component?: 'mobile' | 'on_the_spot';
  /** Whose course: members who joined for the 2023 term, a component's members of the old term, or reservists. */
  who: 'first_year' | 'mobile' | 'on_the_spot' | 'reservists';
  startsOn: string;
  endsOn: string;
  plannedDays?: number;
  place: string;
  perDay?: boolean;
}

export const COURSES_2023: readonly HistoryCourse[] = [
  {
    title: 'Huấn luyện dân quân năm thứ nhất năm 2023',
    target: 'militia_first_year',
    who: 'first_year',
    startsOn: '2023-03-06',
    endsOn: '2023-03-24',
    place: 'Thao trường Ban Chỉ huy quân sự thành phố',
  },
  {
    title: 'Huấn luyện dân quân cơ động năm 2023',
    target: 'militia_component',
    component: 'mobile',
    who: 'mobile',
    startsOn: '2023-04-03',
    endsOn: '2023-04-18',
    place: 'Thao trường Ban Chỉ huy quân sự thành phố',
    perDay: true,
  },
  {
    title: 'Huấn luyện quân nhân dự bị động viên năm 2023',
    target: 'reserve_unit',
    who: 'reservists',
    startsOn: '2023-05-08',
    endsOn: '2023-05-14',
    plannedDays: 5,
    place: 'Thao trường Trung đoàn bộ binh 741',
  },
  {
    title: 'Huấn luyện dân quân tại chỗ năm 2023',
    target: 'militia_component',
    component: 'on_the_spot',
    who: 'on_the_spot',
    startsOn: '2023-05-22',
    endsOn: '2023-05-30',
    place: 'Nhà văn hóa các tổ dân phố, thôn',
  },
];

/** Militia reinforcement of the duty: Tết Quý Mão (22/01/2023) and the 30/4–1/5 holidays with the Hùng Kings' day. */
export const DUTY_SPELLS_2023: ReadonlyArray<readonly [string, number]> = [
  ['2023-01-19', 9],
  ['2023-04-28', 6],
];

export const INCIDENTS_2023 = [
  {
    at: '2023-01-22T00:20',
    description: 'Một nhóm thanh niên đốt pháo tự chế tại khu vực bờ sông đêm Giao thừa.',
    action: 'Tổ tuần tra phối hợp công an phường lập biên bản, thu giữ pháo, bàn giao công an xử lý.',
    by: 'Trực ban',
  },
  {
    at: '2023-04-30T14:10',
    description: 'Cháy thực bì trên đồi keo giáp khu dân cư.',
    action: 'Dân quân tại chỗ cùng nhân dân dập tắt sau 30 phút, không thiệt hại về người.',
    by: 'Chỉ huy trực',
  },
] as const;

export const PATROLS_2023 = [
  {
    onDate: '2023-01-21',
    from: '20:00',
    to: '02:00',
    area: 'Khu vực bắn pháo hoa đêm Giao thừa và các tuyến phố trung tâm',
    locality: 'Phường Đức Xuân',
    militia: 12,
    police: 4,
    other: 0,
    forces: 'Dân quân cơ động phối hợp Công an',
    result: 'Bảo đảm an toàn đêm Giao thừa, không có vụ việc phức tạp.',
  },
  {
    onDate: '2023-01-23',
    from: '19:00',
    to: '23:00',
    area: 'Khu vực chợ trung tâm và bến xe',
    locality: 'Phường Sông Cầu',
    militia: 8,
    police: 2,
    other: 0,
    forces: 'Dân quân cơ động phối hợp Công an',
    result: 'Không phát hiện vụ việc bất thường.',
  },
  {
    onDate: '2023-02-05',
    from: '19:30',
    to: '23:30',
    area: 'Khu vực lễ hội Rằm tháng Giêng',
    locality: 'Phường Phùng Chí Kiên',
    militia: 10,
    police: 3,
    other: 2,
    forces: 'Dân quân cơ động, tự vệ phối hợp Công an',
    result: 'Nhắc nhở 2 trường hợp đỗ xe sai quy định.',
  },
  {
    onDate: '2023-03-18',
    from: '20:00',
    to: '23:00',
    area: 'Các thôn giáp ranh',
    locality: 'Xã Dương Quang',
    militia: 6,
    police: 1,
    other: 1,
    forces: 'Dân quân tại chỗ phối hợp Công an xã',
    result: 'Địa bàn ổn định.',
  },
  {
    onDate: '2023-04-29',
    from: '19:00',
    to: '23:00',
    area: 'Tuyến đường ven sông và khu vui chơi',
    locality: 'Phường Nguyễn Thị Minh Khai',
    militia: 8,
    police: 2,
    other: 0,
    forces: 'Dân quân cơ động phối hợp Công an',
    result: 'Nhắc nhở 3 nhóm thanh thiếu niên tụ tập khuya.',
  },
  {
    onDate: '2023-05-19',
    from: '20:00',
    to: '23:30',
    area: 'Khu vực trường học và khu nhà trọ',
    locality: 'Phường Huyền Tụng',
    militia: 7,
    police: 2,
    other: 0,
    forces: 'Dân quân cơ động phối hợp Công an',
    result: 'Phối hợp kiểm tra tạm trú, không có vi phạm.',
  },
  {
    onDate: '2023-06-24',
    from: '19:30',
    to: '22:30',
    area: 'Các thôn dọc Quốc lộ 3',
    locality: 'Xã Nông Thượng',
    militia: 6,
    police: 1,
    other: 0,
    forces: 'Dân quân tại chỗ phối hợp Công an xã',
    result: 'Địa bàn ổn định.',
  },
] as const;

export interface HistoryExercise {
  type: ExerciseBuiltinType;
  level: 'commune' | 'region';
  locality: string;
  title: string;
  plannedOn: string;
  days: number;
  counts: readonly [militia: number, reservists: number, police: number, other: number];
  rating: ExerciseRating;
  lessons: string;
  /** The plan, issued in the first half of 2023. */
  document: string;
  documentDate: string;
}

/** Held in H1 2023, then the two planned in H1 for H2 2023 (held then, so they are not overdue today). */
export const EXERCISES_2023: readonly HistoryExercise[] = [
  {
    type: 'disaster_rescue',
    level: 'commune',
    locality: 'Xã Nông Thượng',
    title: 'Diễn tập phòng, chống cháy rừng – tìm kiếm cứu nạn xã Nông Thượng năm 2023',
    plannedOn: '2023-04-13',
    days: 1,
    counts: [35, 0, 5, 40],
    rating: 'good',
    lessons: 'Lực lượng tại chỗ triển khai nhanh; cần bổ sung dụng cụ chữa cháy rừng cho các thôn.',
    document: '12/KH-UBND',
    documentDate: '2023-03-02',
  },
  {
    type: 'disaster_rescue',
    level: 'commune',
    locality: 'Phường Đức Xuân',
    title: 'Diễn tập phòng chống thiên tai – tìm kiếm cứu nạn phường Đức Xuân năm 2023',
    plannedOn: '2023-08-24',
    days: 1,
    counts: [45, 10, 8, 30],
    rating: 'good',
    lessons: 'Hiệp đồng giữa các lực lượng chặt chẽ; cần tăng phương tiện cứu hộ tại chỗ.',
    document: '34/KH-UBND',
    documentDate: '2023-06-12',
  },
  {
    type: 'combat_defence',
    level: 'commune',
    locality: 'Phường Phùng Chí Kiên',
    title: 'Diễn tập chiến đấu phòng thủ trong khu vực phòng thủ phường Phùng Chí Kiên năm 2023',
    plannedOn: '2023-10-19',
    days: 2,
    counts: [60, 25, 12, 15],
    rating: 'excellent',
    lessons: 'Cấp ủy, chính quyền lãnh đạo, điều hành sát; dân quân cơ động nhanh, đúng kế hoạch.',
    document: '41/KH-UBND',
    documentDate: '2023-06-20',
  },
];

export const PLAN_SUMMARY = 'Kế hoạch diễn tập';
