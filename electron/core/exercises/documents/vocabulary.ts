import { vi } from '../../messages/vi';
import { periodText } from '../../docs/text-helpers';
import type { TableContent } from '../../docs/table-content';
import type { DocumentSnapshot, SnapshotValue } from '../../documents/generate-schema';
import {
  contentSnapshot,
  reportTableVocabulary,
  type ReportTableTags,
} from '../../documents/templates/vocabulary/table-content';
import { mapKinds } from '../../documents/templates/vocabulary/types';
import type { ExerciseRow, ExerciseUnitRow } from './data';
import type { ExerciseDocumentKind } from './kinds';
import { exerciseText } from './text';

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

/** Column names in the built-in table's order (content.ts). */
const COLUMNS: Record<ExerciseDocumentKind, ReportTableTags> = {
  'exercises.plan': { table: 'luc_luong', columns: ['stt', 'ten_luc_luong', 'so_nguoi'], fields: EXERCISE_FIELDS },
  'exercises.resultReport': {
    table: 'luc_luong',
    columns: ['stt', 'ten_luc_luong', 'so_nguoi'],
    fields: EXERCISE_FIELDS,
  },
};

export const exerciseVocabulary = mapKinds(COLUMNS, (tags) => reportTableVocabulary(tags));

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
    don_vi_tham_gia: units.map((u) => `${u.name} (${exerciseText.unitKinds[u.kind]})`).join('; '),
    y_dinh: exercise.scenario.trim(),
    xep_loai: exercise.rating ? vi.exercises.ratings[exercise.rating] : '',
    bai_hoc: exercise.lessons.trim(),
  } satisfies Record<(typeof EXERCISE_FIELDS)[number], SnapshotValue>;
}

export function exerciseSnapshot(
  kind: ExerciseDocumentKind,
  content: TableContent,
  fields: Record<string, SnapshotValue>,
): DocumentSnapshot {
  const { table, columns } = COLUMNS[kind];
  return contentSnapshot(content, table, columns, fields);
}
