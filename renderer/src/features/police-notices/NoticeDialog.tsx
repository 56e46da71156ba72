import { Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PoliceEventKind, PoliceNotice } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate, fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import type { PickedPerson } from './LinePersonPicker';
import { NoticeLineFields } from './NoticeLineFields';
import { quarterLabel, quarterOptions } from './police-labels';

interface LineValues {
  personId: string | null;
  fullName?: string;
  birthDate?: Dayjs | null;
  idNumber?: string;
  kind: PoliceEventKind | null;
  eventOn: Dayjs | null;
  note?: string;
}

interface Values {
  year: number | null;
  quarter: number | null;
  receivedOn: Dayjs | null;
  sender: string;
  reference: string;
  lines: LineValues[];
}

const FIELDS = ['year', 'quarter', 'receivedOn', 'sender', 'reference', 'lines'] as const;
const t = vi.police;
const NEW_LINE: LineValues = { personId: null, kind: 'moved_away', eventOn: null };

/** A new notice is usually the report of the quarter that has just ended, received today. */
function newValues(today: Dayjs): Values {
  const current = Math.floor(today.month() / 3) + 1;
  const [year, quarter] = current === 1 ? [today.year() - 1, 4] : [today.year(), current - 1];
  return { year, quarter, receivedOn: today, sender: '', reference: '', lines: [] };
}

function valuesOf(notice: PoliceNotice): Values {
  return {
    year: notice.year,
    quarter: notice.quarter,
    receivedOn: fromIsoDate(notice.receivedOn),
    sender: notice.sender,
    reference: notice.reference,
    lines: notice.lines.map((l) => ({
      personId: l.personId,
      fullName: l.personId ? '' : l.fullName,
      birthDate: l.personId ? null : fromIsoDate(l.birthDate),
      idNumber: l.personId ? '' : l.idNumber,
      kind: l.kind,
      eventOn: fromIsoDate(l.eventOn),
      note: l.note,
    })),
  };
}

interface Props {
  notice: PoliceNotice | null;
  onClose(saved: PoliceNotice | null): void;
}

/** Enter a notice of the commune police with its citizens, or correct one; saved whole or not at all. */
export function NoticeDialog({ notice, onClose }: Props) {
  const { dialog } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.saved });
  const initial = notice ? valuesOf(notice) : newValues(dayjs());
  // The picker of a line read from the notice shows its person until another is picked.
  const initialPeople: (PickedPerson | null)[] = (notice?.lines ?? []).map((l) =>
    l.personId
      ? {
          value: l.personId,
          label: format(vi.staff.personOption, { name: l.fullName, birthDate: displayDate(l.birthDate) }),
        }
      : null,
  );

  function save(values: Values) {
    const fields = {
      year: values.year ?? 0,
      quarter: (values.quarter ?? 0) as 1 | 2 | 3 | 4,
      receivedOn: values.receivedOn ? toIsoDate(values.receivedOn) : '',
      sender: values.sender,
      reference: values.reference ?? '',
      lines: (values.lines ?? []).map((l) => ({
        personId: l.personId ?? null,
        fullName: l.personId ? '' : (l.fullName ?? ''),
        birthDate: !l.personId && l.birthDate ? toIsoDate(l.birthDate) : null,
        idNumber: l.personId ? '' : (l.idNumber ?? ''),
        kind: l.kind ?? 'other',
        eventOn: l.eventOn ? toIsoDate(l.eventOn) : '',
        note: l.note ?? '',
      })),
    };
    return notice
      ? api('policeNotices.update', { ...fields, id: notice.id, version: notice.version })
      : api('policeNotices.create', fields);
  }

  return (
    <FormDialog<Values>
      {...dialog}
      name="police-notice"
      width={860}
      title={notice ? format(t.editTitle, { quarter: quarterLabel(notice.year, notice.quarter) }) : t.addTitle}
      initialValues={initial}
      onCancel={() => onClose(null)}
    >
      <Row gutter={12}>
        <Col span={4}>
          <Form.Item name="year" label={t.fields.year} rules={requiredRule}>
            <InputNumber min={2000} max={2200} style={{ width: '100%' }} autoFocus />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="quarter" label={t.fields.quarter} rules={requiredRule}>
            <Select options={quarterOptions} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="receivedOn" label={t.fields.receivedOn} rules={requiredRule}>
            <DateInput />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="reference" label={t.fields.reference}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="sender" label={t.fields.sender} rules={requiredText}>
        <Input maxLength={200} placeholder={t.fields.senderPlaceholder} />
      </Form.Item>
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14, fontWeight: 600 }}>{t.fields.lines}</legend>
            {fields.map((field, index) => (
              <NoticeLineFields
                key={field.key}
                field={field}
                index={index}
                initial={initialPeople[field.key] ?? null}
                onRemove={() => remove(field.name)}
              />
            ))}
            <Button onClick={() => add({ ...NEW_LINE })}>{t.addLine}</Button>
          </fieldset>
        )}
      </Form.List>
    </FormDialog>
  );
}
