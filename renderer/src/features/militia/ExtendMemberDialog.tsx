import { Button, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MilitiaMember } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

const t = vi.militia.member;

/** Art. 8(4) Luật DQTV: extend a term by up to 2 years past its end (the core checks the limit). */
export function ExtendMemberDialog({ member, onClose }: { member: MilitiaMember; onClose(saved: boolean): void }) {
  const maxDate = dayjs(member.termEndsOn).add(2, 'year');
  // "Bỏ gia hạn" saves the same way with no day.
  const { dialog } = useFormSave(
    ['extendedUntil'],
    (values: { extendedUntil: Dayjs | null }) =>
      api('militia.member.extend', {
        id: member.id,
        version: member.version,
        extendedUntil: values.extendedUntil ? toIsoDate(values.extendedUntil) : null,
      }),
    { onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      name="militiaMemberExtend"
      title={`${t.extendTitle}: ${member.fullName}`}
      initialValues={{ extendedUntil: fromIsoDate(member.extendedUntil) ?? maxDate }}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph>
        {format(t.extendHint, {
          termEndsOn: displayDate(member.termEndsOn),
          maxDate: maxDate.format('DD/MM/YYYY'),
        })}
      </Typography.Paragraph>
      <Form.Item name="extendedUntil" label={t.extendedUntil} rules={requiredRule}>
        <DateInput style={{ width: 200 }} />
      </Form.Item>
      {member.extendedUntil && (
        <Button onClick={() => dialog.onSubmit({ extendedUntil: null })}>{t.removeExtension}</Button>
      )}
    </FormDialog>
  );
}
