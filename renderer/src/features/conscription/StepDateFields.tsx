import { Input, Row } from 'antd';
import { vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';

/** The first row of a step's dialog: the step's date (named as the step calls it) and the document's number. */
export function StepDateFields({ dateLabel }: { dateLabel: string }) {
  return (
    <Row gutter={12}>
      <FieldCol span={8} name="onDate" label={dateLabel} rules={requiredRule}>
        <DateInput />
      </FieldCol>
      <FieldCol span={16} name="documentNumber" label={vi.conscription.step.documentNumber}>
        <Input maxLength={60} />
      </FieldCol>
    </Row>
  );
}
