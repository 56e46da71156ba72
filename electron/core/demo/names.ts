/**
 * Word lists for the demo office's invented people. Data only: every
 * combination is made up by the generator, none describes a real person.
 * Weights are relative, shaped loosely on the Bắc Kạn area (mostly Tày,
 * Kinh, Nùng and Dao; a few Mông, Sán Chay and Hoa).
 */

/** Splits a block of words; keeps the lists short to read and easy to extend. */
const words = (text: string): readonly string[] => text.split(/\s+/).filter(Boolean);

export type Weighted<T> = readonly (readonly [T, number])[];

export const ETHNICITIES: Weighted<string> = [
  ['Tày', 40],
  ['Kinh', 32],
  ['Nùng', 12],
  ['Dao', 9],
  ['Mông', 3],
  ['Sán Chay', 2],
  ['Hoa', 2],
];

/** Family names by ethnicity; repeats weight the common ones. */
export const FAMILY_NAMES: Record<string, readonly string[]> = {
  Kinh: words(`
  Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Phạm Hoàng Vũ Đặng Bùi Đỗ Ngô Dương Đinh Phan Hà
  Lương Trịnh Đào Tạ
`),
  Tày: words('Hoàng Hoàng Hoàng Nông Nông Ma Ma Lục Bế Hà Hà Triệu Đàm Lường Lâm Mã Hứa Chu Đồng Nguyễn La Lưu'),
  Nùng: words('Hoàng Hoàng Lý Nông Lăng Vi Chu Lương Mông Hứa Nịnh'),
  Dao: words('Triệu Triệu Triệu Bàn Bàn Lý Đặng Phùng Chu'),
  Mông: words('Lý Vàng Giàng Sùng Hầu Mã'),
  'Sán Chay': words('Lâm Hoàng Trần Lý Ninh'),
  Hoa: words('Lý Trương Lưu Hoàng Dương'),
};

/** Middle names; "Văn" and "Thị" dominate among older people, less so among the young. */
export const MIDDLE_NAMES_MALE_OLD: readonly string[] = words('Văn Văn Văn Văn Đức Quang Hữu Công');
export const MIDDLE_NAMES_MALE_YOUNG: readonly string[] = words(`
  Văn Văn Đức Minh Quang Hữu Công Thanh Xuân Tiến Ngọc Trọng Mạnh Duy Thế Quốc Gia Hoàng Tuấn Bảo Đình
  Anh
`);
export const MIDDLE_NAMES_FEMALE_OLD: readonly string[] = words('Thị Thị Thị Thị Thị Thu Ngọc');
export const MIDDLE_NAMES_FEMALE_YOUNG: readonly string[] = words(`
  Thị Thị Thị Thu Ngọc Thanh Thùy Minh Hồng Phương Kim Bích Diệu Khánh Mai Hải Bảo
`);

export const GIVEN_NAMES_MALE: readonly string[] = words(`
  An Bình Cường Dũng Đạt Đức Giang Hải Hiếu Hoàng Huy Hùng Hưng Khánh Kiên Lâm Long Lực Mạnh Minh Nam
  Nghĩa Phong Phúc Quân Quang Quyết Sơn Tài Thắng Thành Thái Thịnh Tiến Toàn Trung Trường Tuấn Tùng Tú
  Việt Vinh Vũ Bảo Duy Khải Lợi Hào Kiệt Chiến Công Định Hiệp Luân Nguyên Phương Sỹ Thuận Văn Dương
  Khoa Đông Pháp Quý Tâm Thanh
`);
export const GIVEN_NAMES_FEMALE: readonly string[] = words(`
  Anh Ánh Bích Châu Chi Diệp Dung Duyên Giang Hà Hạnh Hằng Hiền Hoa Hồng Huế Huyền Hương Lan Liên Linh
  Loan Mai My Nga Ngân Ngọc Nhung Oanh Phương Quyên Thảo Thơm Thu Thủy Trang Tuyết Uyên Vân Yến Lụa
  Nhàn Thắm Xuân Hậu Ly
`);

/** Mông names follow their own pattern: "A" or "Seo" as the middle name for men. */
export const MONG_MIDDLE_MALE: readonly string[] = words('A A Seo Văn');
export const MONG_GIVEN_MALE: readonly string[] = words('Páo Chứ Dình Lử Sình Dơ Pó Chả Vảng');
export const MONG_GIVEN_FEMALE: readonly string[] = words('Mỷ Dợ Súa Mai Pà Sua Chở Dính');

export const RELIGIONS: Weighted<string> = [
  ['Không', 92],
  ['Phật giáo', 4],
  ['Công giáo', 2],
  ['Tin lành', 2],
];

/** Schooling finished, in the register's usual notation. */
export const ADULT_EDUCATION: Weighted<string> = [
  ['12/12', 42],
  ['9/12', 22],
  ['Trung cấp', 9],
  ['Cao đẳng', 8],
  ['Đại học', 12],
  ['11/12', 3],
  ['7/12', 3],
  ['5/12', 1],
];
export const GRADUATE_EDUCATION: Weighted<string> = [
  ['Đại học', 6],
  ['Cao đẳng', 2],
  ['Thạc sĩ', 1],
];

export const WORKING_OCCUPATIONS: Weighted<string> = [
  ['Làm ruộng', 26],
  ['Lao động tự do', 20],
  ['Công nhân', 14],
  ['Kinh doanh', 8],
  ['Cán bộ', 6],
  ['Giáo viên', 4],
  ['Thợ xây', 4],
  ['Lái xe', 3],
  ['Nhân viên văn phòng', 3],
  ['Thợ sửa chữa xe máy', 2],
  ['Trồng rừng', 3],
];
/** Occupations that come with a college or university degree. */
export const GRADUATE_OCCUPATIONS: readonly string[] = ['Cán bộ', 'Giáo viên', 'Nhân viên văn phòng'];

export const MOBILE_PREFIXES: readonly string[] = words(`
  032 033 034 035 036 037 038 039 056 058 070 076 077 078 079 081 082 083 084 085 086 088 089 090 091
  093 094 096 097 098
`);

/** Street names for house numbers in the wards' residential groups. */
export const STREETS: readonly string[] = [
  'Trường Chinh',
  'Hùng Vương',
  'Nguyễn Văn Tố',
  'Võ Nguyên Giáp',
  'Trần Hưng Đạo',
  'Kon Tum',
  'Đội Kỳ',
  'Thái Nguyên',
  'Quang Trung',
  'Nguyễn Thị Minh Khai',
  'Phùng Chí Kiên',
  'Hoàng Văn Thụ',
];

/** Why a demo person was archived (the list never deletes, it hides). */
export const ARCHIVE_NOTES: readonly string[] = [
  'Đã chuyển nơi cư trú sang tỉnh khác',
  'Đã chuyển hộ khẩu theo gia đình',
  'Nhập trùng, đã đối chiếu với hồ sơ gốc',
];
