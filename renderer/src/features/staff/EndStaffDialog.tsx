import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { StaffMember } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';

interface Props {
  staff: StaffMember;
  onClose(saved: StaffMember | null): void;
}

/** Records that a staff member left the office; the row stays for the person's service history. */
export function EndStaffDialog({ staff, onClose }: Props) {
  const [form] = Form.useForm<{ endedOn: Dayjs | null }>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(values: { endedOn: Dayjs | null }) {
    if (!values.endedOn) return;
    setSaving(true);
    setBanner(null);
    try {
      onClose(await api('staff.end', { id: staff.id, version: staff.version, endedOn: toIsoDate(values.endedOn) }));
    } catch (error) {
      setBanner(showApiError(form, error, ['endedOn']));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDialog
      name="endStaff"
      title={format(vi.staff.endTitle, { name: staff.fullName })}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={{ endedOn: dayjs() }}
      onSubmit={submit}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="endedOn" label={vi.staff.endedOn} rules={[{ required: true, message: vi.common.required }]}>
        <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} style={{ width: '100%' }} />
      </Form.Item>
    </FormDialog>
  );
}
