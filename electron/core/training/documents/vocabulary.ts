import { rateText, periodText } from '../../docs/text-helpers';
import type { TableContent } from '../../docs/table-content';
import type { DocumentSnapshot, SnapshotValue } from '../../documents/generate-schema';
import {
  contentSnapshot,
  reportTableVocabulary,
  type ReportTableTags,
} from '../../documents/templates/vocabulary/table-content';
import type { CourseRow } from './data';
import type { KindVocabulary } from '../../documents/templates/vocabulary/types';
import type { TrainingDocumentKind } from './kinds';
import type { TrainingTotals } from './result-report';

const COURSE_FIELDS = [
  'ten_lop',
  'dia_diem',
  'thoi_gian',
  'so_ngay_ke_hoach',
  'ty_le_tham_gia',
  'so_kha_gioi',
] as const;

/** Column names in the built-in table's order (result-report.ts). */
const REPORT: ReportTableTags = {
  table: 'danh_sach',
  columns: ['stt', 'ho_ten', 'don_vi', 'so_ngay', 'ty_le', 'ket_qua'],
  fields: COURSE_FIELDS,
};

export const trainingVocabulary: Record<TrainingDocumentKind, KindVocabulary> = {
  'training.resultReport': reportTableVocabulary(REPORT),
};

export function courseFields(course: CourseRow, totals: TrainingTotals) {
  return {
    ten_lop: course.title.trim(),
    dia_diem: course.place.trim(),
    thoi_gian: periodText(course.startsOn, course.endsOn) ?? '',
    so_ngay_ke_hoach: course.plannedDays,
    ty_le_tham_gia: rateText(totals.attendanceRate),
    so_kha_gioi: totals.goodOrBetter,
  } satisfies Record<(typeof COURSE_FIELDS)[number], SnapshotValue>;
}

export function trainingSnapshot(content: TableContent, fields: Record<string, SnapshotValue>): DocumentSnapshot {
  return contentSnapshot(content, REPORT.table, REPORT.columns, fields);
}
