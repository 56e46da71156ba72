import { Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { FamilySupport, FamilySupportKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { moneyInput, soldierLabel, supportKindOptions } from './policy-labels';
import { SoldierPicker } from './SoldierPicker';

interface Values {
  personId: string | null;
  supportOn: Dayjs | null;
  kind: FamilySupportKind;
  amount: number | null;
  giver: string;
  note: string;
}

const FIELDS = ['personId', 'supportOn', 'kind', 'amount', 'giver', 'note'] as const;
const t = vi.policy.supports;

interface Props {
  support: FamilySupport | null;
  /** The record saved (to be shown in its list), or null when closed without saving. */
  onClose(saved: { id: string } | null): void;
}

/** Record or correct one support to the family of a serving soldier: who, when, what, how much, from whom. */
export function SupportDialog({ support, onClose }: Props) {
  const initialValues: Values = {
    personId: support?.personId ?? null,
    supportOn: support ? fromIsoDate(support.supportOn) : dayjs(),
    kind: support?.kind ?? 'visit',
    amount: support?.amount ?? null,
    giver: support?.giver ?? '',
    note: support?.note ?? '',
  };
  const { dialog } = useFormSave(
    FIELDS,
    async (values: Values) => {
      const fields = {
        personId: values.personId ?? '',
        supportOn: values.supportOn ? toIsoDate(values.supportOn) : '',
        kind: values.kind,
        amount: values.amount ?? null,
        giver: values.giver ?? '',
        note: values.note ?? '',
      };
      if (support) return api('policy.support.update', { ...fields, id: support.id, version: support.version });
      return api('policy.support.create', fields);
    },
    { onSuccess: (saved) => onClose(saved) },
  );
  return (
    <FormDialog<Values>
      {...dialog}
      name="policy-support"
      width={720}
      title={support ? t.editTitle : t.addTitle}
      initialValues={initialValues}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="personId" label={t.fields.soldier} rules={requiredRule}>
        <SoldierPicker initial={support ? { value: support.personId, label: soldierLabel(support) } : null} />
      </Form.Item>
      <Row gutter={12}>
        <FieldCol span={7} name="supportOn" label={t.fields.supportOn} rules={requiredRule}>
          <DateInput />
        </FieldCol>
        <FieldCol span={8} name="kind" label={t.fields.kind} rules={requiredRule}>
          <Select options={supportKindOptions} />
        </FieldCol>
        <FieldCol span={9} name="amount" label={t.fields.amount} extra={t.fields.amountHint}>
          <InputNumber<number>
            min={0}
            max={1_000_000_000}
            step={100_000}
            precision={0}
            style={{ width: '100%' }}
            formatter={moneyInput.formatter}
            parser={moneyInput.parser}
          />
        </FieldCol>
      </Row>
      <Form.Item name="giver" label={t.fields.giver}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="note" label={t.fields.note}>
        <Input maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
