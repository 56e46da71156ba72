import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { format, vi } from '../../messages/vi';
import { useCan } from '../auth/session-context';

interface DownloadButtonsProps {
  /** The document's name, for the buttons' accessible names ("Danh sách dân quân tự vệ (Word)"). */
  title: string;
  /** 'xlsx' while the working copy is being made. */
  busy: 'xlsx' | null;
  disabled?: boolean;
  onDownload(format: 'xlsx'): void;
}

/**
 * The downloads that are not documents: the Excel working copy (no number, no register entry). The
 * Word document goes through DocumentActions (draft, preview, issue) instead of a plain download.
 */
const FORMATS = [{ format: 'xlsx', icon: <FileExcelOutlined />, text: 'excel', nameOf: 'excelOf' }] as const;

/** "Tải Excel" for one document. */
export function DownloadButtons({ title, busy, disabled, onDownload }: DownloadButtonsProps) {
  const t = vi.documents.forces;
  // documents.generate is officer.
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
