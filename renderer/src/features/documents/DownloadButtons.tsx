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

/** The two formats, in the order their buttons stand: the button's icon, text and accessible name. */
const FORMATS = [
  { format: 'docx', icon: <FileWordOutlined />, text: 'word', nameOf: 'wordOf' },
  { format: 'xlsx', icon: <FileExcelOutlined />, text: 'excel', nameOf: 'excelOf' },
] as const;

/** "Tải Word" and "Tải Excel" for one document. */
export function DownloadButtons({ title, busy, disabled, onDownload }: DownloadButtonsProps) {
  const t = vi.documents.forces;
  // Producing a document takes a number in the register (documents.generate is officer).
  const can = useCan();
  if (!can.edit) return null;
  return (
    <Space wrap>
      {FORMATS.map(({ format: fmt, icon, text, nameOf }) => (
        <Button
          key={fmt}
          icon={icon}
          aria-label={format(t[nameOf], { title })}
          loading={busy === fmt}
          disabled={disabled || (busy !== null && busy !== fmt)}
          onClick={() => onDownload(fmt)}
        >
          {t[text]}
        </Button>
      ))}
    </Space>
  );
}
