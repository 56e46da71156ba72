import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewReportCheck } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { saveFile } from '../../shared/save-file';
import { useApiAction } from '../../shared/use-api-action';
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

/**
 * Tải báo cáo: who signs, the document's date, and the .docx with its number from the register.
 * Before it is made, the core is asked what is still empty, as drafted, or out of date; the user
 * confirms to download anyway (nothing to warn about: no question).
 */
export function ReportDownload({ reportId, defaultDate, dirty, save }: Props) {
  const { modal } = App.useApp();
  const [signing, setSigning] = useSigning(defaultDate);
  const [issued, setIssued] = useState<Issued | null>(null);
  const { run: generate, busy } = useApiAction(
    () => api('documents.generate', { kind: 'review.report', reviewReportId: reportId, ...signingInput(signing) }),
    {
      success: (file) =>
        file.reference
          ? format(t.numberedFile, { fileName: file.fileName, number: file.reference })
          : format(t.draftFile, { fileName: file.fileName }),
      onSuccess: (file) => {
        saveFile(file);
        setIssued({ fileName: file.fileName, numberText: file.reference, registerId: file.registerId });
      },
    },
  );
  const { run: check, busy: checking } = useApiAction(() => api('reviews.report.check', { id: reportId }));

  async function checkThenGenerate() {
    const found = await check();
    if (!found) return;
    const lines = checkLines(found);
    if (lines.length === 0) return void (await generate());
    modal.confirm({
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
      onOk: () => generate(),
    });
  }

  function download() {
    if (!dirty) return void checkThenGenerate();
    modal.confirm({
      title: t.saveFirstTitle,
      content: t.saveFirst,
      okText: t.saveFirstOk,
      cancelText: vi.common.cancel,
      onOk: async () => {
        if (await save()) await checkThenGenerate();
      },
    });
  }

  return (
    <Card size="small" title={t.downloadTitle} role="region" aria-label={t.downloadTitle}>
      <SignerDatePicker id="review-doc" value={signing} onChange={setSigning} />
      <Button
        type="primary"
        icon={<FileWordOutlined />}
        aria-label={t.download}
        loading={busy || checking}
        onClick={download}
      >
        {t.download}
      </Button>
      {issued && <IssuedNote {...issued} />}
    </Card>
  );
}
