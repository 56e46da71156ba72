/**
 * Column mapping: which column of an office's sheet holds which field. Header
 * names are matched after folding (case, diacritics and punctuation ignored),
 * so "Họ và tên", "HO VA TEN" and "Họ, tên" all land on `fullName`. Aliases are
 * written folded here, keyed by the shared vocabulary's field lists (vocabulary/import-fields.ts),
 * which also holds the labels the wizard shows: a field added there without aliases here (or the
 * other way round) fails the type-check.
 */
import { createHash } from 'node:crypto';
import {
  IMPORT_TARGETS,
  type ImportFieldKey,
  type ImportTarget,
  type PersonImportField,
  type TargetImportField,
} from '../../../vocabulary/import-fields';
import { foldVietnamese } from '../shared/vietnamese-text';

export { IMPORT_TARGETS, type ImportFieldKey, type ImportTarget } from '../../../vocabulary/import-fields';

const PERSON_ALIASES = {
  sequence: ['stt', 'tt', 'so tt', 'so thu tu'],
  fullName: ['ho va ten', 'ho ten', 'ho va ten khai sinh', 'ten cong dan', 'ho va ten cong dan'],
  familyAndMiddleName: ['ho dem', 'ho va ten dem', 'ho va dem', 'ho lot', 'ho va chu dem'],
  familyName: ['ho'],
  middleName: ['ten dem', 'chu dem', 'dem'],
  givenName: ['ten', 'ten goi'],
  birthDate: ['ngay sinh', 'ngay thang nam sinh', 'sinh ngay', 'ngay thang sinh', 'ns'],
  birthYear: ['nam sinh'],
  maleMark: ['nam', 'ngay sinh nam', 'nam sinh nam'],
  femaleMark: ['nu', 'ngay sinh nu', 'nam sinh nu'],
  sex: ['gioi tinh', 'gt', 'phai'],
  citizenId: [
    'so cccd',
    'cccd',
    'can cuoc',
    'so can cuoc',
    'can cuoc cong dan',
    'so dinh danh',
    'so dinh danh ca nhan',
    'cmnd',
    'so cmnd',
    'so cmnd cccd',
    'cmnd cccd',
    'so cccd cmnd',
    'cccd cmnd',
  ],
  village: [
    'thon',
    'to',
    'thon to',
    'to thon',
    'to dan pho',
    'thon xom',
    'ap',
    'ban',
    'khu pho',
    'thon ban',
    'thon to dan pho',
  ],
  commune: ['xa', 'phuong', 'xa phuong', 'phuong xa', 'thi tran', 'xa phuong thi tran'],
  // One text with both levels, "Tổ 2, Phường Đức Xuân": the program's own export and many offices' lists.
  locality: ['dia ban', 'dia ban cu tru', 'dia ban thon to'],
  address: [
    'dia chi',
    'noi o',
    'noi o hien nay',
    'noi thuong tru',
    'ho khau thuong tru',
    'thuong tru',
    'cho o hien nay',
    'que quan',
  ],
  phone: ['so dien thoai', 'dien thoai', 'sdt', 'dt', 'so dt'],
  ethnicity: ['dan toc'],
  religion: ['ton giao'],
  education: ['trinh do van hoa', 'van hoa', 'tdvh', 'hoc van', 'trinh do hoc van', 'trinh do'],
  occupation: ['nghe nghiep', 'nghe', 'viec lam', 'nghe nghiep hien nay'],
  fatherName: ['ho ten cha', 'ho va ten cha', 'cha', 'bo', 'ho ten bo', 'ho va ten bo'],
  motherName: ['ho ten me', 'ho va ten me', 'me'],
  parentNames: ['ho ten cha me', 'ho va ten cha me', 'cha me', 'ho ten bo me', 'bo me'],
  notes: ['ghi chu', 'ghi chu khac'],
} as const satisfies Record<PersonImportField, readonly string[]>;

