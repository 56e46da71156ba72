import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useState } from 'react';
import { vi } from '../../messages/vi';

/** The file's bytes as base64, read in the renderer: nothing goes over the network but the API call. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(vi.templates.readFailed));
    reader.readAsDataURL(file);
  });
}

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
          await onFile({ fileName: file.name, base64: await readBase64(file) });
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
