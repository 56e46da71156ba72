import { Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MilitiaEndReason, MilitiaMember } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { endReasonOptions } from './militia-labels';

const t = vi.militia.member;

/** End a membership with its date (the first day out) and reason. */
export function EndMemberDialog({ member, onClose }: { member: MilitiaMember; onClose(saved: boolean): void }) {
  const { dialog } = useFormSave(
    ['endedOn', 'endReason'],
    (values: { endedOn: Dayjs; endReason: MilitiaEndReason }) =>
      api('militia.member.end', {
        id: member.id,
        version: member.version,
        endedOn: toIsoDate(values.endedOn),
        endReason: values.endReason,
      }),
    { onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      name="militiaMemberEnd"
      title={format(t.endTitle, { name: member.fullName })}
      initialValues={{ endedOn: dayjs(), endReason: 'term_completed' }}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="endedOn" label={t.endedOn} rules={requiredRule}>
        <DateInput style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="endReason" label={t.endReason} rules={requiredRule}>
        <Select options={endReasonOptions} />
      </Form.Item>
    </FormDialog>
  );
}
