import { Checkbox, Col, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Campaign } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { pointOptions } from './record-labels';
import { runTransition, type StepFields, type StepOutcome, type StepTarget } from './run-steps';
import type { StepAction } from './step-actions';
import { SelectedNames } from './SelectedNames';
import { StepDateFields } from './StepDateFields';

interface Values {
  onDate: Dayjs;
  documentNumber?: string;
  note?: string;
  reason?: string;
  legalPoint?: string;
  deferralYear?: number;
  studyDeferral?: boolean;
  reportDate?: Dayjs;
  reportTime?: string;
  reportPlace?: string;
  isCorrection?: boolean;
  /** '' keeps what the record has (or the army, for an order). */
  branch?: '' | 'army' | 'police';
}

interface Props {
  campaign: Campaign;
  action: StepAction;
  targets: readonly StepTarget[];
  onDone(outcome: StepOutcome | null): void;
}

const t = vi.conscription.step;

function fieldsFrom(action: StepAction, values: Values): StepFields {
  const text = (value: string | undefined) => value?.trim() ?? '';
  return {
    onDate: toIsoDate(values.onDate),
    documentNumber: text(values.documentNumber),
    note: text(values.note),
    isCorrection: values.isCorrection ?? false,
    reason: text(values.reason),
    ...(action.legalPoint && { legalPoint: values.legalPoint }),
    ...(action.legalPoint === 'deferral' && {
      deferralYear: values.deferralYear,
      studyDeferral: values.legalPoint === 'g' && values.studyDeferral === true,
    }),
    ...(action.branch && values.branch && { branch: values.branch }),
    ...(action.callUp && {
      reportDate: values.reportDate ? toIsoDate(values.reportDate) : undefined,
      reportTime: text(values.reportTime),
      reportPlace: text(values.reportPlace),
    }),
  };
}

/** One step for the selected citizens: the date, the step's own facts, then the core decides for each. */
export function StepDialog({ campaign, action, targets, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [progress, setProgress] = useState<string | null>(null);
  const legalPoint = Form.useWatch('legalPoint', form);

  async function submit(values: Values) {
    setProgress(format(t.running, { done: 0, total: targets.length }));
    const outcome = await runTransition(action.label, targets, action.to, fieldsFrom(action, values), (done, total) =>
      setProgress(format(t.running, { done, total })),
    );
    onDone(outcome);
  }

  return (
    <FormDialog<Values>
      name="step"
      width={760}
      title={format(t.dialogTitle, { action: action.label, count: targets.length })}
      form={form}
      banner={null}
      saving={progress !== null}
      initialValues={{
        onDate: dayjs(),
        deferralYear: campaign.year,
        reportDate: fromIsoDate(campaign.handoverStart) ?? undefined,
        reportTime: '07:00',
        isCorrection: false,
        branch: '',
      }}
      onSubmit={submit}
      onCancel={() => onDone(null)}
    >
      <SelectedNames names={targets.map((r) => r.fullName)} />
      <StepDateFields dateLabel={action.callUp ? t.orderDate : t.onDate} />
      {action.legalPoint && (
        <>
          <Form.Item
            name="legalPoint"
            label={action.legalPoint === 'deferral' ? t.deferralPoint : t.exemptionPoint}
            rules={requiredRule}
          >
            <Radio.Group
              options={pointOptions(action.legalPoint)}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            />
          </Form.Item>
          {action.legalPoint === 'deferral' && (
            <Row gutter={12}>
              <FieldCol span={8} name="deferralYear" label={t.deferralYear}>
                <InputNumber min={2000} max={2200} style={{ width: '100%' }} />
              </FieldCol>
              {legalPoint === 'g' && (
                <FieldCol span={16} name="studyDeferral" valuePropName="checked" label=" ">
                  <Checkbox>{t.studyDeferral}</Checkbox>
                </FieldCol>
              )}
            </Row>
          )}
        </>
      )}
      {action.branch && (
        <Form.Item name="branch" label={t.branch} extra={t.branchHint}>
          <Radio.Group
            options={[
              { value: '', label: t.branchKeep },
              { value: 'army', label: t.branchArmy },
              { value: 'police', label: t.branchPolice },
            ]}
          />
        </Form.Item>
      )}
      {action.callUp && (
        <>
          <Typography.Paragraph type="secondary">{t.orderHint}</Typography.Paragraph>
          <Row gutter={12}>
            <FieldCol span={8} name="reportDate" label={t.reportDate} rules={requiredRule}>
              <DateInput />
            </FieldCol>
            <Col span={6}>
              <Form.Item
                name="reportTime"
                label={t.reportTime}
                rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t.reportTimeInvalid }]}
              >
                <Input placeholder={t.reportTimePlaceholder} maxLength={5} />
              </Form.Item>
            </Col>
            <FieldCol span={10} name="reportPlace" label={t.reportPlace}>
              <Input maxLength={300} />
            </FieldCol>
          </Row>
        </>
      )}
      {(action.needsReason || action.legalPoint) && (
        <Form.Item name="reason" label={t.reason} rules={action.needsReason ? requiredText : undefined}>
          <Input maxLength={500} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t.note}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      {campaign.status === 'closed' && (
        <Form.Item name="isCorrection" valuePropName="checked">
          <Checkbox>{t.isCorrection}</Checkbox>
        </Form.Item>
      )}
      {progress && <Typography.Text type="secondary">{progress}</Typography.Text>}
    </FormDialog>
  );
}
