import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useState } from 'react';
import { vi } from '../../messages/vi';
import { readBase64 } from '../../shared/read-file';

/** "Tải lên mẫu": picks a .docx and hands its name and bytes to `onFile`; antd never uploads it itself. */
export function UploadTemplateButton({
  label,
  onFile,
  onError,
}: {
  label: string;
  onFile(file: { fileName: string; base64: string }): Promise<void>;
  onError(message: string): void;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
      showUploadList={false}
      maxCount={1}
      beforeUpload={async (file) => {
        setBusy(true);
        try {
          await onFile({ fileName: file.name, base64: await readBase64(file, vi.templates.readFailed) });
        } catch (error) {
          onError((error as Error).message);
        } finally {
          setBusy(false);
        }
        return Upload.LIST_IGNORE;
      }}
    >
      <Button size="small" icon={<UploadOutlined />} loading={busy} aria-label={label}>
        {vi.templates.upload}
      </Button>
    </Upload>
  );
}
