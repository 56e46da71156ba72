import { Col, Form, Input, Row } from 'antd';
import { vi } from '../../messages/vi';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';

/** The first row of a step's dialog: the step's date (named as the step calls it) and the document's number. */
export function StepDateFields({ dateLabel }: { dateLabel: string }) {
  return (
    <Row gutter={12}>
      <Col span={8}>
        <Form.Item name="onDate" label={dateLabel} rules={requiredRule}>
          <DateInput />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="documentNumber" label={vi.conscription.step.documentNumber}>
          <Input maxLength={60} />
        </Form.Item>
      </Col>
    </Row>
  );
}
