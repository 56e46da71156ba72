import { Alert, Button, Flex, Modal, Spin, Typography } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import { format, vi } from '../../messages/vi';
import { docxPages, type PreviewBlock } from './docx-pages';

const t = vi.documentIssue;

// An A4 sheet at 96 dpi, scaled to the dialog's width: the text reads as on paper.
const SHEET: CSSProperties = {
  background: '#fff',
  boxShadow: '0 1px 4px rgba(0,0,0,0.25)',
  padding: '48px 40px 48px 64px',
  maxWidth: 794,
  margin: '0 auto',
  fontFamily: '"Times New Roman", Times, serif',
  fontSize: 15,
  color: '#000',
};

function Block({ block }: { block: PreviewBlock }) {
  if (block.type === 'table')
    return (
      <table style={{ width: '100%', borderCollapse: 'collapse', margin: '4px 0' }}>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} style={{ verticalAlign: 'top', padding: '2px 4px', border: '1px solid #ddd' }}>
                  {cell.map((b, i) => (
                    <Block key={i} block={b} />
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <p style={{ textAlign: block.align, margin: '2px 0', whiteSpace: 'pre-wrap', minHeight: '1em' }}>
      {block.runs.map((run, i) => (
        <span
          key={i}
          style={{
            fontWeight: run.bold ? 700 : undefined,
            fontStyle: run.italic ? 'italic' : undefined,
            textDecoration: run.underline ? 'underline' : undefined,
          }}
        >
          {run.text}
        </span>
      ))}
    </p>
  );
}

interface Props {
  title: string;
  /** The draft's .docx (base64) once made; null while the core makes it. */
  base64: string | null;
  onClose(): void;
}

/** "Xem trước": the draft's pages drawn in the window, each as a sheet, before anything is issued. */
export function PreviewModal({ title, base64, onClose }: Props) {
  const [pages, setPages] = useState<PreviewBlock[][] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (base64 === null) return;
    let live = true;
    docxPages(base64).then(
      (read) => live && setPages(read),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [base64]);

  return (
    <Modal
      open
      title={format(t.previewTitle, { title })}
      width="min(900px, 96vw)"
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t.close}</Button>}
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflow: 'auto', background: '#f0f0f0', padding: 12 } }}
    >
      <Alert type="info" showIcon title={t.previewNote} style={{ marginBottom: 12 }} />
      {failed && <Alert type="error" showIcon title={t.previewFailed} />}
      {!failed && pages === null && <Spin description={t.previewLoading}>{<div style={{ height: 120 }} />}</Spin>}
      <Flex vertical gap={16}>
        {pages?.map((page, index) => (
          <section key={index} aria-label={format(t.page, { page: index + 1, pages: pages.length })} style={SHEET}>
            <Typography.Text type="secondary" style={{ float: 'right', fontSize: 12 }}>
              {format(t.page, { page: index + 1, pages: pages.length })}
            </Typography.Text>
            {page.map((block, i) => (
              <Block key={i} block={block} />
            ))}
          </section>
        ))}
      </Flex>
    </Modal>
  );
}
