import { Tag, type TableColumnsType } from 'antd';
import type { ImportPreview, ImportPreviewRow } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { targetValueText, targetValueTitle } from './import-fields';

const t = vi.import.check;

const PERSON_ACTION_COLORS: Record<NonNullable<ImportPreviewRow['personAction']>, string | undefined> = {
  create: 'green',
  update: 'blue',
  keep: undefined,
};

/**
 * For a list other than Công dân: the values the record gets (unit, position, dates…) and what
 * happens to the row's person. Every row of one target carries the same keys, so the first row's
 * name the columns; the core's order is kept.
 */
export function targetColumns(preview: ImportPreview): TableColumnsType<ImportPreviewRow> {
  if (preview.target === 'people') return [];
  const keys = Object.keys(preview.rows[0]?.targetValues ?? {}).filter((key) => targetValueTitle(key) !== undefined);
  return [
    ...keys.map((key) => ({
      title: targetValueTitle(key),
      key: `target.${key}`,
      render: (_: unknown, r: ImportPreviewRow) => targetValueText(key, r.targetValues[key] ?? null),
    })),
    {
      title: t.columns.person,
      key: 'personAction',
      width: 140,
      render: (_: unknown, r: ImportPreviewRow) =>
        r.personAction && <Tag color={PERSON_ACTION_COLORS[r.personAction]}>{t.personActions[r.personAction]}</Tag>,
    },
  ];
}
