import { Col, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReadinessReview, ReadinessState } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule, requiredText } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { optionsOf } from '../../shared/options';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  reviewedOn: Dayjs | null;
  reviewer: string;
  state: ReadinessState | null;
  note: string;
}

const FIELDS = ['reviewedOn', 'reviewer', 'state', 'note'] as const;
const t = vi.readinessDocuments;

interface Props {
  holder: { id: string; name: string };
  kind: { id: string; name: string };
  onClose(saved: ReadinessReview | null): void;
}

/** Record a review of one document: its date, who reviewed it, what was found; appended to its history. */
export function ReviewDialog({ holder, kind, onClose }: Props) {
  const { dialog } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.reviewed });

  function save(values: Values) {
    return api('readinessDocuments.review.create', {
      holderId: holder.id,
      kindId: kind.id,
      reviewedOn: values.reviewedOn ? toIsoDate(values.reviewedOn) : '',
      reviewer: values.reviewer ?? '',
      state: values.state ?? 'complete',
      note: values.note ?? '',
    });
  }

  return (
    <FormDialog<Values>
      {...dialog}
      name="readiness-review"
      width={620}
      title={format(t.reviewOf, { kind: kind.name, holder: holder.name })}
      initialValues={{ reviewedOn: dayjs(), reviewer: '', state: 'complete', note: '' }}
      onCancel={() => onClose(null)}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="reviewedOn" label={t.fields.reviewedOn} rules={requiredRule}>
            <DateInput autoFocus />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="state" label={t.fields.state} rules={requiredRule}>
            <Select options={optionsOf(t.states)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="reviewer" label={t.fields.reviewer} rules={requiredText}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="note" label={t.fields.note}>
        <Input.TextArea maxLength={1000} rows={2} />
      </Form.Item>
    </FormDialog>
  );
}
