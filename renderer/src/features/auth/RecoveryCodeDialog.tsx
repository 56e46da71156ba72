import { Alert, Button, Checkbox, Flex, Form, Input, Modal, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, ApiCallError } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';

const t = vi.auth.recovery;

/** On paper only the sheet is printed: everything else on the page is hidden while printing. */
const PRINT_ONLY_THE_SHEET = `@media print {
  body * { visibility: hidden !important; }
  .qsdp-recovery-sheet, .qsdp-recovery-sheet * { visibility: visible !important; }
  .qsdp-recovery-sheet { position: absolute; left: 0; top: 0; width: 100%; }
}`;

/**
 * The data key's recovery code: shown after the administrator gives the password again, printed
 * as a sheet to keep in the safe, and confirmed as kept (which stops the reminder).
 */
export function RecoveryCodeDialog({ onClose }: { onClose(kept: boolean): void }) {
  const office = useApiQuery('office.get', {});
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function reveal() {
    setBusy(true);
    setError(null);
    try {
      setCode((await api('encryption.recovery.show', { password })).code);
      setPassword('');
    } catch (e) {
      setError(e instanceof ApiCallError ? (e.fieldErrors.password ?? e.message) : (e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function done() {
    setBusy(true);
    try {
      await api('encryption.recovery.kept', {});
      onClose(true);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t.title}
      onCancel={() => onClose(false)}
      footer={null}
      width={640}
      mask={{ closable: false }}
      style={{ top: 24 }}
    >
      <style>{PRINT_ONLY_THE_SHEET}</style>
      <Typography.Paragraph>{t.intro}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {code === null ? (
        <Form layout="vertical" onFinish={() => void reveal()}>
          <Form.Item label={t.password} extra={t.passwordHint}>
            <Input.Password
              aria-label={t.password}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoFocus
            />
          </Form.Item>
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={busy} disabled={password === ''}>
              {t.reveal}
            </Button>
            <Button onClick={() => onClose(false)}>{t.later}</Button>
          </Flex>
        </Form>
      ) : (
        <Flex vertical gap={8}>
          <div className="qsdp-recovery-sheet" style={{ border: '1px dashed #999', padding: '8px 16px' }}>
            <Typography.Title level={5} style={{ margin: '4px 0' }}>
              {t.sheetTitle}
            </Typography.Title>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {office.data && `${format(t.sheetOffice, { office: office.data.name })} · `}
              {format(t.sheetDate, { date: dayjs().format('DD/MM/YYYY') })}
            </Typography.Paragraph>
            <Typography.Paragraph
              aria-label={t.title}
              style={{ fontFamily: 'Consolas, "Liberation Mono", monospace', fontSize: 18, marginBottom: 4 }}
            >
              {code}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {t.sheetUse}
            </Typography.Paragraph>
          </div>
          <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
            {t.confirm}
          </Checkbox>
          <Flex gap={8}>
            <Button onClick={() => window.print()}>{t.print}</Button>
            <Button type="primary" disabled={!confirmed} loading={busy} onClick={() => void done()}>
              {t.done}
            </Button>
            <Button onClick={() => onClose(false)}>{t.later}</Button>
          </Flex>
        </Flex>
      )}
    </Modal>
  );
}

/**
 * For an administrator: until someone confirmed the code is printed and kept, a banner above the
 * screens (never in the way of work: it can be closed until the next login) opens the dialog.
 */
export function RecoveryCodeReminder() {
  const status = useApiQuery('encryption.recovery.status', {});
  const [dismissed, setDismissed] = useState(false);
  const [open, setOpen] = useState(false);
  if (dismissed || !status.data || status.data.kept) return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        banner
        closable={{ onClose: () => setDismissed(true) }}
        title={t.reminder}
        action={
          <Button size="small" onClick={() => setOpen(true)}>
            {t.open}
          </Button>
        }
      />
      {open && (
        <RecoveryCodeDialog
          onClose={(kept) => {
            setOpen(false);
            if (kept) setDismissed(true);
          }}
        />
      )}
    </>
  );
}

/** Cài đặt → Tài khoản: the way back to the code at any time. */
export function RecoveryCodeSection() {
  const [open, setOpen] = useState(false);
  return (
    <div style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{t.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.sectionHint}</Typography.Paragraph>
      <Button onClick={() => setOpen(true)}>{t.open}</Button>
      {open && <RecoveryCodeDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
