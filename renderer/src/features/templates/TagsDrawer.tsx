import { Alert, Drawer, Table, Typography } from 'antd';
import type { TemplateTagInfo } from '../../../../electron/core/documents/templates/public-types';
import type { DocumentKind } from '../../../../electron/core/documents/generate-schema';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';

function TagTable({ tags }: { tags: TemplateTagInfo[] }) {
  const t = vi.templates;
  return (
    <Table
      rowKey="name"
      size="small"
      pagination={false}
      dataSource={tags}
      columns={[
        {
          title: t.tag,
          key: 'tag',
          width: 200,
          render: (_, tag) => (
            <Typography.Text code copyable>
              {format(t.fieldTag, { name: tag.name })}
            </Typography.Text>
          ),
        },
        { title: t.description, dataIndex: 'description' },
      ]}
    />
  );
}

/** "Thẻ dữ liệu": every tag a template of the kind may use, with what it holds. */
export function TagsDrawer({ kind, label, onClose }: { kind: DocumentKind; label: string; onClose(): void }) {
  const t = vi.templates;
  const vocabulary = useApiQuery('documents.template.vocabulary', { kind });
  return (
    <Drawer open size="large" title={format(t.tagsTitle, { kind: label })} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t.tagsHint}</Typography.Paragraph>
      {vocabulary.error && <Alert type="error" showIcon title={vocabulary.error.message} />}
      {vocabulary.data && (
        <>
          <Typography.Title level={5}>{t.fields}</Typography.Title>
          <TagTable tags={vocabulary.data.fields} />
          {vocabulary.data.tables.map((table) => (
            <div key={table.name} style={{ marginTop: 16 }}>
              <Typography.Title level={5}>
                {format(t.table, {
                  open: format(t.tableOpen, { name: table.name }),
                  close: format(t.tableClose, { name: table.name }),
                })}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{table.description}</Typography.Paragraph>
              <TagTable tags={table.columns} />
            </div>
          ))}
        </>
      )}
    </Drawer>
  );
}
