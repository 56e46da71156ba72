import { foldVietnamese } from '../../shared/vietnamese-text';

/**
 * The people register keeps education as free text ("12/12", "9/12", "Đại học", "Cao đẳng",
 * "Trung cấp", "Lớp 9" …). The result report groups it as found, ordered from the highest level
 * down (domain.md §1: education is taken from highest down), and counts college and university
 * graduates separately, as the report usually mentions them.
 */
export const EDUCATION_LEVELS = [
  'postgraduate',
  'university',
  'college',
  'vocational',
  'general',
  'other',
  'unknown',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export interface EducationClass {
  level: EducationLevel;
  /** For general schooling: the grade reached and the system's last grade ("9/12" → 9 of 12). */
  grade?: { reached: number; of: number };
}

/** "9 / 12" → "9/12"; runs of spaces → one. The label as the office typed it, otherwise. */
export function educationLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(\d{1,2})\s*\/\s*(\d{1,2})$/, '$1/$2');
}

const GRADE = /^(?:lop\s*)?(\d{1,2})(?:\s*\/\s*(\d{1,2}))?$/;

/** Which level a typed education is, read on the folded text (no tones, đ → d, lower case). */
export function classifyEducation(text: string): EducationClass {
  const folded = foldVietnamese(text);
  if (folded === '') return { level: 'unknown' };
  // Still studying is not a graduate, whatever the level named.
  if (/\b(dang hoc|sinh vien|chua tot nghiep)\b/.test(folded)) return { level: 'other' };
  if (/\b(thac si|tien si|sau dai hoc|ths)\b/.test(folded)) return { level: 'postgraduate' };
  if (/\b(dai hoc|dh|ky su|cu nhan)\b/.test(folded)) return { level: 'university' };
  if (/\b(cao dang|cd)\b/.test(folded)) return { level: 'college' };
  if (/\b(trung cap|so cap)\b/.test(folded)) return { level: 'vocational' };
  const grade = GRADE.exec(folded);
  if (grade) {
    const reached = Number(grade[1]);
    const of = grade[2] === undefined ? 12 : Number(grade[2]);
    if (reached >= 1 && of >= reached) return { level: 'general', grade: { reached, of } };
  }
  return { level: 'other' };
}

export interface EducationGroup {
  /** The label as found (its most frequent spelling); null when nothing was recorded. */
  label: string | null;
  level: EducationLevel;
  count: number;
}

export interface EducationSummary {
  groups: EducationGroup[];
  total: number;
  /** College and university (or higher) graduates among them. */
  graduates: { college: number; university: number; total: number };
}

interface Bucket {
  key: string;
  class: EducationClass;
  count: number;
  spellings: Map<string, number>;
}

/** Same group: same folded text, or the same grade ("12/12" and "Lớp 12" stay apart: they are typed apart). */
function groupKey(label: string): string {
  return foldVietnamese(label).replace(/\s*\/\s*/g, '/');
}

function compareGroups(a: Bucket, b: Bucket, collator: Intl.Collator): number {
  const level = EDUCATION_LEVELS.indexOf(a.class.level) - EDUCATION_LEVELS.indexOf(b.class.level);
  if (level !== 0) return level;
  if (a.class.grade && b.class.grade) {
    const share = b.class.grade.reached / b.class.grade.of - a.class.grade.reached / a.class.grade.of;
    if (share !== 0) return share;
    if (a.class.grade.of !== b.class.grade.of) return b.class.grade.of - a.class.grade.of;
  }
  return collator.compare(a.key, b.key);
}

function mostFrequent(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) [best, bestCount] = [spelling, count];
  }
  return best;
}

/** Groups the typed educations (with their counts) from the highest level down. */
export function summarizeEducation(rows: readonly { education: string; count: number }[]): EducationSummary {
  const buckets = new Map<string, Bucket>();
  for (const row of rows) {
    if (row.count <= 0) continue;
    const label = educationLabel(row.education);
    const key = groupKey(label);
    const bucket = buckets.get(key) ?? { key, class: classifyEducation(label), count: 0, spellings: new Map() };
    bucket.count += row.count;
    bucket.spellings.set(label, (bucket.spellings.get(label) ?? 0) + row.count);
    buckets.set(key, bucket);
  }
  const collator = new Intl.Collator('vi');
  const sorted = [...buckets.values()].sort((a, b) => compareGroups(a, b, collator));
  const groups = sorted.map((b) => ({
    label: b.class.level === 'unknown' ? null : mostFrequent(b.spellings),
    level: b.class.level,
    count: b.count,
  }));
  const count = (levels: readonly EducationLevel[]) =>
    groups.filter((g) => levels.includes(g.level)).reduce((sum, g) => sum + g.count, 0);
  const college = count(['college']);
  const university = count(['university', 'postgraduate']);
  return {
    groups,
    total: count(EDUCATION_LEVELS),
    graduates: { college, university, total: college + university },
  };
}
