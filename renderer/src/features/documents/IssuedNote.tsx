import { Alert } from 'antd';
import { format, vi } from '../../messages/vi';

interface Props {
  fileName: string;
  /** The number as printed ("03/BC-BCH"); null for a draft or a table. */
  numberText: string | null;
  /** The register entry (sổ văn bản đi), when the document has one. */
  registerId: string | null;
}

/** After a document is made: the number it was given and the way to its entry in the register. */
export function IssuedNote({ fileName, numberText, registerId }: Props) {
  const t = vi.documents.signing;
  return (
    <Alert
      role="status"
      type="success"
      showIcon
      style={{ marginTop: 12 }}
      title={numberText ? format(t.numbered, { number: numberText }) : fileName}
      description={registerId && <a href={`#/van-ban-bao-cao/so-van-ban/${registerId}`}>{t.openRegister}</a>}
    />
  );
}
