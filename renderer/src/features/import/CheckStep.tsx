import { Button, Flex, Radio, Tabs, Tag, Typography } from 'antd';
import type { ImportDuplicateMode, ImportPreview, ImportSummary } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import type { UnknownLocality } from './import-fields';
import { PreviewTable, type PreviewPaging } from './PreviewTable';

const t = vi.import.check;

export type PreviewFilter = 'all' | 'errors' | 'warnings' | 'duplicates';

const SUMMARY_COLORS: Partial<Record<keyof ImportSummary, string>> = {
  ok: 'green',
  withErrors: 'red',
  withWarnings: 'orange',
  toCreate: 'green',
  toUpdate: 'blue',
};

const OTHER_TARGETS_ONLY: ReadonlyArray<keyof ImportSummary> = ['peopleToCreate', 'peopleToUpdate', 'recordsExisting'];

/** Step 3: the counts, the duplicate rule, and the rows page by page with their errors and warnings. */
export function CheckStep({
  preview,
  loading,
  filter,
  duplicateMode,
  skipRows,
  canCreateLocality,
  onFilter,
  onPage,
  onDuplicateMode,
  onSkip,
  onSkipAll,
  onCreateLocality,
}: {
  preview: ImportPreview;
  loading: boolean;
  filter: PreviewFilter;
  duplicateMode: ImportDuplicateMode;
  skipRows: readonly number[];
  canCreateLocality(locality: UnknownLocality): boolean;
  onFilter(filter: PreviewFilter): void;
  onPage(paging: PreviewPaging): void;
  onDuplicateMode(mode: ImportDuplicateMode): void;
  onSkip(row: number, skip: boolean): void;
  /** "Bỏ qua mọi dòng có lỗi": every row still in error, on every page; or none, to take them all back. */
  onSkipAll(rows: readonly number[] | 'none'): void;
  onCreateLocality(locality: UnknownLocality): void;
}) {
  const summary = preview.summary;
  // The people counts and existing records only differ from the row counts for the other targets.
  const keys = (Object.keys(t.summary) as Array<keyof ImportSummary>).filter(
    (key) => preview.target !== 'people' || !OTHER_TARGETS_ONLY.includes(key),
  );
  const counts: Record<PreviewFilter, number | null> = {
    all: summary.rows,
    errors: summary.withErrors,
    warnings: summary.withWarnings,
    // A row can be a duplicate both in the file and in the register: no exact count without listing.
    duplicates: null,
  };
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} role="list" aria-label={vi.import.steps.check}>
        {keys.map((key) => (
          <Tag key={key} role="listitem" color={summary[key] > 0 ? SUMMARY_COLORS[key] : undefined}>
            {t.summary[key]}: <strong>{summary[key]}</strong>
          </Tag>
        ))}
      </Flex>
      {(preview.errorRows.length > 0 || skipRows.length > 0) && (
        <Flex gap={8} wrap>
          {preview.errorRows.length > 0 && (
            <Button danger onClick={() => onSkipAll(preview.errorRows)}>
              {format(t.skipAllErrors, { count: preview.errorRows.length })}
            </Button>
          )}
          {skipRows.length > 0 && <Button onClick={() => onSkipAll('none')}>{t.unskipAll}</Button>}
        </Flex>
      )}
      <Flex align="center" gap={12} wrap>
        <Typography.Text id="import-duplicate-mode">{t.duplicateMode}</Typography.Text>
        <Radio.Group
          aria-labelledby="import-duplicate-mode"
          value={duplicateMode}
          onChange={(e) => onDuplicateMode(e.target.value as ImportDuplicateMode)}
          options={(Object.keys(t.duplicateModes) as ImportDuplicateMode[]).map((mode) => ({
            value: mode,
            label: t.duplicateModes[mode],
          }))}
        />
      </Flex>
      <Tabs
        activeKey={filter}
        onChange={(key) => onFilter(key as PreviewFilter)}
        items={(Object.keys(t.filters) as PreviewFilter[]).map((key) => ({
          key,
          label: counts[key] === null ? t.filters[key] : `${t.filters[key]} (${counts[key]})`,
        }))}
        style={{ marginBottom: -12 }}
      />
      <PreviewTable
        preview={preview}
        loading={loading}
        skipRows={skipRows}
        canCreateLocality={canCreateLocality}
        onPage={onPage}
        onSkip={onSkip}
        onCreateLocality={onCreateLocality}
      />
    </Flex>
  );
}
