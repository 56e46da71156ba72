import { Flex, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { MilitiaComponent, TrainingCourse, TrainingTarget } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { useApiQuery } from '../../shared/use-api-query';
import { componentOptions, unitOptions } from '../militia/militia-labels';
import { MILITIA_TARGETS, targetOptions } from './training-labels';
import { SearchSelect } from '../../shared/SearchSelect';

interface Values {
  title: string;
  target: TrainingTarget;
  component?: MilitiaComponent | null;
  militiaUnitId?: string | null;
  reserveUnitId?: string | null;
  startsOn: Dayjs;
  endsOn: Dayjs;
  place?: string;
  plannedDays?: number | null;
  notes?: string;
}

const FIELDS = [
  'title',
  'target',
  'component',
  'militiaUnitId',
  'reserveUnitId',
  'startsOn',
  'endsOn',
  'place',
  'plannedDays',
  'notes',
] as const;
const t = vi.training;

interface Props {
  /** The course being edited, or null for a new one. */
  course: TrainingCourse | null;
  onClose(saved: TrainingCourse | null): void;
}

/** Create or edit a course; the planned days follow the law's default for the target and component until typed over. */
export function CourseDialog({ course, onClose }: Props) {
  const { form, dialog } = useFormSave(FIELDS, save, { onSuccess: onClose });
  const [defaultDays, setDefaultDays] = useState<number | null>(course?.defaultDays ?? null);
  const militiaUnits = useApiQuery('militia.unit.list', {});
  const reserveUnits = useApiQuery('reserves.unit.list', {});
  const initialValues: Partial<Values> = course
    ? {
        ...course,
        startsOn: fromIsoDate(course.startsOn) ?? undefined,
        endsOn: fromIsoDate(course.endsOn) ?? undefined,
      }
    : { target: 'militia_first_year', plannedDays: 15, place: '', notes: '' };
  const target = Form.useWatch('target', form) ?? initialValues.target;
  const component = Form.useWatch('component', form) ?? null;
  // A first-year course of a standing militia unit trains 60 days, not 15 (Art. 28(1) Luật DQTV).
  const militiaUnitId = Form.useWatch('militiaUnitId', form) ?? null;
  const unitForDefault = target === 'militia_first_year' ? militiaUnitId : null;

  useEffect(() => {
    if (!target) return;
    let current = true;
    void api('training.defaultDays', {
      target,
      component: target === 'militia_component' ? component : null,
      militiaUnitId: unitForDefault,
    }).then(
      (answer) => {
        if (!current) return;
        setDefaultDays(answer.plannedDays);
        // A new course takes the default; an edited one keeps its days unless the target changed.
        const changed =
          !course ||
          course.target !== target ||
          course.component !== component ||
          (course.target === 'militia_first_year' ? (course.militiaUnitId ?? null) : null) !== unitForDefault;
        if (answer.plannedDays !== null && changed) form.setFieldValue('plannedDays', answer.plannedDays);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [target, component, unitForDefault, course, form]);

  function save(values: Values) {
    const fields = {
      title: values.title,
      target: values.target,
      component: values.target === 'militia_component' ? (values.component ?? null) : null,
      militiaUnitId: MILITIA_TARGETS.includes(values.target) ? (values.militiaUnitId ?? null) : null,
      reserveUnitId: values.target === 'reserve_unit' ? (values.reserveUnitId ?? null) : null,
      startsOn: toIsoDate(values.startsOn),
      endsOn: toIsoDate(values.endsOn),
      place: values.place ?? '',
      notes: values.notes ?? '',
      ...(values.plannedDays ? { plannedDays: values.plannedDays } : {}),
    };
    return course
      ? api('training.course.update', { ...fields, id: course.id, version: course.version })
      : api('training.course.create', fields);
  }

  return (
    <FormDialog
      {...dialog}
      name="trainingCourse"
      title={course ? t.editTitle : t.addTitle}
      width={640}
      initialValues={initialValues}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="title" label={t.fields.title} rules={required}>
        <Input autoFocus />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="target" label={t.fields.target} rules={required} style={{ flex: 1 }}>
          <Select options={targetOptions} />
        </Form.Item>
        {target === 'militia_component' && (
          <Form.Item name="component" label={t.fields.component} rules={required} style={{ flex: 1 }}>
            <Select options={componentOptions} />
          </Form.Item>
        )}
      </Flex>
      {target && MILITIA_TARGETS.includes(target) && (
        <Form.Item name="militiaUnitId" label={t.fields.militiaUnit}>
          <SearchSelect allowClear loading={militiaUnits.loading} options={unitOptions(militiaUnits.data ?? [])} />
        </Form.Item>
      )}
      {target === 'reserve_unit' && (
        <Form.Item name="reserveUnitId" label={t.fields.reserveUnit} rules={required}>
          <SearchSelect
            loading={reserveUnits.loading}
            options={(reserveUnits.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      )}
      <Flex gap={12}>
        <Form.Item name="startsOn" label={t.fields.startsOn} rules={required} style={{ flex: 1 }}>
          <DateInput />
        </Form.Item>
        <Form.Item name="endsOn" label={t.fields.endsOn} rules={required} style={{ flex: 1 }}>
          <DateInput />
        </Form.Item>
        <Form.Item
          name="plannedDays"
          label={t.fields.plannedDays}
          rules={required}
          style={{ flex: 1 }}
          extra={defaultDays !== null ? format(t.plannedDaysHint, { days: defaultDays }) : t.plannedDaysNoDefault}
        >
          <InputNumber min={1} max={366} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="place" label={t.fields.place}>
        <Input />
      </Form.Item>
      <Form.Item name="notes" label={t.fields.notes}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  );
}
