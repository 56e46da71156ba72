import { Alert, Col, Form, Input, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CitizenIdOwner, Locality, Person } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { displayDate, fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { localityOptions } from '../localities/locality-labels';
import { suggestNameParts } from './name-parts';
import { SearchSelect } from '../../shared/SearchSelect';
import { SuggestInput } from '../../shared/SuggestInput';

interface Values {
  fullName: string;
  familyName: string;
  middleName: string;
  givenName: string;
  birthDate: Dayjs | null;
  sex: 'M' | 'F';
  citizenId: string;
  localityId: string | null;
  address: string;
  phone: string;
  ethnicity: string;
  religion: string;
  education: string;
  occupation: string;
  notes: string;
}

const FIELDS = [
  'familyName',
  'middleName',
  'givenName',
  'birthDate',
  'sex',
  'citizenId',
  'localityId',
  'address',
  'phone',
  'ethnicity',
  'religion',
  'education',
  'occupation',
  'notes',
] as const;

interface Props {
  person: Person | null;
  localities: readonly Locality[];
  /** A viewer reads the person's details without being offered a save. */
  readOnly?: boolean;
  onClose(saved: Person | null): void;
}

/** Add or edit one person. Errors from the API appear beside the field they concern. */
export function PersonForm({ person, localities, readOnly, onClose }: Props) {
  const [duplicate, setDuplicate] = useState<CitizenIdOwner | null>(null);
  const { form, dialog } = useFormSave(FIELDS, save, { onSuccess: onClose });

  const initialValues: Values = person
    ? {
        ...person,
        birthDate: fromIsoDate(person.birthDate),
        citizenId: person.citizenId ?? '',
        phone: person.phone ?? '',
      }
    : {
        fullName: '',
        familyName: '',
        middleName: '',
        givenName: '',
        birthDate: null,
        sex: 'M',
        citizenId: '',
        localityId: null,
        address: '',
        phone: '',
        ethnicity: vi.people.defaultEthnicity,
        religion: vi.people.defaultReligion,
        education: '',
        occupation: '',
        notes: '',
      };

  async function checkDuplicate(citizenId: string) {
    setDuplicate(null);
    // A full 12-digit personal ID, or a legacy 9-digit CMND number.
    if (!/^(\d{9}|\d{12})$/.test(citizenId.trim())) return;
    try {
      setDuplicate(
        await api('people.checkCitizenId', {
          citizenId: citizenId.trim(),
          ...(person ? { excludeId: person.id } : {}),
        }),
      );
    } catch {
      // The warning is a courtesy; saving checks again.
    }
  }

  function save(values: Values) {
    const { fullName: _fullName, birthDate, ...rest } = values;
    const input = { ...rest, birthDate: birthDate ? toIsoDate(birthDate) : '', localityId: values.localityId ?? null };
    return person
      ? api('people.update', { ...input, id: person.id, version: person.version })
      : api('people.create', input);
  }

  return (
    <FormDialog
      {...dialog}
      name="person"
      width={900}
      title={readOnly ? vi.people.viewTitle : person ? vi.people.editTitle : vi.people.addTitle}
      readOnly={readOnly}
      initialValues={initialValues}
      onCancel={() => onClose(null)}
      onValuesChange={(changed: Partial<Values>) => {
        if (changed.fullName !== undefined) form.setFieldsValue(suggestNameParts(changed.fullName));
      }}
    >
      <Form.Item name="fullName" label={vi.people.fullName} extra={vi.people.fullNameHint}>
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <FieldCol span={8} name="familyName" label={vi.people.familyName} rules={required}>
          <Input />
        </FieldCol>
        <FieldCol span={8} name="middleName" label={vi.people.middleName}>
          <Input />
        </FieldCol>
        <FieldCol span={8} name="givenName" label={vi.people.givenName} rules={required}>
          <Input />
        </FieldCol>
        <FieldCol span={8} name="birthDate" label={vi.people.birthDate} rules={requiredRule}>
          <DateInput />
        </FieldCol>
        <Col span={8}>
          <Form.Item name="sex" label={vi.people.sex} rules={requiredRule}>
            <Radio.Group
              options={[
                { value: 'M', label: vi.people.sexes.M },
                { value: 'F', label: vi.people.sexes.F },
              ]}
            />
          </Form.Item>
        </Col>
        <FieldCol span={8} name="citizenId" label={vi.people.citizenId} extra={vi.people.citizenIdHint}>
          <Input inputMode="numeric" maxLength={12} onBlur={(e) => checkDuplicate(e.target.value)} />
        </FieldCol>
      </Row>
      {duplicate && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={format(vi.people.duplicateWarning, {
            name: duplicate.fullName,
            birthDate: displayDate(duplicate.birthDate),
            archived: duplicate.archived ? vi.people.duplicateArchived : '',
          })}
        />
      )}
      <Row gutter={12}>
        <FieldCol span={12} name="localityId" label={vi.people.locality}>
          <SearchSelect allowClear options={localityOptions(localities)} />
        </FieldCol>
        <FieldCol span={12} name="phone" label={vi.people.phone}>
          <Input inputMode="tel" maxLength={14} />
        </FieldCol>
        <FieldCol span={24} name="address" label={vi.people.address}>
          <Input />
        </FieldCol>
        <FieldCol span={6} name="ethnicity" label={vi.people.ethnicity}>
          <SuggestInput options={vi.people.ethnicitySuggestions.map((e) => ({ value: e }))} />
        </FieldCol>
        <FieldCol span={6} name="religion" label={vi.people.religion}>
          <Input />
        </FieldCol>
        <FieldCol span={6} name="education" label={vi.people.education}>
          <Input />
        </FieldCol>
        <FieldCol span={6} name="occupation" label={vi.people.occupation}>
          <Input />
        </FieldCol>
        <FieldCol span={24} name="notes" label={vi.people.notes}>
          <Input.TextArea rows={2} />
        </FieldCol>
      </Row>
    </FormDialog>
  );
}
