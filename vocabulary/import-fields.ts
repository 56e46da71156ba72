/**
 * What a column of an office's sheet can be mapped to when importing: the person's fields, then each
 * list's own, in the order a clerk reads a list, with the label the wizard offers. The core's header
 * finder (electron/core/import/mapping.ts) keys its aliases by these lists and accepts no other field.
 */
export const IMPORT_TARGETS = ['people', 'conscription', 'militia', 'reservists'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export const PERSON_IMPORT_FIELDS = [
  'sequence',
  'fullName',
  'familyAndMiddleName',
  'familyName',
  'middleName',
  'givenName',
  'birthDate',
  'birthYear',
  'maleMark',
  'femaleMark',
  'sex',
  'citizenId',
  'village',
  'commune',
  'locality',
  'address',
  'phone',
  'ethnicity',
  'religion',
  'education',
  'occupation',
  'fatherName',
  'motherName',
  'parentNames',
  'notes',
] as const;
export type PersonImportField = (typeof PERSON_IMPORT_FIELDS)[number];

/** Each list's own fields (not the person's), e.g. militia: unit, position, startedOn… */
export const TARGET_IMPORT_FIELDS = {
  people: [],
  conscription: ['healthClass', 'partyMember'],
  militia: ['unit', 'position', 'startedOn', 'partyMember', 'youthUnion'],
  reservists: [
    'unit',
    'category',
    'grade',
    'rank',
    'specialty',
    'formerUnit',
    'serviceFrom',
    'serviceTo',
    'registeredOn',
  ],
} as const satisfies Record<ImportTarget, readonly string[]>;
export type TargetImportField<T extends ImportTarget = ImportTarget> = (typeof TARGET_IMPORT_FIELDS)[T][number];
export type ImportFieldKey = PersonImportField | TargetImportField;

/** The fields a target accepts: the person's, then its own. */
export function importFieldsOf(target: ImportTarget): readonly ImportFieldKey[] {
  return [...PERSON_IMPORT_FIELDS, ...TARGET_IMPORT_FIELDS[target]];
}

/** One label for every field a column can be mapped to (person fields and each list's own fields). */
export const importFieldLabels = {
  sequence: 'Số thứ tự (STT)',
  fullName: 'Họ và tên',
  familyAndMiddleName: 'Họ và tên đệm',
  familyName: 'Họ',
  middleName: 'Tên đệm',
  givenName: 'Tên',
  birthDate: 'Ngày sinh',
  birthYear: 'Năm sinh',
  maleMark: 'Đánh dấu nam (cột Nam)',
  femaleMark: 'Đánh dấu nữ (cột Nữ)',
  sex: 'Giới tính',
  citizenId: 'Số định danh (CCCD)',
  village: 'Thôn, tổ dân phố',
  commune: 'Xã, phường, thị trấn',
  locality: 'Địa bàn (thôn/tổ, xã/phường)',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  education: 'Trình độ văn hóa',
  occupation: 'Nghề nghiệp',
  fatherName: 'Họ tên cha',
  motherName: 'Họ tên mẹ',
  parentNames: 'Họ tên cha mẹ',
  notes: 'Ghi chú',
  healthClass: 'Phân loại sức khỏe',
  partyMember: 'Đảng viên',
  unit: 'Đơn vị',
  position: 'Chức vụ',
  startedOn: 'Ngày vào',
  youthUnion: 'Đoàn viên',
  category: 'Diện (đối tượng)',
  grade: 'Hạng',
  rank: 'Cấp bậc',
  specialty: 'Chuyên nghiệp quân sự',
  formerUnit: 'Đơn vị đã phục vụ',
  serviceFrom: 'Ngày nhập ngũ',
  serviceTo: 'Ngày xuất ngũ',
  registeredOn: 'Ngày đăng ký',
} as const satisfies Record<ImportFieldKey, string>;
