import { Button, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Returnee, ReturneeSupportKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { returneeSupportKindOptions, soldierLabel } from './policy-labels';
import { SoldierPicker } from './SoldierPicker';

interface SupportValues {
  kind: ReturneeSupportKind;
  supportOn: Dayjs | null;
  note?: string;
}

interface Values {
  personId: string | null;
  dischargedOn: Dayjs | null;
  returnedOn: Dayjs | null;
  reserveRegisteredOn: Dayjs | null;
  note: string;
  supports: SupportValues[];
}

const FIELDS = ['personId', 'dischargedOn', 'returnedOn', 'reserveRegisteredOn', 'note', 'supports'] as const;
const t = vi.policy.returnees;
const iso = (d: Dayjs | null | undefined) => (d ? toIsoDate(d) : '');

interface Props {
  returnee: Returnee | null;
  /** The record saved (to be shown in its list), or null when closed without saving. */
  onClose(saved: { id: string } | null): void;
}

/**
 * A soldier back from service: the discharge decision, the day back, the reserve registration and
 * the job or training support he got — saved together, or not at all.
 */
export function ReturneeDialog({ returnee, onClose }: Props) {
  const initialValues: Values = {
    personId: returnee?.personId ?? null,
    dischargedOn: fromIsoDate(returnee?.dischargedOn),
    returnedOn: fromIsoDate(returnee?.returnedOn),
    reserveRegisteredOn: fromIsoDate(returnee?.reserveRegisteredOn),
    note: returnee?.note ?? '',
    supports: (returnee?.supports ?? []).map((s) => ({ ...s, supportOn: fromIsoDate(s.supportOn) })),
  };
  const { dialog } = useFormSave(
    FIELDS,
    async (values: Values) => {
      const fields = {
        personId: values.personId ?? '',
        dischargedOn: iso(values.dischargedOn),
        returnedOn: iso(values.returnedOn),
        reserveRegisteredOn: values.reserveRegisteredOn ? toIsoDate(values.reserveRegisteredOn) : null,
        note: values.note ?? '',
        supports: (values.supports ?? []).map((s) => ({
          kind: s.kind,
          supportOn: iso(s.supportOn),
          note: s.note ?? '',
        })),
      };
      if (returnee) return api('policy.returnee.update', { ...fields, id: returnee.id, version: returnee.version });
      return api('policy.returnee.create', fields);
    },
    { onSuccess: (saved) => onClose(saved) },
  );
  return (
    <FormDialog<Values>
      {...dialog}
      name="policy-returnee"
      width={760}
      title={returnee ? t.editTitle : t.addTitle}
      initialValues={initialValues}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="personId" label={t.fields.soldier} rules={requiredRule}>
        <SoldierPicker initial={returnee ? { value: returnee.personId, label: soldierLabel(returnee) } : null} />
      </Form.Item>
      <Row gutter={12}>
        <FieldCol span={8} name="dischargedOn" label={t.fields.dischargedOn} rules={requiredRule}>
          <DateInput />
        </FieldCol>
        <FieldCol span={8} name="returnedOn" label={t.fields.returnedOn} rules={requiredRule}>
          <DateInput />
        </FieldCol>
        <FieldCol span={8} name="reserveRegisteredOn" label={t.fields.reserveRegisteredOn}>
          <DateInput />
        </FieldCol>
      </Row>
      <Form.Item name="note" label={t.fields.note}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.List name="supports">
        {(fields, { add, remove }) => (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14, fontWeight: 600 }}>{t.fields.supports}</legend>
            {fields.map((field, index) => {
              const n = index + 1;
              return (
                <div key={field.key} role="group" aria-label={format(t.supportTitle, { n })}>
                  <Row gutter={12} align="bottom">
                    <Col span={7}>
                      <Form.Item name={[field.name, 'kind']} label={t.fields.supportKind} rules={requiredRule}>
                        <Select options={returneeSupportKindOptions} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={[field.name, 'supportOn']} label={t.fields.supportOn} rules={requiredRule}>
                        <DateInput />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name={[field.name, 'note']} label={t.fields.note}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                    <Col span={3}>
                      <Form.Item>
                        <Button danger type="text" onClick={() => remove(field.name)}>
                          <Typography.Text type="danger">{format(t.removeSupport, { n })}</Typography.Text>
                        </Button>
                      </Form.Item>
                    </Col>
                  </Row>
                </div>
              );
            })}
            <Flex>
              <Button onClick={() => add({ kind: 'job_referral', supportOn: null })}>{t.addSupport}</Button>
            </Flex>
          </fieldset>
        )}
      </Form.List>
    </FormDialog>
  );
}
