import { Alert, Form, Input, InputNumber, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { displayDate, toIsoDate } from '../../shared/dates';
import { FormDialog } from '../../shared/FormDialog';
import { runHealthExams, type StepOutcome } from './run-steps';
import { StepDateFields } from './StepDateFields';

interface Values {
  onDate: Dayjs;
  documentNumber?: string;
  note?: string;
  classes: Record<string, number | null>;
  notes: Record<string, string | undefined>;
}

interface Props {
  targets: readonly ConscriptionRecordView[];
  onDone(outcome: StepOutcome | null): void;
}

const t = vi.conscription.step;

/** The exam council's result: one class (1–6) per citizen, typed in a column, with one exam date for all. */
export function HealthExamDialog({ targets, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [progress, setProgress] = useState<string | null>(null);

  async function submit(values: Values) {
    setProgress(format(t.running, { done: 0, total: targets.length }));
    const outcome = await runHealthExams(
      vi.conscription.actions.health_exam,
      targets.map((target) => ({
        target,
        healthClass: values.classes[target.id]!,
        healthNotes: values.notes?.[target.id]?.trim() ?? '',
      })),
      {
        onDate: toIsoDate(values.onDate),
        documentNumber: values.documentNumber?.trim() ?? '',
        note: values.note?.trim() ?? '',
      },
      (done, total) => setProgress(format(t.running, { done, total })),
    );
    onDone(outcome);
  }

  return (
    <FormDialog<Values>
      name="healthExam"
      width={820}
      title={format(t.dialogTitle, { action: vi.conscription.actions.health_exam, count: targets.length })}
      form={form}
      banner={null}
      saving={progress !== null}
      initialValues={{
        onDate: dayjs(),
        classes: Object.fromEntries(targets.map((r) => [r.id, r.healthClass])),
        notes: Object.fromEntries(targets.map((r) => [r.id, r.healthNotes])),
      }}
      onSubmit={submit}
      onCancel={() => onDone(null)}
    >
      <StepDateFields dateLabel={t.examDate} />
      <Alert type="info" showIcon title={t.healthHint} style={{ marginBottom: 8 }} />
      <Table<ConscriptionRecordView>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={[...targets]}
        columns={[
          { title: vi.conscription.records.fullName, dataIndex: 'fullName' },
          {
            title: vi.conscription.records.birthDate,
            key: 'birthDate',
            width: 120,
            render: (_, r) => displayDate(r.birthDate),
          },
          {
            title: t.healthClass,
            key: 'class',
            width: 130,
            render: (_, r) => (
              <Form.Item
                name={['classes', r.id]}
                rules={[{ required: true, message: vi.common.required }]}
                style={{ margin: 0 }}
              >
                <InputNumber
                  aria-label={format(t.healthClassFor, { name: r.fullName })}
                  min={1}
                  max={6}
                  precision={0}
                />
              </Form.Item>
            ),
          },
          {
            title: t.healthNotes,
            key: 'notes',
            render: (_, r) => (
              <Form.Item name={['notes', r.id]} style={{ margin: 0 }}>
                <Input aria-label={format(t.healthNotesFor, { name: r.fullName })} maxLength={500} />
              </Form.Item>
            ),
          },
        ]}
      />
      <Form.Item name="note" label={t.note} style={{ marginTop: 12 }}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      {progress && <Typography.Text type="secondary">{progress}</Typography.Text>}
    </FormDialog>
  );
}
