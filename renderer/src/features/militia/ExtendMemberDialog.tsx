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

/**
 * Art. 8(2) Luật DQTV: extend a term by up to 2 years past its end, or — sea militia, self-defence and unit
 * commanders — up to the age limit. The core computes the last day allowed and checks it.
 */
export function ExtendMemberDialog({ member, onClose }: { member: MilitiaMember; onClose(saved: boolean): void }) {
  const maxDate = dayjs(member.extensionMaxDate);
  const ground = member.extensionGround;
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
        {format(ground === null ? t.extendHint : t.extendHintLonger, {
          termEndsOn: displayDate(member.termEndsOn),
          maxDate: displayDate(member.extensionMaxDate),
          ground: ground === null ? '' : t.extensionGrounds[ground],
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
