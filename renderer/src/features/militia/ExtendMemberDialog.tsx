import { Button, DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { MilitiaMember } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, fromIsoDate, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';

const t = vi.militia.member;

/** Art. 8(4) Luật DQTV: extend a term by up to 2 years past its end (the core checks the limit). */
export function ExtendMemberDialog({ member, onClose }: { member: MilitiaMember; onClose(saved: boolean): void }) {
  const [form] = Form.useForm<{ extendedUntil: Dayjs }>();
  const [banner, setBanner] = useState<string | null>(null);
  const maxDate = dayjs(member.termEndsOn).add(2, 'year');

  async function save(extendedUntil: string | null) {
    try {
      await api('militia.member.extend', { id: member.id, version: member.version, extendedUntil });
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, ['extendedUntil']));
    }
  }

  return (
    <FormDialog
      name="militiaMemberExtend"
      title={`${t.extendTitle}: ${member.fullName}`}
      form={form}
      banner={banner}
      initialValues={{ extendedUntil: fromIsoDate(member.extendedUntil) ?? maxDate }}
      onSubmit={(values) => save(toIsoDate(values.extendedUntil))}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph>
        {format(t.extendHint, {
          termEndsOn: displayDate(member.termEndsOn),
          maxDate: maxDate.format('DD/MM/YYYY'),
        })}
      </Typography.Paragraph>
      <Form.Item name="extendedUntil" label={t.extendedUntil} rules={[{ required: true, message: vi.common.required }]}>
        <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} style={{ width: 200 }} />
      </Form.Item>
      {member.extendedUntil && <Button onClick={() => save(null)}>{t.removeExtension}</Button>}
    </FormDialog>
  );
}
