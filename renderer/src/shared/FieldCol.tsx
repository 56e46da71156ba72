import { Col, Form, type FormItemProps } from 'antd';

interface Props extends FormItemProps {
  /** The column's width in the form's Row (of 24). */
  span: number;
}

/** A form field in a column of the form's grid: the Col and the Form.Item in one. */
export function FieldCol({ span, ...item }: Props) {
  return (
    <Col span={span}>
      <Form.Item {...item} />
    </Col>
  );
}
