import { DownloadOutlined, TagsOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { DocumentKind } from '../../../../electron/core/documents/generate-schema';
import type { KindTemplates, TemplateInfo } from '../../../../electron/core/documents/templates/public-types';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { saveFile } from '../../shared/save-file';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { TagsDrawer } from './TagsDrawer';
import { UploadTemplateButton } from './UploadTemplateButton';
import { ListTable } from '../../shared/ListTable';

const uploadedOn = (t: TemplateInfo) => dayjs(t.createdAt).format('DD/MM/YYYY HH:mm');

function InUse({ row }: { row: KindTemplates }) {
  const t = vi.templates;
  if (!row.supported) return <Typography.Text type="secondary">{t.notSupported}</Typography.Text>;
  if (!row.active) return <Tag>{t.builtIn}</Tag>;
  return (
    <span>
      <Tag color="blue">{t.office}</Tag>
      {format(t.officeDetail, { name: row.active.name, date: uploadedOn(row.active) })}
    </span>
  );
}

/**
 * Mẫu văn bản của cơ quan: per document kind, the template in use (built-in or the office's own),
 * a sample to start from, the upload with its check (refusals shown in full), the tags the kind
 * offers, and the way back to the built-in document.
 */
export function TemplatesTab() {
  const t = vi.templates;
  const list = useApiQuery('documents.template.list', {});
  const { message } = App.useApp();
  // Uploading and choosing the template in use are admin (what every document looks like).
  const can = useCan();
  const [refusal, setRefusal] = useState<{ kind: string; message: string } | null>(null);
  const [tagsOf, setTagsOf] = useState<KindTemplates | null>(null);

  const { run } = useApiAction((action: () => Promise<void>) => action(), { onSettled: list.reload });

  async function upload(row: KindTemplates, file: { fileName: string; base64: string }) {
    setRefusal(null);
    const name = file.fileName.replace(/\.docx$/i, '');
    try {
      await api('documents.template.upload', { kind: row.kind as DocumentKind, name, ...file });
      message.success(format(t.uploaded, { name, kind: row.label }));
    } catch (error) {
      setRefusal({ kind: row.label, message: (error as Error).message });
    }
    list.reload();
  }

  const setActive = (row: KindTemplates, id: string, active: boolean) =>
    run(async () => {
      await api('documents.template.setActive', { id, active });
      if (!active) message.success(format(t.builtInAgain, { kind: row.label }));
    });

  return (
    <>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setRefusal(null) }}
          style={{ marginBottom: 12 }}
          title={format(t.refusedTitle, { kind: refusal.kind })}
          description={refusal.message}
          role="alert"
        />
      )}
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <ListTable
        unit={vi.layout.units.kinds}
        rowKey="kind"
        loading={list.loading}
        dataSource={list.data?.kinds ?? []}
        expandable={{
          rowExpandable: (row) => row.templates.some((x) => !x.active),
          expandedRowRender: (row) => (
            <EarlierTemplates row={row} onUse={can.admin ? (id) => void setActive(row, id, true) : undefined} />
          ),
        }}
        columns={[
          { title: t.kind, dataIndex: 'label', width: 300 },
          { title: t.inUse, key: 'inUse', width: 320, render: (_, row) => <InUse row={row} /> },
          {
            title: t.actions,
            key: 'actions',
            render: (_, row) =>
              row.supported && (
                <Flex gap={6} wrap>
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    onClick={() =>
                      void run(async () =>
                        saveFile(await api('documents.template.sample', { kind: row.kind as DocumentKind })),
                      )
                    }
                  >
                    {t.sample}
                  </Button>
                  {can.admin && (
                    <UploadTemplateButton
                      label={`${t.upload}: ${row.label}`}
                      onFile={(file) => upload(row, file)}
                      onError={(text) => setRefusal({ kind: row.label, message: text })}
                    />
                  )}
                  <Button size="small" icon={<TagsOutlined />} onClick={() => setTagsOf(row)}>
                    {t.tags}
                  </Button>
                  {row.active && (
                    <>
                      <Button
                        size="small"
                        icon={<DownloadOutlined />}
                        onClick={() =>
                          void run(async () =>
                            saveFile(await api('documents.template.download', { id: row.active!.id })),
                          )
                        }
                      >
                        {t.downloadActive}
                      </Button>
                      {can.admin && (
                        <Button
                          size="small"
                          icon={<UndoOutlined />}
                          onClick={() => void setActive(row, row.active!.id, false)}
                        >
                          {t.useBuiltIn}
                        </Button>
                      )}
                    </>
                  )}
                </Flex>
              ),
          },
        ]}
      />
      {tagsOf && <TagsDrawer kind={tagsOf.kind as DocumentKind} label={tagsOf.label} onClose={() => setTagsOf(null)} />}
    </>
  );
}

/** The kind's earlier uploads, any of which can be made the one in use again. */
function EarlierTemplates({ row, onUse }: { row: KindTemplates; onUse?: (id: string) => void }) {
  const t = vi.templates;
  return (
    <div>
      <Typography.Text strong>{t.earlier}</Typography.Text>
      {row.templates
        .filter((x) => !x.active)
        .map((x) => (
          <Flex key={x.id} gap={8} align="center" style={{ marginTop: 4 }}>
            <span>{format(t.officeDetail, { name: x.name, date: uploadedOn(x) })}</span>
            {onUse && (
              <Button size="small" onClick={() => onUse(x.id)}>
                {t.useAgain}
              </Button>
            )}
          </Flex>
        ))}
    </div>
  );
}
