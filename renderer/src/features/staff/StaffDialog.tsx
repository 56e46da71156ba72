import { Col, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Person, SignerRole, StaffMember } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { SuggestInput } from '../../shared/SuggestInput';
import { useFormSave } from '../../shared/use-form-save';
import { RegisterPersonButton } from '../people/RegisterPersonButton';
import { PersonPicker } from './PersonPicker';

interface Values {
  personId: string | null;
  position: string;
  rank: string;
  phone: string;
  signerRole: SignerRole | 'none';
  signerTitle: string;
  sortOrder: number | null;
  startedOn: Dayjs | null;
}

const FIELDS = [
  'personId',
  'position',
  'rank',
  'phone',
  'signerRole',
  'signerTitle',
  'sortOrder',
  'startedOn',
] as const;
const ROLES = Object.keys(vi.office.roles) as SignerRole[];
const t = vi.staff;

interface Props {
  staff: StaffMember | null;
  /** Where a new member goes in the list by default (after the last one). */
  nextOrder: number;
  onClose(saved: StaffMember | null): void;
}

/** Add a staff member (a person from the register, or one registered on the spot) or edit one. */
export function StaffDialog({ staff, nextOrder, onClose }: Props) {
  const { form, dialog } = useFormSave(FIELDS, save, { onSuccess: onClose });
  const [picked, setPicked] = useState<Person | null>(null);

  const initialValues: Values = staff
    ? {
        personId: staff.personId,
        position: staff.position,
        rank: staff.rank,
        phone: staff.phone ?? '',
        signerRole: staff.signerRole ?? 'none',
        signerTitle: staff.signerTitle,
        sortOrder: staff.sortOrder,
        startedOn: fromIsoDate(staff.startedOn),
      }
    : {
        personId: null,
        position: '',
        rank: '',
        phone: '',
        signerRole: 'none',
        signerTitle: '',
        sortOrder: nextOrder,
        startedOn: null,
      };

  function save(values: Values) {
    const fields = {
      position: values.position,
      rank: values.rank ?? '',
      phone: values.phone ?? '',
      signerRole: values.signerRole === 'none' ? null : values.signerRole,
      signerTitle: values.signerRole === 'none' ? '' : (values.signerTitle ?? ''),
      sortOrder: values.sortOrder ?? 0,
      startedOn: values.startedOn ? toIsoDate(values.startedOn) : null,
    };
    return staff
      ? api('staff.update', { ...fields, id: staff.id, version: staff.version })
      : api('staff.create', { ...fields, personId: values.personId ?? '' });
  }

  return (
    <FormDialog
      {...dialog}
      name="staff"
      width={760}
      title={staff ? format(t.editTitle, { name: staff.fullName }) : t.addTitle}
      initialValues={initialValues}
      onCancel={() => onClose(null)}
      onValuesChange={(changed: Partial<Values>) => {
        // Choosing a role fills its usual title; a title typed by the user is kept.
        if (changed.signerRole === undefined) return;
        const title = form.getFieldValue('signerTitle') as string;
        const defaults = Object.values(vi.office.defaultTitles) as string[];
        if (changed.signerRole !== 'none' && (!title || defaults.includes(title))) {
          form.setFieldValue('signerTitle', vi.office.defaultTitles[changed.signerRole]);
        }
      }}
    >
      {!staff && (
        <Flex gap={8} align="flex-start">
          <Form.Item name="personId" label={t.person} extra={t.personHint} rules={requiredRule} style={{ flex: 1 }}>
            <PersonPicker picked={picked} onPick={setPicked} />
          </Form.Item>
          <RegisterPersonButton
            label={t.newPerson}
            style={{ marginTop: 30 }}
            onRegistered={(saved) => {
              setPicked(saved);
              form.setFieldValue('personId', saved.id);
            }}
          />
        </Flex>
      )}
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="position" label={t.position} rules={required}>
            <SuggestInput options={t.positionSuggestions.map((value) => ({ value }))} autoFocus={staff !== null} />
          </Form.Item>
        </Col>
        <FieldCol span={6} name="rank" label={t.rank} extra={t.rankHint}>
          <SuggestInput options={t.rankSuggestions.map((value) => ({ value }))} />
        </FieldCol>
        <FieldCol span={6} name="phone" label={t.phone}>
          <Input inputMode="tel" maxLength={14} />
        </FieldCol>
        <Col span={12}>
          <Form.Item name="signerRole" label={t.signerRole}>
            <Select
              options={[
                { value: 'none', label: t.noSigner },
                ...ROLES.map((role) => ({ value: role, label: vi.office.roles[role] })),
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item noStyle dependencies={['signerRole']}>
            {({ getFieldValue }) => (
              <Form.Item name="signerTitle" label={t.signerTitle} extra={t.signerTitleHint}>
                <Input disabled={getFieldValue('signerRole') === 'none'} />
              </Form.Item>
            )}
          </Form.Item>
        </Col>
        <FieldCol span={12} name="startedOn" label={t.startedOn}>
          <DateInput />
        </FieldCol>
        <FieldCol span={12} name="sortOrder" label={t.sortOrder}>
          <InputNumber min={0} max={999} style={{ width: '100%' }} />
        </FieldCol>
      </Row>
    </FormDialog>
  );
}
