import { InputNumber, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { DqeduHeadcount } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { SaveDialog } from '../../shared/SaveDialog';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';

const t = vi.defenceEducation;

interface Props {
  year: number;
  onClose(): void;
}

/** The year's number of people of each category the office must have trained: the review's denominators. */
export function HeadcountsDialog({ year: initialYear, onClose }: Props) {
  const can = useCan();
  const [year, setYear] = useState(initialYear);
  const list = useApiQuery('defenceEducation.headcount.list', { year });
  // The figures typed over the saved ones; a category not typed keeps its saved figure.
  const [edits, setEdits] = useState<Map<string, number | null>>(new Map());
  const valueOf = (h: DqeduHeadcount) =>
    edits.has(`${year}:${h.category}`) ? edits.get(`${year}:${h.category}`)! : h.headcount;
  // Only the figures the user changed, each with the version it was loaded at (none for a category
  // without a figure yet): another officer's change to another category since is kept, and one to the
  // same category is refused by the core instead of overwritten.
  const changed = (list.data ?? [])
    .filter((h) => valueOf(h) !== h.headcount)
    .map((h) => ({
      category: h.category,
      headcount: valueOf(h),
      ...(h.version === null ? {} : { version: h.version }),
    }));
  const save = useApiAction(() => api('defenceEducation.headcount.set', { year, rows: changed }), {
    success: t.headcount.saved,
    onSuccess: onClose,
    errors: 'banner',
  });
  const thisYear = new Date().getFullYear();

  return (
    <SaveDialog
      width={720}
      title={t.headcount.title}
      banner={save.error}
      saving={save.busy}
      readOnly={!can.edit}
      okDisabled={changed.length === 0}
      onSave={() => void save.run()}
      onCancel={onClose}
    >
      <Select
        aria-label={t.headcount.year}
        value={year}
        onChange={setYear}
        options={Array.from({ length: 8 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: y, label: String(y) }))}
        style={{ width: 120, marginBottom: 8 }}
      />
      <Typography.Paragraph type="secondary">{t.headcount.hint}</Typography.Paragraph>
      <Table<DqeduHeadcount>
        rowKey="category"
        size="small"
        loading={list.loading}
        pagination={false}
        dataSource={list.data ?? []}
        columns={[
          { title: t.columns.category, key: 'category', render: (_, h) => t.categories[h.category] },
          {
            title: t.headcounts,
            key: 'headcount',
            width: 160,
            render: (_, h) => (
              <InputNumber
                aria-label={t.categoriesShort[h.category]}
                min={0}
                precision={0}
                disabled={!can.edit}
                value={valueOf(h)}
                onChange={(value) => setEdits((d) => new Map(d).set(`${year}:${h.category}`, value ?? null))}
                style={{ width: '100%' }}
              />
            ),
          },
        ]}
      />
    </SaveDialog>
  );
}
