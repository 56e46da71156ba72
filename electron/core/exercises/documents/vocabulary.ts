import type { ExerciseRow, ExerciseUnitRow, CourseRow } from './data';
import { periodText, rateText } from '../../docs/text-helpers';
import type { DrillsDocumentKind } from './kinds';
import { drillsText } from './text';
import type { TrainingTotals } from '../../training/documents/result-report';
import type { TableContent } from '../../docs/table-content';
import type { DocumentSnapshot, SnapshotValue } from '../../documents/generate-schema';
import { contentSnapshot } from '../../documents/templates/vocabulary/table-content';
import { mapKinds } from '../../documents/templates/vocabulary/types';

const EXERCISE_FIELDS = [
  'ten_dien_tap',
  'loai_dien_tap',
  'dia_diem',
  'thoi_gian',
  'chu_tri',
  'chi_dao',
  'don_vi_tham_gia',
  'y_dinh',
  'xep_loai',
  'bai_hoc',
] as const;
const COURSE_FIELDS = [
  'ten_lop',
  'dia_diem',
  'thoi_gian',
  'so_ngay_ke_hoach',
  'ty_le_tham_gia',
  'so_kha_gioi',
] as const;

/** Column names in the built-in table's order (drills-documents/*.ts). */
const COLUMNS: Record<DrillsDocumentKind, { table: string; columns: readonly string[]; fields: readonly string[] }> = {
  'exercises.plan': { table: 'luc_luong', columns: ['stt', 'ten_luc_luong', 'so_nguoi'], fields: EXERCISE_FIELDS },
  'exercises.resultReport': {
    table: 'luc_luong',
    columns: ['stt', 'ten_luc_luong', 'so_nguoi'],
    fields: EXERCISE_FIELDS,
  },
  'training.resultReport': {
    table: 'danh_sach',
    columns: ['stt', 'ho_ten', 'don_vi', 'so_ngay', 'ty_le', 'ket_qua'],
    fields: COURSE_FIELDS,
  },
  'duty.monthRoster': {
    table: 'lich_truc',
    columns: ['ngay_truc', 'thu', 'gio_truc', 'chi_huy', 'truc_ban', 'thanh_vien'],
    fields: ['thang', 'nam'],
  },
};

export const drillsVocabulary = mapKinds(COLUMNS, ({ table, columns, fields }) => ({
  fields: ['tieu_de', 'ghi_chu_chung', 'trich_yeu', 'tong_so', ...fields],
  tables: { [table]: [...columns, 'nhom'], dong_tong: columns },
}));

/** The exercise's facts as the plan and the result report state them. */
export function exerciseFields(exercise: ExerciseRow, units: readonly ExerciseUnitRow[]) {
  const done = exercise.startedOn !== null;
  return {
    ten_dien_tap: exercise.title.trim(),
    loai_dien_tap: exercise.typeName,
    dia_diem: exercise.localityName ?? '',
    thoi_gian:
      (done
        ? periodText(exercise.startedOn, exercise.endedOn)
        : periodText(exercise.plannedOn, exercise.plannedUntil)) ?? '',
    chu_tri: exercise.leadBody.trim(),
    chi_dao: exercise.directingOfficer.trim(),
    don_vi_tham_gia: units.map((u) => `${u.name} (${drillsText.unitKinds[u.kind]})`).join('; '),
    y_dinh: exercise.scenario.trim(),
    xep_loai: exercise.rating ? drillsText.ratings[exercise.rating] : '',
    bai_hoc: exercise.lessons.trim(),
  } satisfies Record<(typeof EXERCISE_FIELDS)[number], SnapshotValue>;
}

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

export function drillsSnapshot(
  kind: DrillsDocumentKind,
  content: TableContent,
  fields: Record<string, SnapshotValue>,
): DocumentSnapshot {
  const { table, columns } = COLUMNS[kind];
  return contentSnapshot(content, table, columns, fields);
}
