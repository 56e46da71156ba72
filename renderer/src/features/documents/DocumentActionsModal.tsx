import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../messages/vi';
import { DocumentActions, type WordRequest } from './DocumentActions';
import { IssuedNote } from './IssuedNote';

const t = vi.documentIssue;

interface Props {
  title: string;
  request: WordRequest;
  onClose(): void;
}

/**
 * A document chosen from a menu (a campaign's "In văn bản", a citizen's own paper): the same three
 * actions as on the "Văn bản" tabs — preview, download the draft, or issue it — in a dialog, so
 * choosing a menu item never takes a number by itself.
 */
export function DocumentActionsModal({ title, request, onClose }: Props) {
  const [issued, setIssued] = useState<{ fileName: string; numberText: string | null; registerId: string | null }>();
  return (
    <Modal open title={title} width={640} onCancel={onClose} footer={<Button onClick={onClose}>{t.close}</Button>}>
      <Typography.Paragraph type="secondary">{t.chooseHint}</Typography.Paragraph>
      <DocumentActions
        title={title}
        request={request}
        onIssued={(file) =>
          setIssued({ fileName: file.fileName, numberText: file.reference, registerId: file.registerId })
        }
      />
      {issued && <IssuedNote {...issued} />}
    </Modal>
  );
}
