import { Alert, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Rank, Reservist, ReservistCategory, Specialty } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import {
  categoryOptions,
  gradeOptions,
  OFFICER_RANKS,
  PROFESSIONAL_RANKS,
  rankOptions,
  SOLDIER_RANKS,
  specialtyOptions,
} from './reserve-labels';
import { ConscriptPicker, PersonPicker } from './pickers';
import { SearchSelect } from '../../shared/SearchSelect';

const t = vi.reserves.form;

interface Values {
  source: 'register' | 'conscript';
  personId?: string;
  recordId?: string;
  category: ReservistCategory;
  grade: 1 | 2;
  rank?: Rank | null;
  specialtyId?: string | null;
  formerUnit: string;
  serviceFrom?: Dayjs | null;
  serviceTo?: Dayjs | null;
  registeredOn: Dayjs;
  notes: string;
}

const FIELDS = [
  'personId',
  'recordId',
  'category',
  'grade',
  'rank',
  'specialtyId',
  'formerUnit',
  'serviceFrom',
  'serviceTo',
  'registeredOn',
  'notes',
] as const;

interface Props {
  reservist: Reservist | null;
  specialties: readonly Specialty[];
  /** A viewer reads the reservist's details without being offered a save. */
  readOnly?: boolean;
  /** The reservist saved, or null when the dialog was closed without saving. */
  onClose(saved: Reservist | null): void;
}

const iso = (d: Dayjs | null | undefined) => (d ? toIsoDate(d) : null);

/** Add a reservist (a person of the register, or a handed-over conscript in one step) or edit one. */
export function ReservistForm({ reservist, specialties, readOnly, onClose }: Props) {
  const { form, dialog } = useFormSave(FIELDS, save, { onSuccess: (saved) => onClose(saved) });
  const source = Form.useWatch('source', form) ?? 'register';
  const category = Form.useWatch('category', form) ?? reservist?.category ?? 'soldier';
  const fromConscript = !reservist && source === 'conscript';

  async function save(v: Values): Promise<Reservist> {
    if (fromConscript) {
      return api('reserves.reservist.fromConscript', {
        recordId: v.recordId!,
        rank: v.rank ?? null,
        specialtyId: v.specialtyId ?? null,
        serviceTo: iso(v.serviceTo),
        registeredOn: toIsoDate(v.registeredOn),
      });
    } else {
      const fields = {
        category: v.category,
        grade: v.grade,
        rank: v.rank ?? null,
        specialtyId: v.specialtyId ?? null,
        formerUnit: v.formerUnit ?? '',
        serviceFrom: iso(v.serviceFrom),
        serviceTo: iso(v.serviceTo),
        registeredOn: toIsoDate(v.registeredOn),
        notes: v.notes ?? '',
      };
      if (reservist)
        return api('reserves.reservist.update', { id: reservist.id, version: reservist.version, ...fields });
      return api('reserves.reservist.create', { personId: v.personId!, ...fields });
    }
  }

  // A professional soldier holds a QNCN rank, thiếu úy to thượng tá (Law 98/2015 Art. 16).
  const ranks =
    fromConscript || category === 'soldier'
      ? SOLDIER_RANKS
      : category === 'professional'
        ? PROFESSIONAL_RANKS
        : OFFICER_RANKS;
  return (
    <FormDialog
      {...dialog}
      name="reservist"
      width={720}
      title={reservist ? format(readOnly ? t.viewTitle : t.editTitle, { name: reservist.fullName }) : t.addTitle}
      readOnly={readOnly}
      onCancel={() => onClose(null)}
      onValuesChange={(changed: Partial<Values>) => {
        if ('category' in changed) form.setFieldValue('rank', null);
      }}
      initialValues={{
        source: 'register',
        category: reservist?.category ?? 'soldier',
        grade: reservist?.grade ?? 1,
        rank: reservist?.rank ?? null,
        specialtyId: reservist?.specialtyId ?? null,
        formerUnit: reservist?.formerUnit ?? '',
        serviceFrom: fromIsoDate(reservist?.serviceFrom),
        serviceTo: fromIsoDate(reservist?.serviceTo),
        registeredOn: reservist ? fromIsoDate(reservist.registeredOn) : dayjs(),
        notes: reservist?.notes ?? '',
      }}
    >
      {!reservist && (
        <Form.Item name="source" label={t.source}>
          <Radio.Group
            options={[
              { value: 'register', label: t.fromRegister },
              { value: 'conscript', label: t.fromConscript },
            ]}
          />
        </Form.Item>
      )}
      {!reservist && !fromConscript && (
        <Form.Item name="personId" label={t.person} rules={requiredRule}>
          <PersonPicker />
        </Form.Item>
      )}
      {fromConscript && (
        <>
          <Form.Item name="recordId" label={t.conscript} rules={requiredRule}>
            <ConscriptPicker />
          </Form.Item>
          <Alert type="info" showIcon title={t.conscriptHint} style={{ marginBottom: 12 }} />
        </>
      )}
      <Row gutter={12}>
        {!fromConscript && (
          <>
            <FieldCol span={10} name="category" label={t.category} rules={requiredRule}>
              <Radio.Group options={categoryOptions} />
            </FieldCol>
            <FieldCol span={6} name="grade" label={t.grade} rules={requiredRule}>
              <Radio.Group options={gradeOptions} />
            </FieldCol>
          </>
        )}
        <FieldCol span={8} name="rank" label={t.rank}>
          <Select allowClear placeholder={t.noRank} options={rankOptions(ranks)} />
        </FieldCol>
      </Row>
      <Form.Item name="specialtyId" label={t.specialty}>
        <SearchSelect allowClear options={specialtyOptions(specialties, reservist?.specialtyId)} />
      </Form.Item>
      {!fromConscript && (
        <Form.Item name="formerUnit" label={t.formerUnit}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Row gutter={12}>
        {!fromConscript && (
          <FieldCol span={8} name="serviceFrom" label={t.serviceFrom}>
            <DateInput />
          </FieldCol>
        )}
        <FieldCol span={8} name="serviceTo" label={t.serviceTo}>
          <DateInput />
        </FieldCol>
        <FieldCol span={8} name="registeredOn" label={t.registeredOn} rules={requiredRule}>
          <DateInput allowClear={false} />
        </FieldCol>
      </Row>
      {!fromConscript && (
        <Form.Item name="notes" label={t.notes}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
    </FormDialog>
  );
}
