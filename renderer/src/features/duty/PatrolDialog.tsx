import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Locality, Patrol } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { DISPLAY_DATE_FORMAT, fromIsoDate, INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';
import { TimeInput } from './TimeInput';

interface Values {
  onDate: Dayjs | null;
  startsAt: string;
  endsAt: string;
  area: string;
  localityId: string | null;
  leader: string;
  militiaCount: number | null;
  policeCount: number | null;
  otherCount: number | null;
  forcesNote: string;
  result: string;
}

const FIELDS = [
  'onDate',
  'startsAt',
  'endsAt',
  'area',
  'localityId',
  'leader',
  'militiaCount',
  'policeCount',
  'otherCount',
  'forcesNote',
  'result',
] as const;
const t = vi.duty;
const optionalTime = [{ pattern: /^(([01]\d|2[0-3]):[0-5]\d)?$/, message: t.invalidTime }];

interface Props {
  patrol: Patrol | null;
  day: string;
  localities: readonly Locality[];
  onClose(saved: boolean): void;
}

/** Record or edit a patrol: date and hours, area and locality, leader, forces and result. */
export function PatrolDialog({ patrol, day, localities, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const initialValues: Values = {
    onDate: fromIsoDate(patrol?.onDate ?? day),
    startsAt: patrol?.startsAt ?? '',
    endsAt: patrol?.endsAt ?? '',
    area: patrol?.area ?? '',
    localityId: patrol?.localityId ?? null,
    leader: patrol?.leader ?? '',
    militiaCount: patrol?.militiaCount ?? 0,
    policeCount: patrol?.policeCount ?? 0,
    otherCount: patrol?.otherCount ?? 0,
    forcesNote: patrol?.forcesNote ?? '',
    result: patrol?.result ?? '',
  };

  async function submit(values: Values) {
    if (!values.onDate) return;
    setSaving(true);
    setBanner(null);
    const fields = {
      onDate: toIsoDate(values.onDate),
      startsAt: values.startsAt ?? '',
      endsAt: values.endsAt ?? '',
      area: values.area,
      localityId: values.localityId ?? null,
      leader: values.leader ?? '',
      militiaCount: values.militiaCount ?? 0,
      policeCount: values.policeCount ?? 0,
      otherCount: values.otherCount ?? 0,
      forcesNote: values.forcesNote ?? '',
      result: values.result ?? '',
    };
    try {
      if (patrol) await api('duty.patrol.update', { ...fields, id: patrol.id, version: patrol.version });
      else await api('duty.patrol.create', fields);
      onClose(true);
    } catch (error) {
      setBanner(showApiError(form, error, FIELDS));
    } finally {
      setSaving(false);
    }
  }

  const count = (name: 'militiaCount' | 'policeCount' | 'otherCount') => (
    <Col span={8}>
      <Form.Item name={name} label={t[name]}>
        <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <FormDialog
      name="duty-patrol"
      width={680}
      title={patrol ? t.editPatrol : t.addPatrol}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={initialValues}
      onSubmit={submit}
      onCancel={() => onClose(false)}
    >
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="onDate" label={t.date} rules={[{ required: true, message: vi.common.required }]}>
            <DatePicker
              format={[DISPLAY_DATE_FORMAT, ...INPUT_DATE_FORMATS]}
              placeholder={vi.common.datePlaceholder}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="startsAt" label={t.startTime} rules={optionalTime}>
            <TimeInput />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="endsAt" label={t.endTime} rules={optionalTime}>
            <TimeInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="area" label={t.area} rules={[{ required: true, whitespace: true, message: vi.common.required }]}>
        <Input maxLength={300} autoFocus />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="localityId" label={t.locality}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={localities.map((l) => ({ value: l.id, label: l.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="leader" label={t.leader}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        {count('militiaCount')}
        {count('policeCount')}
        {count('otherCount')}
      </Row>
      <Form.Item name="forcesNote" label={t.forcesNote}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="result" label={t.result}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}
