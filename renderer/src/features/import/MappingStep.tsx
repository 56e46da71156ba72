import { Alert, Flex, Select, Table, Tag, Typography } from 'antd';
import type { ImportColumnInfo, ImportPreview } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import {
  columnLetter,
  encodingOptions,
  fieldOptions,
  SKIP_COLUMN,
  type ImportField,
  type ImportTarget,
  type TextEncoding,
} from './import-fields';
import { SearchSelect } from '../../shared/SearchSelect';

const t = vi.import.mapping;

/** Step 2: each column of the sheet, the field it goes to and the encoding its text is read in. */
export function MappingStep({
  preview,
  target,
  onField,
  onEncoding,
}: {
  preview: ImportPreview;
  target: ImportTarget;
  onField(column: number, field: ImportField | null): void;
  onEncoding(column: number, encoding: TextEncoding): void;
}) {
  const options = fieldOptions(target);
  return (
    <Flex vertical gap={12}>
      <Alert
        type={preview.mappingSource === 'remembered' ? 'success' : 'info'}
        showIcon
        title={preview.mappingSource === 'remembered' ? t.remembered : t.proposed}
        description={format(t.headerRow, { row: preview.headerRowNumber, sheet: preview.sheet })}
      />
      {preview.mappingProblems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t.problems}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {preview.mappingProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<ImportColumnInfo>
        rowKey="column"
        size="small"
        pagination={false}
        dataSource={preview.columns}
        scroll={{ y: 420 }}
        columns={[
          { title: t.column, key: 'column', width: 64, render: (_, c) => columnLetter(c.column) },
          { title: t.header, key: 'header', render: (_, c) => <Typography.Text strong>{c.header}</Typography.Text> },
          {
            title: t.field,
            key: 'field',
            width: 260,
            render: (_, c) => (
              <SearchSelect<string>
                aria-label={format(t.fieldFor, { header: c.header || columnLetter(c.column) })}
                style={{ width: '100%' }}
                value={c.field ?? SKIP_COLUMN}
                options={options}
                onChange={(value) => onField(c.column, value === SKIP_COLUMN ? null : (value as ImportField))}
              />
            ),
          },
          {
            title: t.encoding,
            key: 'encoding',
            width: 200,
            render: (_, c) => (
              <Select<TextEncoding>
                aria-label={format(t.encodingFor, { header: c.header || columnLetter(c.column) })}
                style={{ width: '100%' }}
                value={c.encoding}
                options={encodingOptions}
                onChange={(value) => onEncoding(c.column, value)}
              />
            ),
          },
          {
            title: t.detected,
            key: 'detected',
            width: 160,
            render: (_, c) => (
              <Tag color={c.detectedEncoding === 'unicode' ? undefined : 'orange'}>
                {vi.import.encodings[c.detectedEncoding]}
              </Tag>
            ),
          },
        ]}
      />
    </Flex>
  );
}
