import { Flex, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type {
  Exercise,
  ExerciseLevel,
  ExerciseType,
  Locality,
  MilitiaUnitGroup,
  ReserveUnit,
} from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { levelOptions, localityOptions, militiaUnitOptions, reserveUnitOptions, typeOptions } from './exercise-labels';
import { SearchSelect } from '../../shared/SearchSelect';

interface Values {
  typeId: string;
  level: ExerciseLevel;
  title: string;
  localityId?: string | null;
  plannedOn: Dayjs;
  plannedUntil?: Dayjs | null;
  leadBody?: string;
  directingOfficer?: string;
  militiaCount?: number | null;
  reservistCount?: number | null;
  policeCount?: number | null;
  otherCount?: number | null;
  militiaUnitIds?: string[];
  reserveUnitIds?: string[];
  scenario?: string;
}

const FIELDS = [
  'typeId',
  'level',
  'title',
  'localityId',
  'plannedOn',
  'plannedUntil',
  'leadBody',
  'directingOfficer',
  'militiaCount',
  'reservistCount',
  'policeCount',
  'otherCount',
  'militiaUnitIds',
  'reserveUnitIds',
  'scenario',
] as const;
const COUNTS = ['militiaCount', 'reservistCount', 'policeCount', 'otherCount'] as const;
const t = vi.exercises.fields;

interface Props {
  exercise: Exercise | null;
  types: readonly ExerciseType[];
  localities: readonly Locality[];
  militiaGroups: readonly MilitiaUnitGroup[];
  reserveUnits: readonly ReserveUnit[];
  onClose(saved: Exercise | null): void;
}

/** Plan or edit an exercise: type, level, title, place, planned dates, who leads, forces, units, scenario. */
export function ExerciseDialog({ exercise, types, localities, militiaGroups, reserveUnits, onClose }: Props) {
  const { dialog } = useFormSave(FIELDS, save, { onSuccess: onClose });
  const initialValues: Partial<Values> = exercise
    ? {
        ...exercise,
        plannedOn: fromIsoDate(exercise.plannedOn) ?? undefined,
        plannedUntil: fromIsoDate(exercise.plannedUntil),
        militiaUnitIds: exercise.units.filter((u) => u.kind === 'militia').map((u) => u.unitId),
        reserveUnitIds: exercise.units.filter((u) => u.kind === 'reserve').map((u) => u.unitId),
      }
    : { level: 'commune', militiaCount: 0, reservistCount: 0, policeCount: 0, otherCount: 0 };

  function save(values: Values) {
    const input = {
      typeId: values.typeId,
      level: values.level,
      title: values.title,
      localityId: values.localityId ?? null,
      plannedOn: toIsoDate(values.plannedOn),
      plannedUntil: values.plannedUntil ? toIsoDate(values.plannedUntil) : null,
      leadBody: values.leadBody ?? '',
      directingOfficer: values.directingOfficer ?? '',
      militiaCount: values.militiaCount ?? 0,
      reservistCount: values.reservistCount ?? 0,
      policeCount: values.policeCount ?? 0,
      otherCount: values.otherCount ?? 0,
      militiaUnitIds: values.militiaUnitIds ?? [],
      reserveUnitIds: values.reserveUnitIds ?? [],
      scenario: values.scenario ?? '',
    };
    return exercise
      ? api('exercises.exercise.update', { ...input, id: exercise.id, version: exercise.version })
      : api('exercises.exercise.create', input);
  }

  return (
    <FormDialog
      {...dialog}
      name="exercise"
      title={exercise ? vi.exercises.editTitle : vi.exercises.addTitle}
      width={720}
      initialValues={initialValues}
      onCancel={() => onClose(null)}
    >
      <Flex gap={12}>
        <Form.Item name="typeId" label={t.typeId} rules={required} style={{ flex: 2 }}>
          <Select options={typeOptions(types, exercise?.typeId)} />
        </Form.Item>
        <Form.Item name="level" label={t.level} rules={required} style={{ flex: 1 }}>
          <Select options={levelOptions} />
        </Form.Item>
      </Flex>
      <Form.Item name="title" label={t.title} rules={required}>
        <Input autoFocus placeholder={t.titlePlaceholder} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="localityId" label={t.localityId} style={{ flex: 2 }}>
          <SearchSelect allowClear options={localityOptions(localities, exercise?.localityId)} />
        </Form.Item>
        <Form.Item name="plannedOn" label={t.plannedOn} rules={required} style={{ flex: 1 }}>
          <DateInput />
        </Form.Item>
        <Form.Item name="plannedUntil" label={t.plannedUntil} style={{ flex: 1 }}>
          <DateInput />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="leadBody" label={t.leadBody} style={{ flex: 1 }}>
          <Input />
        </Form.Item>
        <Form.Item name="directingOfficer" label={t.directingOfficer} style={{ flex: 1 }}>
          <Input />
        </Form.Item>
      </Flex>
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <legend style={{ fontSize: 14, marginBottom: 8 }}>{t.forces}</legend>
        <Flex gap={12}>
          {COUNTS.map((name) => (
            <Form.Item key={name} name={name} label={t[name]} style={{ flex: 1 }}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </Flex>
      </fieldset>
      <Form.Item name="militiaUnitIds" label={t.militiaUnitIds}>
        <SearchSelect mode="multiple" allowClear options={militiaUnitOptions(militiaGroups)} />
      </Form.Item>
      <Form.Item name="reserveUnitIds" label={t.reserveUnitIds}>
        <SearchSelect mode="multiple" allowClear options={reserveUnitOptions(reserveUnits)} />
      </Form.Item>
      <Form.Item name="scenario" label={t.scenario}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialog>
  );
}