const TARGET_ALIASES = {
  people: {},
  conscription: {
    healthClass: [
      'suc khoe',
      'phan loai sk',
      'phan loai suc khoe',
      'loai suc khoe',
      'plsk',
      'sk',
      'loai sk',
      'ket qua kham suc khoe',
    ],
    partyMember: ['dang vien', 'dv'],
  },
  militia: {
    unit: ['don vi', 'tieu doi', 'trung doi', 'don vi bien che', 'bien che'],
    position: ['chuc vu'],
    startedOn: ['ngay vao', 'ngay tham gia', 'nam vao', 'nam tham gia', 'ngay vao dan quan', 'thoi gian tham gia'],
    partyMember: ['dang vien', 'dv'],
    youthUnion: ['doan vien'],
  },
  reservists: {
    unit: ['don vi', 'don vi sap xep', 'don vi du bi'],
    category: ['doi tuong', 'loai'],
    grade: ['hang', 'hang du bi'],
    rank: ['cap bac', 'quan ham'],
    specialty: ['chuyen nghiep quan su', 'cnqs', 'chuyen mon quan su', 'ma cnqs'],
    formerUnit: ['don vi cu', 'don vi da phuc vu', 'don vi truoc khi xuat ngu'],
    serviceFrom: ['nhap ngu', 'ngay nhap ngu', 'thang nam nhap ngu'],
    serviceTo: ['xuat ngu', 'ngay xuat ngu', 'thang nam xuat ngu'],
    registeredOn: ['ngay dang ky', 'ngay dang ky du bi'],
  },
} as const satisfies { [T in ImportTarget]: Record<TargetImportField<T>, readonly string[]> };

export interface ColumnMapping {
  column: number;
  header: string;
  field: ImportFieldKey | null;
}

/** Every field of every target: the person's, then each target's own (once each). */
export const IMPORT_FIELDS = [
  ...new Set([...Object.keys(PERSON_ALIASES), ...IMPORT_TARGETS.flatMap((t) => Object.keys(TARGET_ALIASES[t]))]),
] as [ImportFieldKey, ...ImportFieldKey[]];

/** The target's own fields (not the person's), e.g. militia: unit, position, startedOn… */
export function targetFieldsOf(target: ImportTarget): ImportFieldKey[] {
  return Object.keys(TARGET_ALIASES[target]) as ImportFieldKey[];
}

export function isFieldOf(target: ImportTarget, field: ImportFieldKey): boolean {
  return field in PERSON_ALIASES || field in TARGET_ALIASES[target];
}

/** "Số CMND/CCCD" → "so cmnd cccd": folded, punctuation as spaces. */
export function foldHeader(header: string): string {
  return foldVietnamese(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function fieldsOf(target: ImportTarget): Array<[ImportFieldKey, readonly string[]]> {
  return [
    ...(Object.entries(PERSON_ALIASES) as Array<[ImportFieldKey, readonly string[]]>),
    ...(Object.entries(TARGET_ALIASES[target]) as Array<[ImportFieldKey, readonly string[]]>),
  ];
}

/**
 * The field a header names, or null. An exact alias wins; otherwise the longest
 * alias found as whole words inside the header ("Họ và tên khai sinh", "Ngày
 * tháng năm sinh (dd/mm/yyyy)"), where aliases shorter than 5 letters must
 * match exactly (so "Tổ" does not claim "Tổng số").
 */
export function fieldForHeader(header: string, target: ImportTarget): ImportFieldKey | null {
  const folded = foldHeader(header);
  if (folded === '') return null;
  const fields = fieldsOf(target);
  for (const [field, aliases] of fields) if (aliases.includes(folded)) return field;
  const padded = ` ${folded} `;
  let best: { field: ImportFieldKey; length: number } | null = null;
  for (const [field, aliases] of fields) {
    for (const alias of aliases) {
      if (alias.length < 5 || !padded.includes(` ${alias} `)) continue;
      if (!best || alias.length > best.length) best = { field, length: alias.length };
    }
  }
  return best?.field ?? null;
}

/** A proposal the user can change: each field is given to the first column that names it. */
export function proposeMapping(headers: readonly string[], target: ImportTarget): ColumnMapping[] {
  const taken = new Set<ImportFieldKey>();
  return headers.map((header, column) => {
    const field = fieldForHeader(header, target);
    if (field === null || field === 'sequence' || taken.has(field)) return { column, header, field: null };
    taken.add(field);
    return { column, header, field };
  });
}

/** Whether a cell's text looks like a known column header (used to find the header row). */
export function isKnownHeader(text: string): boolean {
  return IMPORT_TARGETS.some((target) => fieldForHeader(text, target) !== null);
}

/**
 * A stable key for a sheet layout — the folded headers in order — so a mapping
 * the user corrected once is offered again for the next file of the same shape.
 */
export function layoutKey(headers: readonly string[]): string {
  const folded = headers.map(foldHeader);
  while (folded.length > 0 && folded[folded.length - 1] === '') folded.pop();
  return createHash('sha256').update(folded.join('|')).digest('hex').slice(0, 16);
}
