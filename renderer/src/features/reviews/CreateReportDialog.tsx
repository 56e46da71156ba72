import { Flex, Form, InputNumber, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReviewPeriodKind } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule as required } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  periodKind: ReviewPeriodKind;
  year: number;
  from?: Dayjs | null;
  to?: Dayjs | null;
}

const FIELDS = ['periodKind', 'year', 'from', 'to'] as const;
const KINDS: readonly ReviewPeriodKind[] = ['h1', 'h2', 'year', 'custom'];
const t = vi.reviews;

/** The period most likely wanted today: the first half until June, then the whole year. */
function defaults(): Values {
  const now = new Date();
  return { periodKind: now.getMonth() < 6 ? 'h1' : 'year', year: now.getFullYear() };
}

/** Lập báo cáo: which period (a half, the year, or any range); the core computes the figures and the draft. */
export function CreateReportDialog({ onClose }: { onClose(createdId: string | null): void }) {
  const { form, dialog } = useFormSave(
    FIELDS,
    (values: Values) => {
      const custom = values.periodKind === 'custom';
      return api('reviews.report.create', {
        periodKind: values.periodKind,
        year: custom && values.from ? values.from.year() : values.year,
        ...(custom && values.from && values.to ? { from: toIsoDate(values.from), to: toIsoDate(values.to) } : {}),
      });
    },
    { onSuccess: (created) => onClose(created.report.id) },
  );
  const kind = Form.useWatch('periodKind', form);

  return (
    <FormDialog
      {...dialog}
      name="reviewCreate"
      title={t.createTitle}
      initialValues={defaults()}
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
            <DateInput />
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
            <DateInput />
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
