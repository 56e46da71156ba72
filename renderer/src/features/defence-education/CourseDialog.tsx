import { Flex, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DqeduCategory, DqeduCourse } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { categoryOptions } from './dqedu-labels';

interface Values {
  title: string;
  category: DqeduCategory;
  organiser: string;
  place?: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
  plannedOn?: Dayjs | null;
  plannedParticipants?: number | null;
  notes?: string;
}

const FIELDS = [
  'title',
  'category',
  'organiser',
  'place',
  'startsOn',
  'endsOn',
  'plannedOn',
  'plannedParticipants',
  'notes',
] as const;
const t = vi.defenceEducation;

interface Props {
  /** The course being edited, or null for a new one. */
  course: DqeduCourse | null;
  onClose(saved: DqeduCourse | null): void;
}

/** Create or edit a course: its category, organiser, place, dates and the day it was planned. */
export function CourseDialog({ course, onClose }: Props) {
  const { dialog } = useFormSave(FIELDS, save, { onSuccess: onClose });
  const initialValues: Partial<Values> = course
    ? {
        ...course,
        startsOn: fromIsoDate(course.startsOn) ?? undefined,
        endsOn: fromIsoDate(course.endsOn) ?? undefined,
        plannedOn: fromIsoDate(course.plannedOn),
      }
    : { category: 'group4', organiser: '', place: '', notes: '' };

  function save(values: Values) {
    const fields = {
      title: values.title,
      category: values.category,
      organiser: values.organiser,
      place: values.place ?? '',
      startsOn: toIsoDate(values.startsOn),
      endsOn: toIsoDate(values.endsOn),
      plannedOn: values.plannedOn ? toIsoDate(values.plannedOn) : null,
      plannedParticipants: values.plannedParticipants ?? null,
      notes: values.notes ?? '',
    };
    return course
      ? api('defenceEducation.course.update', { ...fields, id: course.id, version: course.version })
      : api('defenceEducation.course.create', fields);
  }

  return (
    <FormDialog
      {...dialog}
      name="dqeduCourse"
      title={course ? t.editTitle : t.addTitle}
      width={680}
      initialValues={initialValues}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="title" label={t.fields.title} rules={required}>
        <Input autoFocus />
      </Form.Item>
      <Form.Item name="category" label={t.fields.category} rules={required}>
        <Select options={categoryOptions} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="organiser" label={t.fields.organiser} rules={required} style={{ flex: 1 }}>
          <Input />
        </Form.Item>
        <Form.Item name="place" label={t.fields.place} style={{ flex: 1 }}>
          <Input />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="startsOn" label={t.fields.startsOn} rules={required} style={{ flex: 1 }}>
          <DateInput />
        </Form.Item>
        <Form.Item name="endsOn" label={t.fields.endsOn} rules={required} style={{ flex: 1 }}>
          <DateInput />
        </Form.Item>
        <Form.Item name="plannedParticipants" label={t.fields.plannedParticipants} style={{ flex: 1 }}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="plannedOn" label={t.fields.plannedOn} extra={t.fields.plannedOnHint}>
        <DateInput />
      </Form.Item>
      <Form.Item name="notes" label={t.fields.notes}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  );
}
