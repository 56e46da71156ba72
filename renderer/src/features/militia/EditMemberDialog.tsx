import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MilitiaMember, MilitiaPosition, MilitiaUnitGroup } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { MemberFields } from './MemberFields';
import { unitOptions } from './militia-labels';

interface Values {
  unitId: string;
  position: MilitiaPosition;
  startedOn: Dayjs;
  volunteer: boolean;
  partyMember: boolean;
  youthUnion: boolean;
  notes?: string;
}

const FIELDS = ['unitId', 'position', 'startedOn', 'volunteer', 'partyMember', 'youthUnion', 'notes'] as const;
const t = vi.militia.member;

/** Edit a membership: unit, position, start date and the volunteer / Party / Youth Union marks. */
export function EditMemberDialog({
  member,
  groups,
  onClose,
}: {
  member: MilitiaMember;
  groups: readonly MilitiaUnitGroup[];
  onClose(saved: boolean): void;
}) {
  const { dialog } = useFormSave(
    FIELDS,
    (values: Values) =>
      api('militia.member.update', {
        id: member.id,
        version: member.version,
        unitId: values.unitId,
        position: values.position,
        startedOn: toIsoDate(values.startedOn),
        volunteer: values.volunteer,
        partyMember: values.partyMember,
        youthUnion: values.youthUnion,
        notes: values.notes ?? '',
      }),
    { onSuccess: () => onClose(true) },
  );

  return (
    <FormDialog
      {...dialog}
      name="militiaMemberEdit"
      title={`${t.editTitle}: ${member.fullName}`}
      initialValues={{ ...member, startedOn: fromIsoDate(member.startedOn) }}
      onCancel={() => onClose(false)}
    >
      <Form.Item name="unitId" label={t.unit} rules={required}>
        <Select showSearch optionFilterProp="label" options={unitOptions(groups)} />
      </Form.Item>
      <MemberFields />
      <Form.Item name="notes" label={t.notes}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  );
}
