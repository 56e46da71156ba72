import { App, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Reservist, ReserveSlot, ReserveUnit } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { UnassignedPicker } from './pickers';
import { SearchSelect } from '../../shared/SearchSelect';

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
  const { message } = App.useApp();
  const { dialog } = useFormSave(
    ['reservistId', 'slotId', 'assignedOn'],
    (v: Values) =>
      api('reserves.assignment.create', {
        reservistId: props.reservist?.id ?? v.reservistId!,
        slotId: props.slot?.id ?? v.slotId!,
        assignedOn: toIsoDate(v.assignedOn),
      }),
    {
      onSuccess: (result) => {
        if (result.warnings.length > 0) {
          message.warning(format(t.warned, { warnings: result.warnings.map((w) => w.message).join(' ') }), 8);
        } else message.success(t.done);
        props.onClose(true);
      },
    },
  );

  const title = props.reservist
    ? format(t.title, { name: props.reservist.fullName })
    : format(t.toSlotTitle, { unit: props.unit.name, slot: props.slot.title });
  return (
    <FormDialog
      {...dialog}
      name="reserve-assign"
      width={640}
      title={title}
      initialValues={{ assignedOn: dayjs() }}
      onCancel={() => props.onClose(false)}
    >
      {props.reservist ? (
        <Form.Item name="slotId" label={t.slot} rules={requiredRule}>
          <SearchSelect
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
        <Form.Item name="reservistId" label={t.reservist} rules={requiredRule}>
          <UnassignedPicker />
        </Form.Item>
      )}
      <Form.Item name="assignedOn" label={t.assignedOn} rules={requiredRule}>
        <DateInput allowClear={false} />
      </Form.Item>
    </FormDialog>
  );
}
