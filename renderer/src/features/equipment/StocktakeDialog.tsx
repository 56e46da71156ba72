import { Alert, Form, Input, InputNumber, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { EquipmentStocktake, EquipmentStockRow } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { toIsoDate } from '../../shared/dates';
import { DateInput } from '../../shared/DateInput';
import { requiredRule } from '../../shared/form-rules';
import { FormDialog } from '../../shared/FormDialog';
import { useApiQuery } from '../../shared/use-api-query';
import { useFormSave } from '../../shared/use-form-save';

interface Values {
  takenOn: Dayjs | null;
  note?: string;
  counted: Record<string, number | null | undefined>;
}

const FIELDS = ['takenOn', 'note'] as const;
const t = vi.equipment.stocktakeDialog;
const c = vi.equipment.columns;

/** "+2", "−10", "0". */
export const signed = (n: number) =>
  n > 0 ? `+${n.toLocaleString('vi-VN')}` : n < 0 ? `−${(-n).toLocaleString('vi-VN')}` : '0';

/**
 * A stocktake: the book of every kind as of the day beside a box for what was counted; the
 * difference shows as it is typed. Kinds left empty are not part of it; the core saves all lines or none.
 */
export function StocktakeDialog({ onClose }: { onClose(saved: EquipmentStocktake | null): void }) {
  const { dialog, form } = useFormSave(FIELDS, save, { onSuccess: onClose, success: t.saved });
  const takenOn = Form.useWatch('takenOn', form) as Dayjs | null | undefined;
  const counted = (Form.useWatch('counted', form) ?? {}) as Values['counted'];
  const asOf = takenOn ? toIsoDate(takenOn) : toIsoDate(dayjs());
  const stock = useApiQuery('equipment.stock', { asOf, pageSize: 200 });

  function save(values: Values): Promise<EquipmentStocktake> {
    const lines = Object.entries(values.counted ?? {})
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .map(([kindId, n]) => ({ kindId, counted: n }));
    if (lines.length === 0) return Promise.reject(new Error(t.noneCounted));
    return api('equipment.stocktake.create', {
      takenOn: values.takenOn ? toIsoDate(values.takenOn) : '',
      note: values.note ?? '',
      lines,
    });
  }

  const columns = [
    { key: 'kind', title: c.kind, render: (_: unknown, r: EquipmentStockRow) => `${r.name} (${r.unit})` },
    {
      key: 'book',
      title: c.book,
      align: 'right' as const,
      render: (_: unknown, r: EquipmentStockRow) => r.owned.toLocaleString('vi-VN'),
    },
    {
      key: 'counted',
      title: c.counted,
      width: 140,
      render: (_: unknown, r: EquipmentStockRow) => (
        <Form.Item name={['counted', r.id]} noStyle>
          <InputNumber
            min={0}
            precision={0}
            aria-label={format(t.countedOf, { kind: r.name })}
            style={{ width: '100%' }}
          />
        </Form.Item>
      ),
    },
    {
      key: 'difference',
      title: c.difference,
      align: 'right' as const,
      render: (_: unknown, r: EquipmentStockRow) => {
        const n = counted[r.id];
        if (typeof n !== 'number') return '';
        const diff = n - r.owned;
        return <Typography.Text type={diff === 0 ? undefined : 'danger'}>{signed(diff)}</Typography.Text>;
      },
    },
  ];

  return (
    <FormDialog<Values>
      {...dialog}
      name="equipment-stocktake"
      width={760}
      title={t.title}
      initialValues={{ takenOn: dayjs(), counted: {} }}
      onCancel={() => onClose(null)}
    >
      <Form.Item name="takenOn" label={t.takenOn} rules={requiredRule}>
        <DateInput autoFocus />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      {stock.error && <Alert type="error" showIcon title={stock.error.message} />}
      <Table<EquipmentStockRow>
        rowKey="id"
        size="small"
        pagination={false}
        loading={stock.loading}
        dataSource={stock.data?.rows ?? []}
        columns={columns}
        scroll={{ y: 300 }}
      />
      <Form.Item name="note" label={t.note} style={{ marginTop: 12 }}>
        <Input maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
