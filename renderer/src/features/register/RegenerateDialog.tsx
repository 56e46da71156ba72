import { Alert, DatePicker, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ProducedDocument, RegisterEntry } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { referenceText } from './register-actions';

const t = vi.register;

interface Props {
  entry: RegisterEntry;
  /** Closed: with the new document when one was made. */
  onClose(produced: ProducedDocument | null): void;
}

/**
 * "Lập lại thành văn bản mới": a correction is a new document with a new number that points at the
 * old one; the old entry is never changed. Asks the new document's date (default today).
 */
export function RegenerateDialog({ entry, onClose }: Props) {
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit() {
    setSaving(true);
    setError(null);
    try {
      const produced = await api('documents.register.regenerate', {
        id: entry.id,
        ...(date ? { date: toIsoDate(date) } : {}),
      });
      onClose(produced);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t.regenerate.title}
      okText={t.regenerate.ok}
      cancelText={vi.common.cancel}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={() => onClose(null)}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>{format(t.regenerate.explain, { reference: referenceText(entry) })}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t.regenerate.date}>
          <DatePicker
            aria-label={t.regenerate.date}
            format={INPUT_DATE_FORMATS}
            placeholder={vi.common.datePlaceholder}
            value={date}
            onChange={setDate}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
