import { dqeduCategories, type DqeduCategory } from '../../../vocabulary/defence-education';
import type { IsoDate } from '../shared/dates';

/**
 * The learner categories in force by date, like the legal register's rules (law/): a course's
 * category must be one of the list in force on its first day. One list per version of Art. 2
 * Decree 13/2014/NĐ-CP (rule 'defence-education.categories'):
 *  - from 10/04/2014, Decree 13/2014 as issued. ASSUMED the same eight categories: we read only the
 *    text as amended; Law 30/2013 Art. 14–16 already named these groups of learners.
 *  - from 15/01/2021, as amended by Decree 139/2020: VERIFIED in the Ministry of Justice's code —
 *    clause 1 a–c đối tượng 1–3, d–e đối tượng 4 (commune officials and part-time workers, village
 *    and residential-group heads, heads of village unions, Party members not in 1–3; district
 *    officials and commune People's Council deputies), clause 2 managers of non-state enterprises
 *    (equivalent to 3 or 4), clause 3 religious dignitaries and officials, culture and science
 *    figures (a), village elders and clan heads (b).
 *  - from 07/08/2025, Decree 220/2025 amended Decree 13/2014 for two-tier local government. ASSUMED
 *    it moved the district's convening powers and kept the categories (its text was not read).
 */
export interface CategoryList {
  from: IsoDate;
  to: IsoDate | null;
  categories: readonly DqeduCategory[];
}

export const CATEGORY_LISTS: readonly CategoryList[] = [
  { from: '2014-04-10', to: '2021-01-14', categories: dqeduCategories },
  { from: '2021-01-15', to: '2025-08-06', categories: dqeduCategories },
  { from: '2025-08-07', to: null, categories: dqeduCategories },
];

/** The categories in force on `date`; none before Decree 13/2014 took effect. */
export function categoriesOn(date: IsoDate): readonly DqeduCategory[] {
  const list = CATEGORY_LISTS.find((l) => l.from <= date && (l.to === null || date <= l.to));
  return list?.categories ?? [];
}

/** The first day any category list applies (courses before it cannot be recorded). */
export const FIRST_CATEGORY_DAY: IsoDate = CATEGORY_LISTS[0]!.from;
