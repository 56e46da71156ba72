import { Col, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReadinessHolder } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  name: string;
  retiredOn: Dayjs | null;
}

const FIELDS = ['name', 'retiredOn'] as const;
const t = vi.readinessDocuments;

/** Rename a holder as the office records it, or stop following it from a day (its reviews stay). */
export function HolderEditDialog({
  holder,
  onClose,
}: {
  holder: ReadinessHolder;
  onClose(saved: ReadinessHolder | null): void;
}) {
  const { dialog } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.holderUpdated });

  function save(values: Values) {
    return api('readinessDocuments.holder.update', {
      id: holder.id,
      version: holder.version,
      name: values.name ?? '',
      sortOrder: holder.sortOrder,
      retiredOn: values.retiredOn ? toIsoDate(values.retiredOn) : null,
    });
  }

  return (
    <FormDialog<Values>
      {...dialog}
      name="readiness-holder-edit"
      width={560}
      title={t.editHolder}
      initialValues={{ name: holder.name, retiredOn: fromIsoDate(holder.retiredOn) }}
      onCancel={() => onClose(null)}
    >
      <Row gutter={12}>
        <Col span={16}>
          <Form.Item name="name" label={t.fields.name} rules={requiredText}>
            <Input maxLength={200} autoFocus />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="retiredOn" label={t.fields.retiredOn}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
    </FormDialog>
  );
}
