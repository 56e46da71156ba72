import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { StaffMember } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

interface Props {
  staff: StaffMember;
  onClose(saved: StaffMember | null): void;
}

/** Records that a staff member left the office; the row stays for the person's service history. */
export function EndStaffDialog({ staff, onClose }: Props) {
  const { dialog } = useFormSave(
    ['endedOn'],
    (values: { endedOn: Dayjs }) =>
      api('staff.end', { id: staff.id, version: staff.version, endedOn: toIsoDate(values.endedOn) }),
    { onSuccess: onClose },
  );

  return (
    <FormDialog
      {...dialog}
      name="endStaff"
      title={format(vi.staff.endTitle, { name: staff.fullName })}
      initialValues={{ endedOn: dayjs() }}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="endedOn" label={vi.staff.endedOn} rules={requiredRule}>
        <DateInput />
      </Form.Item>
    </FormDialog>
  );
}
