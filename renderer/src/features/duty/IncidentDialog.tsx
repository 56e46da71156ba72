import { Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DutyIncident } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { renameFieldErrors } from '../../shared/form-errors';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { dayOf, timeOf, timeRules } from './duty-time';
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

interface Props {
  incident: DutyIncident | null;
  /** The day a new incident starts on. */
  day: string;
  onClose(saved: boolean): void;
}

/** Log or edit an incident during duty: when, what, what was done, who reported it. */
export function IncidentDialog({ incident, day, onClose }: Props) {
  const initialValues: Values = {
    occurredOn: fromIsoDate(incident ? dayOf(incident.occurredAt) : day),
    occurredTime: incident ? timeOf(incident.occurredAt) : '',
    description: incident?.description ?? '',
    actionTaken: incident?.actionTaken ?? '',
    reportedBy: incident?.reportedBy ?? '',
  };
  const { dialog } = useFormSave(
    FIELDS,
    // The date field is required, so the form never submits without it.
    async (values: Values & { occurredOn: Dayjs }) => {
      const fields = {
        occurredAt: `${toIsoDate(values.occurredOn)}T${values.occurredTime}`,
        description: values.description,
        actionTaken: values.actionTaken ?? '',
        reportedBy: values.reportedBy ?? '',
      };
      if (incident) await api('duty.incident.update', { ...fields, id: incident.id, version: incident.version });
      else await api('duty.incident.create', fields);
    },
    {
      onSuccess: () => onClose(true),
      // The core reports the moment on occurredAt; the form shows it on the time field.
      mapError: (error) => renameFieldErrors(error, { occurredAt: 'occurredTime' }),
    },
  );

  return (
    <FormDialog
      {...dialog}
      name="duty-incident"
      width={620}
      title={incident ? t.editIncident : t.addIncident}
      initialValues={initialValues}
      onCancel={() => onClose(false)}
    >
      <Row gutter={12}>
        <FieldCol span={12} name="occurredOn" label={t.occurredOn} rules={requiredRule}>
          <DateInput />
        </FieldCol>
        <FieldCol span={12} name="occurredTime" label={t.occurredAt} rules={[...requiredText, ...timeRules]}>
          <TimeInput autoFocus />
        </FieldCol>
      </Row>
      <Form.Item name="description" label={t.description} rules={requiredText}>
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
