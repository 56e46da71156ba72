import { Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PolicyCase, PolicyCaseKind, PolicyOutcome } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { displayDate, fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { caseKindOptions, outcomeOptions } from './policy-labels';
import { SoldierPicker } from './SoldierPicker';

interface Values {
  personId: string | null;
  subjectName: string;
  kind: PolicyCaseKind | null;
  receivedOn: Dayjs | null;
  decisionNumber: string;
  decisionOn: Dayjs | null;
  outcome: PolicyOutcome;
  resolvedOn: Dayjs | null;
  note: string;
}

const FIELDS = [
  'personId',
  'subjectName',
  'kind',
  'receivedOn',
  'decisionNumber',
  'decisionOn',
  'outcome',
  'resolvedOn',
  'note',
] as const;
const t = vi.policy.cases;

interface Props {
  policyCase: PolicyCase | null;
  /** The record saved (to be shown in its list), or null when closed without saving. */
  onClose(saved: { id: string } | null): void;
}

/** Another policy case: its subject (from the register or typed), the regime, the decision and the outcome. */
export function CaseDialog({ policyCase: c, onClose }: Props) {
  const initialValues: Values = {
    personId: c?.personId ?? null,
    subjectName: c && !c.personId ? c.subjectName : '',
    kind: c?.kind ?? null,
    receivedOn: c ? fromIsoDate(c.receivedOn) : dayjs(),
    decisionNumber: c?.decisionNumber ?? '',
    decisionOn: fromIsoDate(c?.decisionOn),
    outcome: c?.outcome ?? 'pending',
    resolvedOn: fromIsoDate(c?.resolvedOn),
    note: c?.note ?? '',
  };
  const initialPerson =
    c?.personId != null
      ? {
          value: c.personId,
          label: format(vi.policy.soldierOption, { name: c.subjectName, birthDate: displayDate(c.birthDate) }),
        }
      : null;
  const { dialog } = useFormSave(
    FIELDS,
    async (values: Values) => {
      const fields = {
        personId: values.personId ?? null,
        subjectName: values.personId ? '' : (values.subjectName ?? ''),
        kind: values.kind ?? 'other',
        receivedOn: values.receivedOn ? toIsoDate(values.receivedOn) : '',
        decisionNumber: values.decisionNumber ?? '',
        decisionOn: values.decisionOn ? toIsoDate(values.decisionOn) : null,
        outcome: values.outcome,
        resolvedOn: values.resolvedOn ? toIsoDate(values.resolvedOn) : null,
        note: values.note ?? '',
      };
      if (c) return api('policy.case.update', { ...fields, id: c.id, version: c.version });
      return api('policy.case.create', fields);
    },
    { onSuccess: (saved) => onClose(saved) },
  );
  return (
    <FormDialog<Values>
      {...dialog}
      name="policy-case"
      width={760}
      title={c ? t.editTitle : t.addTitle}
      initialValues={initialValues}
      onCancel={() => onClose(null)}
    >
      <Row gutter={12}>
        <FieldCol span={14} name="personId" label={t.fields.person} extra={t.fields.personHint}>
          <SoldierPicker allowClear initial={initialPerson} />
        </FieldCol>
        <Form.Item noStyle dependencies={['personId']}>
          {({ getFieldValue }) => (
            <FieldCol span={10} name="subjectName" label={t.fields.subjectName}>
              <Input maxLength={120} disabled={Boolean(getFieldValue('personId'))} />
            </FieldCol>
          )}
        </Form.Item>
      </Row>
      <Row gutter={12}>
        <FieldCol span={16} name="kind" label={t.fields.kind} rules={requiredRule}>
          <Select options={caseKindOptions} />
        </FieldCol>
        <FieldCol span={8} name="receivedOn" label={t.fields.receivedOn} rules={requiredRule}>
          <DateInput />
        </FieldCol>
      </Row>
      <Row gutter={12}>
        <FieldCol span={8} name="decisionNumber" label={t.fields.decisionNumber}>
          <Input maxLength={60} />
        </FieldCol>
        <FieldCol span={8} name="decisionOn" label={t.fields.decisionOn}>
          <DateInput />
        </FieldCol>
      </Row>
      <Row gutter={12}>
        <FieldCol span={8} name="outcome" label={t.fields.outcome} rules={requiredRule}>
          <Select options={outcomeOptions} />
        </FieldCol>
        <FieldCol span={8} name="resolvedOn" label={t.fields.resolvedOn}>
          <DateInput />
        </FieldCol>
      </Row>
      <Form.Item name="note" label={t.fields.note}>
        <Input maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
