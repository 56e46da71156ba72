import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { ImportInspectResult } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { saveFile } from '../../shared/save-file';
import type { ImportTarget } from './import-fields';
import { readBase64 } from '../../shared/read-file';

export interface PickedFile {
  fileName: string;
  inspected: ImportInspectResult;
}

/** The first sheet where the core found a header row (the default choice). */
export function firstSheetWithHeader(inspected: ImportInspectResult): string | undefined {
  return inspected.sheets.find((s) => s.headerRowNumber !== null)?.name;
}

/**
 * Step 1: pick a .xlsx/.csv (read here, parsed by the core) and the sheet to import. A sample
 * workbook for the target answers "which columns do you expect?" before the clerk has a file.
 */
export function FileStep({
  target,
  picked,
  sheet,
  onPicked,
  onSheet,
}: {
  target: ImportTarget;
  picked: PickedFile | null;
  sheet: string | undefined;
  /** null: the file could not be read (the step shows why). */
  onPicked(file: PickedFile | null): void;
  onSheet(sheet: string): void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sampleBusy, setSampleBusy] = useState(false);

  async function downloadSample() {
    setSampleBusy(true);
    setError(null);
    try {
      saveFile(await api('import.sample', { target }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSampleBusy(false);
    }
  }

  async function read(file: File) {
    setBusy(true);
    setError(null);
    try {
      const base64 = await readBase64(file, vi.import.readFailed);
      const inspected = await api('import.inspect', { fileName: file.name, base64 });
      onPicked({ fileName: file.name, inspected });
    } catch (e) {
      // The core's own words, e.g. the one message telling how to re-save an old .xls as .xlsx.
      setError((e as Error).message);
      onPicked(null);
    } finally {
      setBusy(false);
    }
  }

  const sheets = picked?.inspected.sheets ?? [];
  const noHeader = picked !== null && firstSheetWithHeader(picked.inspected) === undefined;
  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Upload
          accept=".xlsx,.csv,.xls"
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => {
            void read(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy} autoFocus>
            {vi.import.file.pick}
          </Button>
        </Upload>
        <Typography.Text type="secondary">{vi.import.file.hint}</Typography.Text>
        <Flex align="center" gap={4} wrap>
          <Typography.Text type="secondary">{vi.import.file.sampleHint}</Typography.Text>
          <Button
            type="link"
            icon={<DownloadOutlined />}
            loading={sampleBusy}
            onClick={() => void downloadSample()}
            style={{ paddingInline: 0 }}
          >
            {vi.import.file.sample}
          </Button>
        </Flex>
      </Flex>
      {error && <Alert type="error" showIcon title={error} />}
      {picked && (
        <>
          <Typography.Text strong>{format(vi.import.file.chosen, { fileName: picked.fileName })}</Typography.Text>
          {noHeader ? (
            <Alert type="warning" showIcon title={vi.import.file.noSheetWithHeader} />
          ) : (
            <Form layout="vertical">
              <Form.Item label={vi.import.file.sheet} htmlFor="import-sheet" style={{ maxWidth: 560 }}>
                <Select
                  id="import-sheet"
                  value={sheet}
                  onChange={onSheet}
                  options={sheets.map((s) => ({
                    value: s.name,
                    disabled: s.headerRowNumber === null,
                    label:
                      s.headerRowNumber === null
                        ? format(vi.import.file.sheetNoHeader, { name: s.name })
                        : format(vi.import.file.sheetOption, {
                            name: s.name,
                            count: s.dataRowCount,
                            header: s.headerRowNumber,
                          }),
                  }))}
                />
              </Form.Item>
            </Form>
          )}
        </>
      )}
    </Flex>
  );
}
