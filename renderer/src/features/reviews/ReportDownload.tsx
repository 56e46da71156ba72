import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
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
  /** Unsaved edits: the document prints the last saved version, so they are saved first (after asking). */
  dirty: boolean;
  save(): Promise<boolean>;
}

/** Tải báo cáo: who signs, the document's date, and the .docx with its number from the register. */
export function ReportDownload({ reportId, dirty, save }: Props) {
  const { modal } = App.useApp();
  const [signing, setSigning] = useSigning();
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

  function download() {
    if (!dirty) return void generate();
    modal.confirm({
      title: t.saveFirstTitle,
      content: t.saveFirst,
      okText: t.saveFirstOk,
      cancelText: vi.common.cancel,
      onOk: async () => {
        if (await save()) await generate();
      },
    });
  }

  return (
    <Card size="small" title={t.downloadTitle} role="region" aria-label={t.downloadTitle}>
      <SignerDatePicker id="review-doc" value={signing} onChange={setSigning} />
      <Button type="primary" icon={<FileWordOutlined />} aria-label={t.download} loading={busy} onClick={download}>
        {t.download}
      </Button>
      {issued && <IssuedNote {...issued} />}
    </Card>
  );
}
