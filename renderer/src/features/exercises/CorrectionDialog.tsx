import { Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Exercise, ExerciseRating } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { ratingOptions } from './exercise-labels';

interface Values {
  reason: string;
  startedOn?: Dayjs | null;
  endedOn?: Dayjs | null;
  rating?: ExerciseRating;
  lessons?: string;
  cancelReason?: string;
}

const t = vi.exercises;
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
        ...(done
          ? {
              startedOn: values.startedOn ? toIsoDate(values.startedOn) : undefined,
              endedOn: values.endedOn ? toIsoDate(values.endedOn) : undefined,
              rating: values.rating,
              lessons: values.lessons ?? '',
            }
          : { cancelReason: values.cancelReason ?? '' }),
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
      {done ? (
        <>
          <Flex gap={12}>
            <Form.Item name="startedOn" label={t.fields.startedOn} rules={required} style={{ flex: 1 }}>
              <DateInput />
            </Form.Item>
            <Form.Item name="endedOn" label={t.fields.endedOn} rules={required} style={{ flex: 1 }}>
              <DateInput />
            </Form.Item>
          </Flex>
          <Form.Item name="rating" label={t.fields.rating} rules={required}>
            <Select options={ratingOptions} />
          </Form.Item>
          <Form.Item name="lessons" label={t.fields.lessons}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="cancelReason" label={t.fields.cancelReason} rules={required}>
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      <Form.Item name="reason" label={w.correctReason} rules={required}>
        <Input placeholder={w.correctReasonPlaceholder} />
      </Form.Item>
    </FormDialog>
  );
}
