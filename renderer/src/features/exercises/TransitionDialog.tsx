import { Alert, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Exercise, ExerciseRating } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { ratingOptions } from './exercise-labels';

export interface TransitionValues {
  startedOn?: Dayjs | null;
  endedOn?: Dayjs | null;
  rating?: ExerciseRating;
  lessons?: string;
  cancelReason?: string;
}

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
        ...(to === 'done'
          ? {
              startedOn: values.startedOn ? toIsoDate(values.startedOn) : undefined,
              endedOn: values.endedOn ? toIsoDate(values.endedOn) : undefined,
              rating: values.rating,
              lessons: values.lessons ?? '',
            }
          : { cancelReason: values.cancelReason ?? '' }),
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
      {to === 'done' ? (
        <>
          {exercise.status === 'planned' && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={vi.wayBack.exercise.doneFromPlanned} />
          )}
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
          <Input.TextArea autoFocus rows={3} />
        </Form.Item>
      )}
    </FormDialog>
  );
}
