import { Button, Col, Flex, Form, Input, Row, Select, Typography, type FormListFieldData } from 'antd';
import { format, vi } from '../../messages/vi';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { LinePersonPicker, type PickedPerson } from './LinePersonPicker';
import { kindOptions } from './police-labels';

const t = vi.police;

interface Props {
  field: FormListFieldData;
  index: number;
  /** The person a line held when the dialog opened, by the line's list key. */
  initial: PickedPerson | null;
  onRemove(): void;
}

/**
 * One citizen of the notice: a person picked from the register, or — when he is not there yet —
 * the name, birth date and ID number as the police wrote them; the event, its date and a note.
 */
export function NoticeLineFields({ field, index, initial, onRemove }: Props) {
  const n = index + 1;
  return (
    <div
      role="group"
      aria-label={format(t.lineTitle, { n })}
      style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px', marginBottom: 8 }}
    >
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{format(t.lineTitle, { n })}</Typography.Text>
        <Button size="small" danger type="text" onClick={onRemove}>
          {format(t.removeLine, { n })}
        </Button>
      </Flex>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name={[field.name, 'personId']} label={t.fields.person} extra={t.fields.personHint}>
            <LinePersonPicker initial={initial} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={[field.name, 'kind']} label={t.fields.kind} rules={requiredRule}>
            <Select options={kindOptions} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={[field.name, 'eventOn']} label={t.fields.eventOn} rules={requiredRule}>
            <DateInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item noStyle dependencies={[['lines', field.name, 'personId']]}>
        {({ getFieldValue }) =>
          !getFieldValue(['lines', field.name, 'personId']) && (
            <Row gutter={12}>
              <Col span={10}>
                <Form.Item name={[field.name, 'fullName']} label={t.fields.fullName}>
                  <Input maxLength={120} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={[field.name, 'birthDate']} label={t.fields.birthDate}>
                  <DateInput />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name={[field.name, 'idNumber']} label={t.fields.idNumber}>
                  <Input inputMode="numeric" maxLength={12} />
                </Form.Item>
              </Col>
            </Row>
          )
        }
      </Form.Item>
      <Form.Item name={[field.name, 'note']} label={t.fields.note} style={{ marginBottom: 4 }}>
        <Input maxLength={500} />
      </Form.Item>
    </div>
  );
}
