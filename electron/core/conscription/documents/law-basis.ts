import { amendmentsInForce } from '../../law';
import type { IsoDate } from '../../shared/dates';

const MILITARY_SERVICE_LAW = 'law-78-2015';

/**
 * The first "Căn cứ" line of a conscription paper: the Military Service Law with the amendments in
 * force on the paper's date, from the law register — a 2023 paper names the 2019 amendment (the
 * Militia Law, in force 01/07/2020), one from 01/07/2025 also Law 98/2025/QH15.
 */
export function militaryServiceLawBasis(date: IsoDate): string {
  const years = amendmentsInForce(MILITARY_SERVICE_LAW, date).map((text) => `năm ${text.signedOn.slice(0, 4)}`);
  const amended = years.length === 0 ? '' : `, được sửa đổi, bổ sung ${years.join(' và ')}`;
  return `Căn cứ Luật Nghĩa vụ quân sự ngày 19 tháng 6 năm 2015${amended};`;
}
