import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { DutyIncident } from '../../../../electron/core/api/contract';
import { api, ApiCallError } from '../../api/client';
import { vi } from '../../messages/vi';
import { DISPLAY_DATE_FORMAT, fromIsoDate, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';
import { dayOf, timeOf } from './duty-time';
import { TimeInput } from './TimeInput';

interface Values {
  occurredOn: Dayjs | null;
  occurredTime: string;
  description: string;
  actionTaken: string;
  reportedBy: string;
}

const FIELDS = ['occurredOn', 'occurredTime', 'description', 'actionTaken', 'reportedBy'] as const;
const t = vi.duty;
const required = [{ required: true, whitespace: true, message: vi.common.required }];

/** The core reports the moment on occurredAt; the form shows it on the time field. */
function onTimeField(error: unknown): unknown {
  if (!(error instanceof ApiCallError)) return error;
  const { occurredAt, ...rest } = error.fieldErrors;
  return new ApiCallError({
    code: error.code,
    message: error.message,
    fieldErrors: occurredAt ? { ...rest, occurredTime: occurredAt } : rest,
  });
}

interface Props {
  incident: DutyIncident | null;
  /** The day a new incident starts on. */
  day: string;
  onClose(saved: boolean): void;
}

/** Log or edit an incident during duty: when, what, what was done, who reported it. */
export function IncidentDialog({ incident, day, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const initialValues: Values = {
    occurredOn: fromIsoDate(incident ? dayOf(incident.occurredAt) : day),
    occurredTime: incident ? timeOf(incident.occurredAt) : '',
    description: incident?.description ?? '',
    actionTaken: incident?.actionTaken ?? '',
    reportedBy: incident?.reportedBy ?? '',
  };

  async function submit(values: Values) {
    if (!values.occurredOn) return;
    setSaving(true);
    setBanner(null);
    const fields = {
      occurredAt: `${toIsoDate(values.occurredOn)}T${values.occurredTime}`,
      description: values.description,
      actionTaken: values.actionTaken ?? '',
      reportedBy: values.reportedBy ?? '',
    };
    try {
      if (incident) await api('duty.incident.update', { ...fields, id: incident.id, version: incident.version });
      else await api('duty.incident.create', fields);
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, onTimeField(error), FIELDS));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDialog
      name="duty-incident"
      width={620}
      title={incident ? t.editIncident : t.addIncident}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={initialValues}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="occurredOn" label={t.occurredOn} rules={[{ required: true, message: vi.common.required }]}>
            <DatePicker
              format={[DISPLAY_DATE_FORMAT, ...INPUT_DATE_FORMATS]}
              placeholder={vi.common.datePlaceholder}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="occurredTime"
            label={t.occurredAt}
            rules={[...required, { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t.invalidTime }]}
          >
            <TimeInput autoFocus />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t.description} rules={required}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="actionTaken" label={t.actionTaken}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="reportedBy" label={t.reportedBy}>
        <Input maxLength={120} />
      </Form.Item>
    </FormDialog>
  );
}
