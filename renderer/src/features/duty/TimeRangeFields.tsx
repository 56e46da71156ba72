import { Col, Form } from 'antd';
import { vi } from '../../messages/vi';
import { requiredRule } from '../../shared/form-rules';
import { timeRules } from './duty-time';
import { TimeInput } from './TimeInput';

interface Props {
  /** The form's names for the two times. */
  start: string;
  end: string;
  /** Each time's column width in the row. */
  span: number;
  /** A shift must have both times; a patrol may leave them empty. */
  required?: boolean;
}

/** "Giờ bắt đầu" and "Giờ kết thúc", typed as HH:mm, side by side in a row of a duty dialog. */
export function TimeRangeFields({ start, end, span, required }: Props) {
  const rules = required ? [...requiredRule, ...timeRules] : timeRules;
  return (
    <>
      <Col span={span}>
        <Form.Item name={start} label={vi.duty.startTime} rules={rules}>
          <TimeInput />
        </Form.Item>
      </Col>
      <Col span={span}>
        <Form.Item name={end} label={vi.duty.endTime} rules={rules}>
          <TimeInput />
        </Form.Item>
      </Col>
    </>
  );
}
