import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { format, vi } from '../../messages/vi';
import { useCan } from '../auth/session-context';

interface DownloadButtonsProps {
  /** The document's name, for the buttons' accessible names ("Danh sách dân quân tự vệ (Word)"). */
  title: string;
  /** Which of the two is being made, if either. */
  busy: 'docx' | 'xlsx' | null;
  disabled?: boolean;
  onDownload(format: 'docx' | 'xlsx'): void;
}

/** "Tải Word" and "Tải Excel" for one document. */
export function DownloadButtons({ title, busy, disabled, onDownload }: DownloadButtonsProps) {
  const t = vi.documents.forces;
  // Producing a document takes a number in the register (documents.generate is officer).
  const can = useCan();
  if (!can.edit) return null;
  return (
    <Space wrap>
      <Button
        icon={<FileWordOutlined />}
        aria-label={format(t.wordOf, { title })}
        loading={busy === 'docx'}
        disabled={disabled || (busy !== null && busy !== 'docx')}
        onClick={() => onDownload('docx')}
      >
        {t.word}
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        aria-label={format(t.excelOf, { title })}
        loading={busy === 'xlsx'}
        disabled={disabled || (busy !== null && busy !== 'xlsx')}
        onClick={() => onDownload('xlsx')}
      >
        {t.excel}
      </Button>
    </Space>
  );
}
