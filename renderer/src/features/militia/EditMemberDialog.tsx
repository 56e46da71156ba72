import { Form, Input } from 'antd';
import type { MilitiaMember, MilitiaUnitGroup } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { fromIsoDate } from '../../shared/dates';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { MEMBER_FIELDS, MemberFields, memberInput, type MemberValues } from './MemberFields';
import { unitOptions } from './militia-labels';
import { SearchSelect } from '../../shared/SearchSelect';

interface Values extends MemberValues {
  unitId: string;
}

const FIELDS = ['unitId', ...MEMBER_FIELDS] as const;
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
        ...memberInput(values),
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
        <SearchSelect options={unitOptions(groups)} />
      </Form.Item>
      <MemberFields />
      <Form.Item name="notes" label={t.notes}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormDialog>
  );
}
