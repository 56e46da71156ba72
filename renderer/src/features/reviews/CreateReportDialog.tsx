import { DatePicker, Flex, Form, InputNumber, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ReviewPeriodKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { showApiError } from '../../shared/form-errors';
import { FormDialog } from '../../shared/FormDialog';

interface Values {
  periodKind: ReviewPeriodKind;
  year: number;
  from?: Dayjs | null;
  to?: Dayjs | null;
}

const FIELDS = ['periodKind', 'year', 'from', 'to'] as const;
const KINDS: readonly ReviewPeriodKind[] = ['h1', 'h2', 'year', 'custom'];
const t = vi.reviews;
const required = [{ required: true, message: vi.common.required }];
const datePicker = { format: INPUT_DATE_FORMATS, placeholder: vi.common.datePlaceholder, style: { width: '100%' } };

/** The period most likely wanted today: the first half until June, then the whole year. */
function defaults(): Values {
  const now = new Date();
  return { periodKind: now.getMonth() < 6 ? 'h1' : 'year', year: now.getFullYear() };
}

/** Lập báo cáo: which period (a half, the year, or any range); the core computes the figures and the draft. */
export function CreateReportDialog({ onClose }: { onClose(createdId: string | null): void }) {
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('periodKind', form);

  async function submit(values: Values) {
    setSaving(true);
    try {
      const custom = values.periodKind === 'custom';
      const created = await api('reviews.report.create', {
        periodKind: values.periodKind,
        year: custom && values.from ? values.from.year() : values.year,
        ...(custom && values.from && values.to ? { from: toIsoDate(values.from), to: toIsoDate(values.to) } : {}),
      });
      onClose(created.report.id);
    } catch (error) {
      setBanner(showApiError(form, error, FIELDS));
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormDialog<Values>
      name="reviewCreate"
      title={t.createTitle}
      form={form}
      banner={banner}
      saving={saving}
      initialValues={defaults()}
      onSubmit={submit}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="periodKind" label={t.fields.periodKind} rules={required}>
        <Radio.Group
          options={KINDS.map((value) => ({ value, label: t.kinds[value] }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
        />
      </Form.Item>
      {kind === 'custom' ? (
        <Flex gap={12}>
          <Form.Item name="from" label={t.fields.from} rules={required} style={{ flex: 1 }}>
            <DatePicker {...datePicker} />
          </Form.Item>
          <Form.Item
            name="to"
            label={t.fields.to}
            dependencies={['from']}
            style={{ flex: 1 }}
            rules={[
              ...required,
              ({ getFieldValue }) => ({
                validator: (_, to: Dayjs | null) => {
                  const from = getFieldValue('from') as Dayjs | null;
                  return from && to && to.isBefore(from, 'day')
                    ? Promise.reject(new Error(t.rangeOrder))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker {...datePicker} />
          </Form.Item>
        </Flex>
      ) : (
        <Form.Item name="year" label={t.fields.year} rules={required}>
          <InputNumber min={2000} max={2200} precision={0} style={{ width: 140 }} />
        </Form.Item>
      )}
    </FormDialog>
  );
}
