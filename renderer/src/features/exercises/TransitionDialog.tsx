import { Alert } from 'antd';
import dayjs from 'dayjs';
import type { Exercise } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate } from '../../shared/dates';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { ExerciseFactsFields, exerciseFactsInput, type ExerciseFacts } from './ExerciseFactsFields';

export type TransitionValues = ExerciseFacts;

const t = vi.exercises;

interface Props {
  exercise: Exercise;
  to: 'done' | 'cancelled';
  /** What the user typed last time the dialog was closed without saving (kept, never lost). */
  draft?: TransitionValues;
  /** Closed: the saved exercise, or null with what was typed (the caller keeps it for the next opening). */
  onClose(saved: Exercise | null, typed?: TransitionValues): void;
}

/**
 * "Hoàn thành" asks the actual dates, rating and lessons; "Hủy cuộc diễn tập" asks the reason. The
 * core has the last word; a refusal leaves the dialog open with the values, and closing it hands
 * them back so reopening shows them again. From "Kế hoạch" the core passes through "Chuẩn bị".
 */
export function TransitionDialog({ exercise, to, draft, onClose }: Props) {
  const planned = fromIsoDate(exercise.plannedOn);
  const start = planned && !planned.isAfter(dayjs(), 'day') ? planned : dayjs();

  const { dialog, form } = useFormSave(
    ['startedOn', 'endedOn', 'rating', 'lessons', 'cancelReason'],
    (values: TransitionValues) =>
      api('exercises.exercise.transition', {
        id: exercise.id,
        version: exercise.version,
        to,
        ...exerciseFactsInput(to === 'done', values),
      }),
    { onSuccess: (saved) => onClose(saved) },
  );

  return (
    <FormDialog
      {...dialog}
      name={to === 'done' ? 'exerciseComplete' : 'exerciseCancel'}
      title={to === 'done' ? t.actions.completeTitle : t.actions.cancelTitle}
      initialValues={
        draft ?? (to === 'done' ? { startedOn: start, endedOn: start, lessons: '' } : { cancelReason: '' })
      }
      onCancel={() => onClose(null, form.getFieldsValue(true) as TransitionValues)}
    >
      {to === 'done' && exercise.status === 'planned' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={vi.wayBack.exercise.doneFromPlanned} />
      )}
      <ExerciseFactsFields done={to === 'done'} />
    </FormDialog>
  );
}
