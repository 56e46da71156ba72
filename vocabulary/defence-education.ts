/**
 * Defence and security education's (bồi dưỡng kiến thức quốc phòng và an ninh) fixed words: the
 * learner categories, a course's status and a participant's result. Which categories are in force
 * on a date is the core's dated list (electron/core/defence-education/categories.ts).
 */
import { keysOf } from './keys';

/**
 * The learner categories of Art. 2 Decree 13/2014/NĐ-CP as amended by Decree 139/2020/NĐ-CP
 * (clause 1 points a–e: đối tượng 1–4; clause 2: managers of non-state enterprises, the
 * equivalents of đối tượng 3 and 4; clause 3: prominent persons of the community).
 */
export const dqeduCategoryLabels = {
  group1: 'Đối tượng 1',
  group2: 'Đối tượng 2',
  group3: 'Đối tượng 3',
  group4: 'Đối tượng 4',
  enterprise3: 'Người quản lý doanh nghiệp ngoài nhà nước (tương đương đối tượng 3)',
  enterprise4: 'Người quản lý doanh nghiệp ngoài nhà nước (tương đương đối tượng 4)',
  religious: 'Chức sắc, chức việc tôn giáo; nhà hoạt động văn hóa, xã hội, khoa học, nghệ thuật',
  elders: 'Già làng, trưởng họ tộc',
} as const;
export type DqeduCategory = keyof typeof dqeduCategoryLabels;
export const dqeduCategories = keysOf(dqeduCategoryLabels);

/** Short names for tables and the review's sentences. */
export const dqeduCategoryShortLabels: Record<DqeduCategory, string> = {
  group1: 'Đối tượng 1',
  group2: 'Đối tượng 2',
  group3: 'Đối tượng 3',
  group4: 'Đối tượng 4',
  enterprise3: 'Tương đương đối tượng 3 (doanh nghiệp)',
  enterprise4: 'Tương đương đối tượng 4 (doanh nghiệp)',
  religious: 'Chức sắc, chức việc tôn giáo',
  elders: 'Già làng, trưởng họ tộc',
};

export const dqeduStatusLabels = {
  planned: 'Kế hoạch',
  done: 'Đã thực hiện',
  cancelled: 'Đã hủy',
} as const;
export type DqeduStatus = keyof typeof dqeduStatusLabels;
export const dqeduStatuses = keysOf(dqeduStatusLabels);

/** A participant's result; the first three complete the programme (Art. 18(4) Law 30/2013/QH13: a certificate). */
export const dqeduResultLabels = {
  excellent: 'Giỏi',
  good: 'Khá',
  pass: 'Đạt',
  fail: 'Không đạt',
  absent: 'Vắng',
} as const;
export type DqeduResult = keyof typeof dqeduResultLabels;
export const dqeduResults = keysOf(dqeduResultLabels);
export const dqeduPassedResults: readonly DqeduResult[] = ['excellent', 'good', 'pass'];
