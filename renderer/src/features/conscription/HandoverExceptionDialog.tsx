import { Alert, App, Col, Form, Input, Radio, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ConscriptionRecordRow } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  onDate: Dayjs;
  receivingUnit: string;
  branch: 'army' | 'police';
  exceptionReason: string;
}

const t = vi.conscription.health.exception;
const h = vi.conscription.handoverScreen;

/**
 * Handing over a citizen the law's re-check now refuses (a corrected birth date, a new exam…): the
 * dialog says why, and records the handover only with the reason for the exception, which the core
 * keeps in the record's history and the audit trail. Offered only for such a record.
 */
export function HandoverExceptionDialog({
  record,
  defaults,
  onClose,
}: {
  record: ConscriptionRecordRow;
  /** The handover form's date, receiving unit and branch, as the clerk set them for the others. */
  defaults: Partial<Omit<Values, 'exceptionReason'>>;
  onClose(saved: boolean): void;
}) {
  const { message } = App.useApp();
  const { dialog } = useFormSave(
    ['onDate', 'receivingUnit', 'branch', 'exceptionReason'],
    (values: Values) =>
      api('conscription.record.transition', {
        recordId: record.id,
        version: record.version,
        to: 'handed_over',
        onDate: toIsoDate(values.onDate),
        receivingUnit: values.receivingUnit.trim(),
        branch: values.branch,
        exceptionReason: values.exceptionReason.trim(),
      }),
    {
      onSuccess: () => {
        message.success(format(t.done, { name: record.fullName }));
        onClose(true);
      },
    },
  );
  const reasons = record.warnings.filter((w) => w.severity === 'error');

  return (
    <FormDialog<Values>
      {...dialog}
      name="handoverException"
      width={720}
      title={format(t.title, { name: record.fullName })}
      initialValues={{ branch: 'army', receivingUnit: '', ...defaults }}
      onCancel={() => onClose(false)}
    >
      <Alert
        type="warning"
        showIcon
        title={t.why}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {reasons.map((w) => (
              <li key={w.message}>{w.message}</li>
            ))}
          </ul>
        }
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="onDate" label={h.onDate} rules={requiredRule}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="receivingUnit" label={h.receivingUnit} rules={requiredText}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="branch" label={h.branch} rules={requiredRule}>
        <Radio.Group
          options={(['army', 'police'] as const).map((b) => ({ value: b, label: vi.conscription.branches[b] }))}
        />
      </Form.Item>
      <Form.Item name="exceptionReason" label={t.reason} rules={requiredText}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}
