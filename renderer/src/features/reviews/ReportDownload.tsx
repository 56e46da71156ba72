import { FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { INPUT_DATE_FORMATS, toIsoDate } from '../../shared/dates';
import { saveFile } from '../../shared/save-file';
import { useApiQuery } from '../../shared/use-api-query';

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
  const { message, modal } = App.useApp();
  const office = useApiQuery('office.get', {});
  const [signerIndex, setSignerIndex] = useState(0);
  const [date, setDate] = useState<Dayjs | null>(() => dayjs());
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<Issued | null>(null);
  const signers = office.data?.signers ?? [];

  async function generate() {
    setBusy(true);
    try {
      const file = await api('documents.generate', {
        kind: 'review.report',
        reviewReportId: reportId,
        signerIndex,
        ...(date ? { date: toIsoDate(date) } : {}),
      });
      saveFile(file);
      const numberText = file.reference;
      setIssued({ fileName: file.fileName, numberText, registerId: file.registerId });
      message.success(
        numberText
          ? format(t.numberedFile, { fileName: file.fileName, number: numberText })
          : format(t.draftFile, { fileName: file.fileName }),
      );
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

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
      <Form layout="vertical" component="div">
        <Flex gap={12} wrap>
          <Form.Item label={t.signer} htmlFor="review-signer" style={{ flex: '1 1 200px', marginBottom: 12 }}>
            <Select
              id="review-signer"
              value={signers.length > 0 ? signerIndex : undefined}
              loading={office.loading}
              options={signers.map((s, index) => ({
                value: index,
                label: format(t.signerOption, { title: s.title, name: [s.rank, s.name].filter(Boolean).join(' ') }),
              }))}
              onChange={setSignerIndex}
            />
          </Form.Item>
          <Form.Item label={t.date} htmlFor="review-doc-date" style={{ flex: '0 1 160px', marginBottom: 12 }}>
            <DatePicker
              id="review-doc-date"
              format={INPUT_DATE_FORMATS}
              placeholder={vi.common.datePlaceholder}
              value={date}
              onChange={setDate}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Flex>
      </Form>
      <Button type="primary" icon={<FileWordOutlined />} aria-label={t.download} loading={busy} onClick={download}>
        {t.download}
      </Button>
      {issued && (
        <Alert
          role="status"
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          title={issued.numberText ? format(t.numbered, { number: issued.numberText }) : issued.fileName}
          description={
            issued.registerId && <a href={`#/van-ban-bao-cao/so-van-ban/${issued.registerId}`}>{t.openRegister}</a>
          }
        />
      )}
    </Card>
  );
}
