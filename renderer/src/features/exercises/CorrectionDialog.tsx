import { Form, Input } from 'antd';
import type { Exercise } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate } from '../../shared/dates';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { ExerciseFactsFields, exerciseFactsInput, type ExerciseFacts } from './ExerciseFactsFields';

interface Values extends ExerciseFacts {
  reason: string;
}
const w = vi.wayBack;

interface Props {
  exercise: Exercise;
  onClose(saved: Exercise | null): void;
}

/**
 * A recorded correction of a closed exercise: a done one's dates, rating and lessons, a cancelled
 * one's reason. The reason of the correction is required; the old values stay in the history.
 */
export function CorrectionDialog({ exercise, onClose }: Props) {
  const done = exercise.status === 'done';
  const { dialog } = useFormSave(
    ['reason', 'startedOn', 'endedOn', 'rating', 'lessons', 'cancelReason'],
    (values: Values) =>
      api('exercises.exercise.correct', {
        id: exercise.id,
        version: exercise.version,
        reason: values.reason ?? '',
        ...exerciseFactsInput(done, values),
      }),
    { onSuccess: onClose },
  );

  return (
    <FormDialog
      {...dialog}
      name="exerciseCorrect"
      title={done ? w.exercise.correctDoneTitle : w.exercise.correctCancelTitle}
      initialValues={{
        reason: '',
        startedOn: fromIsoDate(exercise.startedOn),
        endedOn: fromIsoDate(exercise.endedOn),
        rating: exercise.rating ?? undefined,
        lessons: exercise.lessons,
        cancelReason: exercise.cancelReason,
      }}
      onCancel={() => onClose(null)}
    >
      <ExerciseFactsFields done={done} />
      <Form.Item name="reason" label={w.correctReason} rules={required}>
        <Input placeholder={w.correctReasonPlaceholder} />
      </Form.Item>
    </FormDialog>
  );
}
