import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { RegisterEntry, TemplateVocabulary } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { DetailDrawer } from '../../shared/DetailDrawer';
import { EditorButton } from '../auth/EditorButton';
import { downloadEntry, linkText } from './register-actions';
import { InputView, SnapshotView } from './SnapshotView';

const t = vi.register;

interface Props {
  entryId: string;
  /** Opens another entry (the one this replaces or is replaced by). */
  onOpen(id: string): void;
  onRegenerate(entry: RegisterEntry): void;
  onClose(): void;
}

function LinkButton({ onClick, children }: { onClick(): void; children: string }) {
  return (
    <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={onClick}>
      {children}
    </Button>
  );
}

/** One entry of the register: what was issued, by whom, from which data; download or issue anew. */
export function RegisterDrawer({ entryId, onOpen, onRegenerate, onClose }: Props) {
  const query = useApiQuery('documents.register.get', { id: entryId });
  const e = query.data;
  const [vocabulary, setVocabulary] = useState<TemplateVocabulary | undefined>(undefined);
  const kind = e?.kind;
  useEffect(() => {
    if (!kind) return;
    let current = true;
    // Only for the tags' descriptions: a kind the templates feature does not know shows the raw names.
    api('documents.template.vocabulary', { kind }).then(
      (v) => current && setVocabulary(v),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [kind]);

  const download = useApiAction(() => downloadEntry(entryId), { errors: 'banner' });

  const title = e?.reference ? format(t.details.title, { reference: e.reference }) : t.details.titleNoNumber;
  return (
    <DetailDrawer
      query={query}
      size={760}
      title={e ? title : ''}
      error={download.error}
      onClose={onClose}
      extra={
        e && (
          <Flex gap={8} wrap>
            <Button onClick={() => void download.run()}>{t.actions.download}</Button>
            <EditorButton onClick={() => onRegenerate(e)}>{t.actions.regenerate}</EditorButton>
          </Flex>
        )
      }
    >
      {(e) => (
        <>
          {e.withdrawn && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={`${t.withdraw.badge}. ${format(t.withdraw.reasonLine, { reason: e.withdrawn.reason })}`}
              description={format(t.withdraw.when, {
                date: new Date(e.withdrawn.at).toLocaleString('vi-VN'),
                by: e.withdrawn.by,
              })}
            />
          )}
          <Descriptions
            column={1}
            size="small"
            bordered
            style={{ marginBottom: 16 }}
            items={[
              { key: 'issuedOn', label: t.columns.issuedOn, children: displayDate(e.issuedOn) },
              { key: 'kind', label: t.columns.kind, children: e.kindLabel },
              { key: 'summary', label: t.columns.summary, children: e.summary },
              {
                key: 'signer',
                label: t.details.signer,
                children: [e.signerTitle, e.signerName].filter(Boolean).join(' – '),
              },
              {
                key: 'file',
                label: t.details.file,
                children: format(t.details.fileValue, {
                  name: e.fileName,
                  size: Math.max(1, Math.round(e.fileSize / 1024)),
                }),
              },
              {
                key: 'template',
                label: t.details.template,
                children: e.templateId ? t.details.templateOffice : t.details.templateBuiltIn,
              },
              ...(e.replaces
                ? [
                    {
                      key: 'replaces',
                      label: t.columns.replaces,
                      children: <LinkButton onClick={() => onOpen(e.replaces!.id)}>{linkText(e.replaces)}</LinkButton>,
                    },
                  ]
                : []),
              ...(e.replacedBy
                ? [
                    {
                      key: 'replacedBy',
                      label: t.details.replacedBy,
                      children: (
                        <LinkButton onClick={() => onOpen(e.replacedBy!.id)}>{linkText(e.replacedBy)}</LinkButton>
                      ),
                    },
                  ]
                : []),
              { key: 'createdBy', label: t.details.createdBy, children: e.createdBy },
              {
                key: 'createdAt',
                label: t.details.createdAt,
                children: new Date(e.createdAt).toLocaleString('vi-VN'),
              },
            ]}
          />
          <Typography.Title level={5}>{t.details.data}</Typography.Title>
          <SnapshotView snapshot={e.snapshot} vocabulary={vocabulary} />
          <InputView input={e.input as unknown as Record<string, unknown>} kindLabel={e.kindLabel} />
        </>
      )}
    </DetailDrawer>
  );
}
