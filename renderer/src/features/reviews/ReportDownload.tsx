import { App, Card, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewReportCheck } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { useApiAction } from '../../shared/use-api-action';
import { DocumentActions } from '../documents/DocumentActions';
import { IssuedNote } from '../documents/IssuedNote';
import { SignerDatePicker, signingInput, useSigning } from '../documents/SignerDatePicker';

const t = vi.reviews;

interface Issued {
  fileName: string;
  numberText: string | null;
  registerId: string | null;
}

interface Props {
  reportId: string;
  /** The document's date until the user picks another: the meeting's day, else the period's end. */
  defaultDate: string;
  /** Unsaved edits: the document prints the last saved version, so they are saved first (after asking). */
  dirty: boolean;
  save(): Promise<boolean>;
}

/** The check's findings as the lines of the confirmation; none: nothing to ask. */
export function checkLines(check: ReviewReportCheck): string[] {
  const c = t.check;
  const headings = (list: { heading: string }[]) => list.map((s) => s.heading).join('; ');
  const lines: string[] = [];
  if (check.empty.length > 0) lines.push(format(c.empty, { list: headings(check.empty) }));
  if (check.unedited.length > 0) lines.push(format(c.unedited, { list: headings(check.unedited) }));
  if (check.changedFigures.length > 0) {
    const list = check.changedFigures
      .map((f) => format(c.figure, { label: f.label, saved: f.saved ?? c.none, now: f.now ?? c.none }))
      .join('; ');
    lines.push(format(c.figures, { list }));
  }
  return lines;
}

/** A confirmation as a promise: true when the user chose OK (and `onOk` succeeded), false on cancel. */
function confirmed(
  modal: ReturnType<typeof App.useApp>['modal'],
  config: Parameters<ReturnType<typeof App.useApp>['modal']['confirm']>[0],
  onOk: () => Promise<boolean> = async () => true,
): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({ ...config, onOk: async () => resolve(await onOk()), onCancel: () => resolve(false) });
  });
}

/**
 * The report as a document: who signs, the document's date, then its draft (preview or download)
 * or its issue with the number from the register. Before each, unsaved edits are saved (after
 * asking), and the core is asked what is still empty, as drafted, or out of date; the user
 * confirms to go on anyway (nothing to warn about: no question).
 */
export function ReportDownload({ reportId, defaultDate, dirty, save }: Props) {
  const { modal } = App.useApp();
  const [signing, setSigning] = useSigning(defaultDate);
  const [issued, setIssued] = useState<Issued | null>(null);
  const { run: check } = useApiAction(() => api('reviews.report.check', { id: reportId }));

  async function checked(): Promise<boolean> {
    const found = await check();
    if (!found) return false;
    const lines = checkLines(found);
    if (lines.length === 0) return true;
    return confirmed(modal, {
      title: t.check.title,
      width: 560,
      content: (
        <>
          {lines.map((line) => (
            <Typography.Paragraph key={line}>{line}</Typography.Paragraph>
          ))}
          <Typography.Paragraph strong>{t.check.question}</Typography.Paragraph>
        </>
      ),
      okText: t.check.ok,
      cancelText: vi.common.cancel,
    });
  }

  async function before(): Promise<boolean> {
    if (!dirty) return checked();
    const saved = await confirmed(
      modal,
      { title: t.saveFirstTitle, content: t.saveFirst, okText: t.saveFirstOk, cancelText: vi.common.cancel },
      save,
    );
    return saved && checked();
  }

  return (
    <Card size="small" title={t.downloadTitle} role="region" aria-label={t.downloadTitle}>
      <SignerDatePicker id="review-doc" value={signing} onChange={setSigning} />
      <DocumentActions
        title={t.documentName}
        request={{ kind: 'review.report', reviewReportId: reportId, ...signingInput(signing) }}
        before={before}
        onIssued={(file) =>
          setIssued({ fileName: file.fileName, numberText: file.reference, registerId: file.registerId })
        }
      />
      {issued && <IssuedNote {...issued} />}
    </Card>
  );
}
