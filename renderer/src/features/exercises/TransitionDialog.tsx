import { DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Exercise, ExerciseRating } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';
import { ratingOptions } from './exercise-labels';

interface Values {
  startedOn?: Dayjs | null;
  endedOn?: Dayjs | null;
  rating?: ExerciseRating;
  lessons?: string;
  cancelReason?: string;
}

const t = vi.exercises;
const required = [{ required: true, message: vi.common.required }];
const datePicker = { format: INPUT_DATE_FORMATS, placeholder: vi.common.datePlaceholder, style: { width: '100%' } };

interface Props {
  exercise: Exercise;
  to: 'done' | 'cancelled';
  onClose(saved: Exercise | null): void;
}

/** "Hoàn thành" asks the actual dates, rating and lessons; "Hủy" asks the reason. The core has the last word. */
export function TransitionDialog({ exercise, to, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const planned = fromIsoDate(exercise.plannedOn);
  const start = planned && !planned.isAfter(dayjs(), 'day') ? planned : dayjs();

  async function submit(values: Values) {
    setSaving(true);
    try {
      const saved = await api('exercises.exercise.transition', {
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
      });
      onClose(saved);
    } catch (error) {
      setBanner(showApiError(form, error, ['startedOn', 'endedOn', 'rating', 'lessons', 'cancelReason']));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDialog
      name={to === 'done' ? 'exerciseComplete' : 'exerciseCancel'}
      title={to === 'done' ? t.actions.completeTitle : t.actions.cancelTitle}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={to === 'done' ? { startedOn: start, endedOn: start, lessons: '' } : { cancelReason: '' }}
      onSubmit={submit}
      onCancel={() => onClose(null)}
    >
      {to === 'done' ? (
        <>
          <Flex gap={12}>
            <Form.Item name="startedOn" label={t.fields.startedOn} rules={required} style={{ flex: 1 }}>
              <DatePicker {...datePicker} />
            </Form.Item>
            <Form.Item name="endedOn" label={t.fields.endedOn} rules={required} style={{ flex: 1 }}>
              <DatePicker {...datePicker} />
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
