import { EyeOutlined, FileDoneOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import type { ApiInput, ProducedDocument } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { saveFile } from '../../shared/save-file';
import { useApiAction } from '../../shared/use-api-action';
import { useCan } from '../auth/session-context';
import { IssueDialog } from './IssueDialog';
import { PreviewModal } from './PreviewModal';

const t = vi.documentIssue;

/** A Word document's request: what it is made from, who signs, its date; the mode is the button's. */
export type WordRequest = Omit<ApiInput<'documents.generate'>, 'mode' | 'format'>;

interface Props {
  /** The document's name, for the buttons' accessible names ("Tải bản nháp: Kế hoạch diễn tập"). */
  title: string;
  /** Undefined while the screen still lacks what the document needs (the buttons are disabled). */
  request: WordRequest | undefined;
  disabled?: boolean;
  /** Asked before each action (e.g. save the edits first); false stops it. */
  before?(): Promise<boolean>;
  /** After the document was issued (numbered, registered and saved). */
  onIssued?(file: ProducedDocument): void;
}

/**
 * The three ways to a Word document, for every document of the program (issue 19 §1): "Xem trước"
 * draws the draft's pages in the window, "Tải bản nháp" downloads the draft (marked DỰ THẢO, no
 * number, nothing registered, as often as wanted), "Cấp số và phát hành…" asks, then takes the
 * number and registers it. Hidden for an account that may not make documents.
 */
export function DocumentActions({ title, request, disabled, before, onIssued }: Props) {
  const can = useCan();
  const [previewing, setPreviewing] = useState<string | null | false>(false);
  const [issuing, setIssuing] = useState<WordRequest | null>(null);
  const draft = useApiAction((input: WordRequest) =>
    api('documents.generate', { ...input, format: 'docx', mode: 'draft' }),
  );
  const [running, setRunning] = useState<'preview' | 'draft' | null>(null);
  if (!can.edit) return null;

  async function ready(): Promise<WordRequest | null> {
    if (!request || (before && !(await before()))) return null;
    return request;
  }

  async function download() {
    const input = await ready();
    if (!input) return;
    setRunning('draft');
    const file = await draft.run(input).finally(() => setRunning(null));
    if (file) saveFile(file);
  }

  async function preview() {
    const input = await ready();
    if (!input) return;
    setRunning('preview');
    const file = await draft.run(input).finally(() => setRunning(null));
    if (file) setPreviewing(file.base64);
  }

  async function issue() {
    const input = await ready();
    if (input) setIssuing(input);
  }

  const off = disabled || request === undefined || running !== null;
  return (
    <Space wrap>
      <Button
        icon={<EyeOutlined />}
        aria-label={format(t.previewOf, { title })}
        loading={running === 'preview'}
        disabled={off}
        onClick={() => void preview()}
      >
        {t.preview}
      </Button>
      <Button
        icon={<FileWordOutlined />}
        aria-label={format(t.draftOf, { title })}
        loading={running === 'draft'}
        disabled={off}
        onClick={() => void download()}
      >
        {t.draft}
      </Button>
      <Button
        type="primary"
        icon={<FileDoneOutlined />}
        aria-label={format(t.issueOf, { title })}
        disabled={off}
        onClick={() => void issue()}
      >
        {t.issue}
      </Button>
      {previewing !== false && <PreviewModal title={title} base64={previewing} onClose={() => setPreviewing(false)} />}
      {issuing && (
        <IssueDialog
          request={issuing}
          onClose={() => setIssuing(null)}
          onIssued={(file) => {
            setIssuing(null);
            saveFile(file);
            onIssued?.(file);
          }}
        />
      )}
    </Space>
  );
}
