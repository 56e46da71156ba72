import { Alert, App, Button, Card, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiCallError } from '../../api/client';
import { formatSize } from '../../../../vocabulary/text';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { BackupList } from './BackupList';

const t = vi.backup;

/**
 * Cài đặt → Sao lưu – Khôi phục. The desktop program offers its folder and file dialogs beside
 * the fields; browser mode cannot, so there the paths are typed (the core checks them).
 */
export function BackupPanel() {
  const { message, modal } = App.useApp();
  const list = useApiQuery('backup.list', {});
  const [folder, setFolder] = useState('');
  const [folderError, setFolderError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseAgain, setPassphraseAgain] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [restorePassphrase, setRestorePassphrase] = useState('');
  const [file, setFile] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function backupNow() {
    setFolderError(null);
    setPassphraseError(null);
    if (passphrase.length < 8) return setPassphraseError(t.passphraseTooShort);
    if (passphrase !== passphraseAgain) return setPassphraseError(t.passphraseMismatch);
    setBusy(true);
    try {
      const done = await api('backup.create', { folder, passphrase });
      message.success(format(t.backupDone, { file: done.file, size: formatSize(done.size) }), 8);
      if (done.warning) message.warning(done.warning, 12);
      setPassphrase('');
      setPassphraseAgain('');
      list.reload();
    } catch (error) {
      const fields = error instanceof ApiCallError ? error.fieldErrors : {};
      if (fields.passphrase) setPassphraseError(fields.passphrase);
      else setFolderError(fields.folder ?? (error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function restore(path: string, fromTypedPath: boolean) {
    setBusy(true);
    setFileError(null);
    try {
      const done = await api('backup.restore', {
        file: path,
        ...(fromTypedPath && restorePassphrase ? { passphrase: restorePassphrase } : {}),
      });
      // Every screen may hold rows from before: reload the window once the user has read where the old data went.
      modal.success({
        title: t.restoreDoneTitle,
        content: format(t.restoreDone, { file: done.safetyCopy }),
        okText: t.reloadNow,
        onOk: () => window.location.reload(),
      });
    } catch (error) {
      const text = error instanceof ApiCallError ? (error.fieldErrors.file ?? error.message) : (error as Error).message;
      if (fromTypedPath) setFileError(text);
      else message.error(text, 10);
    } finally {
      setBusy(false);
    }
  }

  const confirm = { title: t.restoreConfirmTitle, description: t.restoreConfirm, okText: t.restore };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {list.data?.warning && <Alert type="warning" showIcon title={list.data.warning} />}
      {list.error && <Alert type="error" showIcon title={list.error.message} />}

      <Card title={t.backupNowTitle} size="small">
        <Form layout="vertical" onFinish={() => void backupNow()}>
          <Form.Item
            label={t.folder}
            extra={t.folderHint}
            validateStatus={folderError ? 'error' : undefined}
            help={folderError ?? undefined}
          >
            <Flex gap={8}>
              <Input
                aria-label={t.folder}
                value={folder}
                placeholder={t.folderPlaceholder}
                onChange={(e) => setFolder(e.target.value)}
              />
              <PickButton kind="folder" label={t.pickFolder} onPicked={setFolder} />
            </Flex>
          </Form.Item>
          <Form.Item
            label={t.passphrase}
            extra={t.passphraseHint}
            validateStatus={passphraseError ? 'error' : undefined}
            help={passphraseError ?? undefined}
          >
            <Flex gap={8} wrap>
              <Input.Password
                aria-label={t.passphrase}
                autoComplete="new-password"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
                style={{ maxWidth: 280 }}
              />
              <Input.Password
                aria-label={t.passphraseAgain}
                placeholder={t.passphraseAgain}
                autoComplete="new-password"
                value={passphraseAgain}
                onChange={(e) => setPassphraseAgain(e.target.value)}
                style={{ maxWidth: 280 }}
              />
              <Button type="primary" htmlType="submit" loading={busy} disabled={folder.trim() === ''}>
                {t.backupNow}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
      </Card>

      <Card title={t.autoTitle} size="small">
        {list.data && (
          <Typography.Paragraph type="secondary">{format(t.autoHint, { dir: list.data.autoDir })}</Typography.Paragraph>
        )}
        <BackupList
          items={list.data?.items ?? []}
          loading={list.loading}
          busy={busy}
          onRestore={(item) => void restore(item.file, false)}
          onChoose={(item) => {
            setFile(item.file);
            setFileError(null);
            message.info(t.chosenForRestore, 8);
          }}
        />
      </Card>

      <Card title={t.restoreFromFileTitle} size="small">
        <Form layout="vertical">
          <Form.Item label={t.file} validateStatus={fileError ? 'error' : undefined} help={fileError ?? undefined}>
            <Flex gap={8}>
              <Input
                aria-label={t.file}
                value={file}
                placeholder={t.filePlaceholder}
                onChange={(e) => setFile(e.target.value)}
              />
              <PickButton kind="backupFile" label={t.pickFile} onPicked={setFile} />
            </Flex>
          </Form.Item>
          <Form.Item label={t.restorePassphrase} extra={t.restorePassphraseHint}>
            <Flex gap={8}>
              <Input.Password
                aria-label={t.restorePassphrase}
                autoComplete="off"
                value={restorePassphrase}
                onChange={(e) => setRestorePassphrase(e.target.value)}
                style={{ maxWidth: 280 }}
              />
              <Popconfirm {...confirm} onConfirm={() => restore(file, true)} disabled={file.trim() === ''}>
                <Button danger loading={busy} disabled={file.trim() === ''}>
                  {t.restore}
                </Button>
              </Popconfirm>
            </Flex>
          </Form.Item>
        </Form>
        {list.data && (
          <Typography.Text type="secondary">{format(t.dataDir, { dir: list.data.dataDir })}</Typography.Text>
        )}
      </Card>
    </Flex>
  );
}

/** The desktop program's own folder/file dialog; absent in browser mode, where the path is typed. */
function PickButton({
  kind,
  label,
  onPicked,
}: {
  kind: 'folder' | 'backupFile';
  label: string;
  onPicked(path: string): void;
}) {
  const pick = window.qsdp?.pick;
  if (!pick) return null;
  return (
    <Button
      onClick={() =>
        void pick(kind).then((chosen) => {
          if (chosen) onPicked(chosen);
        })
      }
    >
      {label}
    </Button>
  );
}
