import { Flex, Form, Input, Select } from 'antd';
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

interface Values {
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
  onClose(saved: Exercise | null): void;
}

/** "Hoàn thành" asks the actual dates, rating and lessons; "Hủy" asks the reason. The core has the last word. */
export function TransitionDialog({ exercise, to, onClose }: Props) {
  const planned = fromIsoDate(exercise.plannedOn);
  const start = planned && !planned.isAfter(dayjs(), 'day') ? planned : dayjs();

  const { dialog } = useFormSave(
    ['startedOn', 'endedOn', 'rating', 'lessons', 'cancelReason'],
    (values: Values) =>
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
    { onSuccess: onClose },
  );

  return (
    <FormDialog
      {...dialog}
      name={to === 'done' ? 'exerciseComplete' : 'exerciseCancel'}
      title={to === 'done' ? t.actions.completeTitle : t.actions.cancelTitle}
      initialValues={to === 'done' ? { startedOn: start, endedOn: start, lessons: '' } : { cancelReason: '' }}
      onCancel={() => onClose(null)}
    >
      {to === 'done' ? (
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
          <Input.TextArea autoFocus rows={3} />
        </Form.Item>
      )}
    </FormDialog>
  );
}
