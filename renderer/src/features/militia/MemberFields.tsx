import { Checkbox, DatePicker, Flex, Form, Select } from 'antd';
import { vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS } from '../../shared/dates';
import { positionOptions } from './militia-labels';

const t = vi.militia.member;
const required = [{ required: true, message: vi.common.required }];

/** Position, start date and the three marks, shared by the add and edit dialogs. */
export function MemberFields() {
  return (
    <>
      <Flex gap={12}>
        <Form.Item name="position" label={t.position} rules={required} style={{ flex: 1 }}>
          <Select options={positionOptions} />
        </Form.Item>
        <Form.Item name="startedOn" label={t.startedOn} rules={required} style={{ flex: 1 }}>
          <DatePicker format={INPUT_DATE_FORMATS} placeholder={vi.common.datePlaceholder} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="volunteer" valuePropName="checked">
          <Checkbox>{t.volunteer}</Checkbox>
        </Form.Item>
        <Form.Item name="partyMember" valuePropName="checked">
          <Checkbox>{t.partyMember}</Checkbox>
        </Form.Item>
        <Form.Item name="youthUnion" valuePropName="checked">
          <Checkbox>{t.youthUnion}</Checkbox>
        </Form.Item>
      </Flex>
    </>
  );
}
