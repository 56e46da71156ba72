import { Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ExerciseRating } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule as required } from '../../shared/form-rules';
import { ratingOptions } from './exercise-labels';

/** What a closed exercise records: a done one's dates, rating and lessons; a cancelled one's reason. */
export interface ExerciseFacts {
  startedOn?: Dayjs | null;
  endedOn?: Dayjs | null;
  rating?: ExerciseRating;
  lessons?: string;
  cancelReason?: string;
}

const t = vi.exercises;

/**
 * The facts as the core takes them, for recording a step ("Hoàn thành", "Hủy cuộc diễn tập") and
 * for correcting it afterwards alike: both ask the same things, so both send them the same way.
 */
export function exerciseFactsInput(done: boolean, values: ExerciseFacts) {
  return done
    ? {
        startedOn: values.startedOn ? toIsoDate(values.startedOn) : undefined,
        endedOn: values.endedOn ? toIsoDate(values.endedOn) : undefined,
        rating: values.rating,
        lessons: values.lessons ?? '',
      }
    : { cancelReason: values.cancelReason ?? '' };
}

/**
 * The fields of a done exercise (actual dates, rating, lessons) or of a cancelled one (the reason),
 * shared by the dialog that records the step and the one that corrects it, so the two never drift.
 */
export function ExerciseFactsFields({ done }: { done: boolean }) {
  if (!done)
    return (
      <Form.Item name="cancelReason" label={t.fields.cancelReason} rules={required}>
        <Input.TextArea autoFocus rows={3} />
      </Form.Item>
    );
  return (
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
  );
}
