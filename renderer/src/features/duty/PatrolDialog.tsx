import { Col, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Locality, Patrol } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { FieldCol } from '../../shared/FieldCol';
import { fromIsoDate, toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';
import { TimeRangeFields } from './TimeRangeFields';
import { SearchSelect } from '../../shared/SearchSelect';

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

interface Props {
  patrol: Patrol | null;
  day: string;
  localities: readonly Locality[];
  onClose(saved: boolean): void;
}

/** Record or edit a patrol: date and hours, area and locality, leader, forces and result. */
export function PatrolDialog({ patrol, day, localities, onClose }: Props) {
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

  const { dialog } = useFormSave(
    FIELDS,
    // The date field is required, so the form never submits without it.
    async (values: Values & { onDate: Dayjs }) => {
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
      if (patrol) await api('duty.patrol.update', { ...fields, id: patrol.id, version: patrol.version });
      else await api('duty.patrol.create', fields);
    },
    { onSuccess: () => onClose(true) },
  );

  const count = (name: 'militiaCount' | 'policeCount' | 'otherCount') => (
    <FieldCol span={8} name={name} label={t[name]}>
      <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
    </FieldCol>
  );

  return (
    <FormDialog
      {...dialog}
      name="duty-patrol"
      width={680}
      title={patrol ? t.editPatrol : t.addPatrol}
      initialValues={initialValues}
      onCancel={() => onClose(false)}
    >
      <Row gutter={12}>
        <FieldCol span={10} name="onDate" label={t.date} rules={requiredRule}>
          <DateInput />
        </FieldCol>
        <TimeRangeFields start="startsAt" end="endsAt" span={7} />
      </Row>
      <Form.Item name="area" label={t.area} rules={requiredText}>
        <Input maxLength={300} autoFocus />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="localityId" label={t.locality}>
            <SearchSelect allowClear options={localities.map((l) => ({ value: l.id, label: l.name }))} />
          </Form.Item>
        </Col>
        <FieldCol span={12} name="leader" label={t.leader}>
          <Input maxLength={120} />
        </FieldCol>
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
