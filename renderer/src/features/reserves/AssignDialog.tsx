import { App, DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Reservist, ReserveSlot, ReserveUnit } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';
import { UnassignedPicker } from './pickers';

const t = vi.reserves.assign;

interface Values {
  reservistId?: string;
  slotId?: string;
  assignedOn: Dayjs;
}

type Props =
  | { reservist: Reservist; units: readonly ReserveUnit[]; slot?: undefined; onClose(changed: boolean): void }
  | { slot: ReserveSlot; unit: ReserveUnit; reservist?: undefined; onClose(changed: boolean): void };

/**
 * Places a reservist in a slot: from the list (pick the slot) or from a unit
 * (pick the reservist). The core's refusals (age for the unit kind, slot full,
 * already placed) show in the banner; a specialty mismatch saves with a warning.
 */
export function AssignDialog(props: Props) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();

  async function submit(v: Values) {
    setSaving(true);
    try {
      const result = await api('reserves.assignment.create', {
        reservistId: props.reservist?.id ?? v.reservistId!,
        slotId: props.slot?.id ?? v.slotId!,
        assignedOn: toIsoDate(v.assignedOn),
      });
      if (result.warnings.length > 0) {
        message.warning(format(t.warned, { warnings: result.warnings.map((w) => w.message).join(' ') }), 8);
      } else message.success(t.done);
      props.onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['reservistId', 'slotId', 'assignedOn']));
      setSaving(false);
    }
  }

  const title = props.reservist
    ? format(t.title, { name: props.reservist.fullName })
    : format(t.toSlotTitle, { unit: props.unit.name, slot: props.slot.title });
  return (
    <FormDialog<Values>
      name="reserve-assign"
      width={640}
      title={title}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={{ assignedOn: dayjs() }}
      onSubmit={submit}
      onCancel={() => props.onClose(false)}
    >
      {props.reservist ? (
        <Form.Item name="slotId" label={t.slot} rules={[{ required: true, message: vi.common.required }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={props.units.flatMap((u) =>
              u.slots.map((s) => ({
                value: s.id,
                label: format(t.slotOption, {
                  unit: u.name,
                  slot: s.title,
                  code: s.specialtyCode,
                  assigned: s.assigned,
                  required: s.required,
                }),
              })),
            )}
          />
        </Form.Item>
      ) : (
        <Form.Item name="reservistId" label={t.reservist} rules={[{ required: true, message: vi.common.required }]}>
          <UnassignedPicker />
        </Form.Item>
      )}
      <Form.Item name="assignedOn" label={t.assignedOn} rules={[{ required: true, message: vi.common.required }]}>
        <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} allowClear={false} />
      </Form.Item>
    </FormDialog>
  );
}
