import { Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DutyCandidate, DutyRole, DutyShift } from '../../../../electron/core/api/contract';
import { api, ApiCallError } from '../../api/client';
import { vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { renameFieldErrors } from '../../shared/form-errors';
import { optionsOf } from '../../shared/options';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { dayOf, presetOf, SHIFT_PRESETS, shiftSpan, timeOf, type ShiftPreset } from './duty-time';
import { TimeRangeFields } from './TimeRangeFields';
import { SearchSelect } from '../../shared/SearchSelect';

interface Values {
  personId: string | null;
  role: DutyRole;
  day: Dayjs | null;
  preset: ShiftPreset;
  startTime: string;
  endTime: string;
  notes: string;
}

const FIELDS = ['personId', 'role', 'day', 'startTime', 'endTime', 'notes'] as const;

/** The core reports a shift's times on startsAt/endsAt; the form shows them on its time fields. */
function onTimeFields(error: unknown): unknown {
  if (!(error instanceof ApiCallError)) return error;
  // A clash with another shift is about the whole shift: shown above the form, where it has room.
  if (error.code === 'RULE_DUTY_OVERLAP') return new ApiCallError({ code: error.code, message: error.message });
  return renameFieldErrors(error, { startsAt: 'startTime', endsAt: 'endTime' });
}
const t = vi.duty;
const ROLES = Object.keys(t.roles) as DutyRole[];

interface Props {
  /** The shift being edited, or null for a new one on `day`. */
  shift: DutyShift | null;
  day: string;
  candidates: readonly DutyCandidate[];
  onClose(saved: boolean): void;
}

/** Add or edit a shift: who, in what role, on which day, with a preset or own times. */
export function ShiftDialog({ shift, day, candidates, onClose }: Props) {
  const start = shift ? timeOf(shift.startsAt) : SHIFT_PRESETS.full.start;
  const end = shift ? timeOf(shift.endsAt) : SHIFT_PRESETS.full.end;
  const initialValues: Values = {
    personId: shift?.personId ?? null,
    role: shift?.role ?? 'member',
    day: fromIsoDate(shift ? dayOf(shift.startsAt) : day),
    preset: presetOf(start, end),
    startTime: start,
    endTime: end,
    notes: shift?.notes ?? '',
  };
  // A person no longer on the candidate lists keeps their name in the picker.
  const known = shift && !candidates.some((c) => c.personId === shift.personId);
  const groups = (['staff', 'militia'] as const).map((group) => ({
    label: t.groups[group],
    options: candidates
      .filter((c) => c.group === group)
      .map((c) => ({ value: c.personId, label: `${c.fullName} – ${c.detail}`, search: c.fullName })),
  }));
  const options = known
    ? [{ value: shift.personId, label: shift.personName, search: shift.personName }, ...groups]
    : groups;

  const { form, dialog } = useFormSave(
    FIELDS,
    async (values: Values) => {
      // The date field is required, so the form never submits without it.
      const day = values.day as Dayjs;
      const fields = {
        personId: values.personId ?? '',
        role: values.role,
        notes: values.notes ?? '',
        ...shiftSpan(toIsoDate(day), values.startTime, values.endTime),
      };
      if (shift) await api('duty.shift.update', { ...fields, id: shift.id, version: shift.version });
      else await api('duty.shift.create', fields);
    },
    { onSuccess: () => onClose(true), mapError: onTimeFields },
  );

  return (
    <FormDialog
      {...dialog}
      name="duty-shift"
      width={620}
      title={shift ? t.editShift : t.addShift}
      initialValues={initialValues}
      onCancel={() => onClose(false)}
      onValuesChange={(changed: Partial<Values>) => {
        if (changed.preset && changed.preset !== 'custom') {
          const preset = SHIFT_PRESETS[changed.preset];
          form.setFieldsValue({ startTime: preset.start, endTime: preset.end });
        } else if (changed.startTime !== undefined || changed.endTime !== undefined) {
          form.setFieldValue(
            'preset',
            presetOf(form.getFieldValue('startTime') as string, form.getFieldValue('endTime') as string),
          );
        }
      }}
    >
      <Form.Item name="personId" label={t.person} extra={t.personHint} rules={requiredRule}>
        <SearchSelect options={options} autoFocus placeholder={t.person} />
      </Form.Item>
      <Row gutter={12}>
        <FieldCol span={12} name="role" label={t.role} rules={requiredRule}>
          <Select options={ROLES.map((value) => ({ value, label: t.roles[value] }))} />
        </FieldCol>
        <FieldCol span={12} name="day" label={t.date} rules={requiredRule}>
          <DateInput />
        </FieldCol>
      </Row>
      <Row gutter={12}>
        <FieldCol span={12} name="preset" label={t.preset}>
          <Select options={optionsOf<ShiftPreset>(t.presets)} />
        </FieldCol>
        <TimeRangeFields start="startTime" end="endTime" span={6} required />
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
        {t.endTimeHint}
      </Typography.Paragraph>
      <Form.Item name="notes" label={t.notes}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
