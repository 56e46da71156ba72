import { Checkbox, Flex, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MilitiaPosition } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule as required } from '../../shared/form-rules';
import { positionOptions } from './militia-labels';

const t = vi.militia.member;

/** What the membership fields hold, in the add and edit dialogs. */
export interface MemberValues {
  position: MilitiaPosition;
  startedOn: Dayjs;
  volunteer: boolean;
  partyMember: boolean;
  youthUnion: boolean;
  notes?: string;
}

/** The form's names for them: the core's field errors about these go next to them. */
export const MEMBER_FIELDS = ['position', 'startedOn', 'volunteer', 'partyMember', 'youthUnion', 'notes'] as const;

/** The part of `militia.member.create` and `.update`'s input these fields make. */
export function memberInput(values: MemberValues) {
  return {
    position: values.position,
    startedOn: toIsoDate(values.startedOn),
    volunteer: values.volunteer,
    partyMember: values.partyMember,
    youthUnion: values.youthUnion,
    notes: values.notes ?? '',
  };
}

/** Position, start date and the three marks, shared by the add and edit dialogs. */
export function MemberFields() {
  return (
    <>
      <Flex gap={12}>
        <Form.Item name="position" label={t.position} rules={required} style={{ flex: 1 }}>
          <Select options={positionOptions} />
        </Form.Item>
        <Form.Item name="startedOn" label={t.startedOn} rules={required} style={{ flex: 1 }}>
          <DateInput />
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
