import { Alert, Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ApiInput, IssuePlan, ProducedDocument } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';

const t = vi.documentIssue;

interface Props {
  /** The document to issue, as the draft was made (mode and format are this dialog's). */
  request: Omit<ApiInput<'documents.generate'>, 'mode' | 'format'>;
  onIssued(file: ProducedDocument): void;
  onClose(): void;
}

/**
 * "Cấp số và phát hành": says what will happen — the number it takes, its date and signer, that it
 * goes into the register with its bytes kept, that it cannot be undone but can be withdrawn — and
 * only on OK takes the number. The plan is read from the core, so a refusal (nothing to print)
 * shows before anything is asked.
 */
export function IssueDialog({ request, onIssued, onClose }: Props) {
  const [plan, setPlan] = useState<IssuePlan | null>(null);
  const load = useApiAction(() => api('documents.issuePlan', { ...request, format: 'docx' }), {
    errors: 'banner',
    onSuccess: setPlan,
  });
  const refused = load.error;
  const issue = useApiAction(() => api('documents.generate', { ...request, format: 'docx', mode: 'issue' }), {
    errors: 'banner',
    success: (file) =>
      file.reference
        ? format(t.issued, { reference: file.reference, fileName: file.fileName })
        : format(t.issuedNoNumber, { fileName: file.fileName }),
    onSuccess: onIssued,
  });
  // Read once when the dialog opens: the request is fixed while it is open.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void load.run(), []);

  const number = !plan
    ? null
    : plan.reference === null
      ? t.willTakeNone
      : plan.lastReference
        ? format(t.willTakeBlock, { reference: plan.reference, last: plan.lastReference })
        : format(t.willTake, { reference: plan.reference });
  return (
    <Modal
      open
      title={t.dialogTitle}
      okText={t.ok}
      cancelText={vi.common.cancel}
      okButtonProps={{ disabled: plan === null, loading: issue.busy }}
      onOk={() => void issue.run()}
      onCancel={onClose}
    >
      {refused && <Alert type="error" showIcon title={refused} />}
      {issue.error && <Alert type="error" showIcon title={issue.error} style={{ marginBottom: 12 }} />}
      {!plan && !refused && <Spin />}
      {plan && (
        <>
          <Typography.Paragraph strong>{number}</Typography.Paragraph>
          <Typography.Paragraph>{format(t.summary, { summary: plan.summary })}</Typography.Paragraph>
          <Typography.Paragraph>{format(t.date, { date: displayDate(plan.date) })}</Typography.Paragraph>
          <Typography.Paragraph>{format(t.signer, { signer: plan.signer })}</Typography.Paragraph>
          <Typography.Paragraph>{t.registered}</Typography.Paragraph>
          <Alert type="warning" showIcon title={t.final} />
        </>
      )}
    </Modal>
  );
}
