import { Alert, Form, Input, InputNumber, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ConscriptionRecordView } from '../../../../electron/core/api/contract';
import type { HealthSpecialty } from '../../../../vocabulary/health-exam';
import { format, vi } from '../../messages/vi';
import { displayDate, toIsoDate } from '../../shared/dates';
import { FormDialog } from '../../shared/FormDialog';
import { BmiCell } from './BmiCell';
import { runHealthExams, type StepOutcome } from './run-steps';
import { SpecialtyNotesFields } from './SpecialtyNotesFields';
import { StepDateFields } from './StepDateFields';

type PerRecord<T> = Record<string, T | null | undefined>;

interface Values {
  onDate: Dayjs;
  documentNumber?: string;
  note?: string;
  classes: PerRecord<number>;
  notes: PerRecord<string>;
  heights: PerRecord<number>;
  weights: PerRecord<number>;
  rights: PerRecord<number>;
  lefts: PerRecord<number>;
  specialties: PerRecord<Partial<Record<HealthSpecialty, string>>>;
}

interface Props {
  targets: readonly ConscriptionRecordView[];
  onDone(outcome: StepOutcome | null): void;
}

const t = vi.conscription.step;
const h = vi.conscription.health.exam;

/** Each row's figures as typed, by field name: the table's columns and their bounds. */
const MEASURES = [
  { field: 'heights', title: h.heightCm, label: h.heightFor, min: 100, max: 230, step: 1 },
  { field: 'weights', title: h.weightKg, label: h.weightFor, min: 25, max: 250, step: 0.1 },
  { field: 'rights', title: h.refractionRight, label: h.refractionRightFor, min: -30, max: 30, step: 0.25 },
  { field: 'lefts', title: h.refractionLeft, label: h.refractionLeftFor, min: -30, max: 30, step: 0.25 },
] as const;

const trimmedNotes = (notes: Partial<Record<HealthSpecialty, string>> | null | undefined) =>
  Object.fromEntries(Object.entries(notes ?? {}).map(([k, v]) => [k, v?.trim() ?? '']));

/**
 * The exam council's result: one class (1–6) per citizen, typed in a column, with one exam date for
 * all; beside it the sheet's figures (height, weight, BMI worked out, each eye's refraction as a
 * signed figure) and, when the row is opened, a note per specialty.
 */
export function HealthExamDialog({ targets, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const [progress, setProgress] = useState<string | null>(null);

  async function submit() {
    // The whole store: the specialty notes of rows never opened are not mounted fields.
    const values = form.getFieldsValue(true) as Values;
    setProgress(format(t.running, { done: 0, total: targets.length }));
    const outcome = await runHealthExams(
      vi.conscription.actions.health_exam,
      targets.map((target) => ({
        target,
        healthClass: values.classes[target.id]!,
        healthNotes: values.notes?.[target.id]?.trim() ?? '',
        measures: {
          heightCm: values.heights[target.id] ?? null,
          weightKg: values.weights[target.id] ?? null,
          refractionRight: values.rights[target.id] ?? null,
          refractionLeft: values.lefts[target.id] ?? null,
          specialtyNotes: trimmedNotes(values.specialties[target.id]),
        },
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

  const perRecord = <T,>(pick: (r: ConscriptionRecordView) => T) =>
    Object.fromEntries(targets.map((r) => [r.id, pick(r)]));

  return (
    <FormDialog<Values>
      name="healthExam"
      width={1180}
      title={format(t.dialogTitle, { action: vi.conscription.actions.health_exam, count: targets.length })}
      form={form}
      banner={null}
      saving={progress !== null}
      initialValues={{
        onDate: dayjs(),
        classes: perRecord((r) => r.healthClass),
        notes: perRecord((r) => r.healthNotes),
        heights: perRecord((r) => r.heightCm),
        weights: perRecord((r) => r.weightKg),
        rights: perRecord((r) => r.refractionRight),
        lefts: perRecord((r) => r.refractionLeft),
        specialties: perRecord((r) => r.specialtyNotes),
      }}
      onSubmit={submit}
      onCancel={() => onDone(null)}
    >
      <StepDateFields dateLabel={t.examDate} />
      <Alert type="info" showIcon title={t.healthHint} description={h.measuresHint} style={{ marginBottom: 8 }} />
      <Table<ConscriptionRecordView>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={[...targets]}
        expandable={{
          expandedRowRender: (r) => <SpecialtyNotesFields id={r.id} name={r.fullName} />,
          columnTitle: '',
        }}
        columns={[
          { title: vi.conscription.records.fullName, dataIndex: 'fullName' },
          {
            title: vi.conscription.records.birthDate,
            key: 'birthDate',
            width: 105,
            render: (_, r) => displayDate(r.birthDate),
          },
          {
            title: t.healthClass,
            key: 'class',
            width: 90,
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
          ...MEASURES.map((m) => ({
            title: m.title,
            key: m.field,
            width: 100,
            render: (_: unknown, r: ConscriptionRecordView) => (
              <Form.Item name={[m.field, r.id]} style={{ margin: 0 }}>
                <InputNumber
                  aria-label={format(m.label, { name: r.fullName })}
                  min={m.min}
                  max={m.max}
                  step={m.step}
                  decimalSeparator=","
                  style={{ width: '100%' }}
                />
              </Form.Item>
            ),
          })),
          {
            title: h.bmi,
            key: 'bmi',
            width: 60,
            render: (_, r) => <BmiCell form={form} id={r.id} name={r.fullName} />,
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
      <Typography.Text type="secondary">{h.specialtiesHint}</Typography.Text>
      <Form.Item name="note" label={t.note} style={{ marginTop: 12 }}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      {progress && <Typography.Text type="secondary">{progress}</Typography.Text>}
    </FormDialog>
  );
}
