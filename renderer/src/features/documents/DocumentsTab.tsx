import { FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ApiInput } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { useCan } from '../auth/session-context';
import { DownloadButtons } from './DownloadButtons';
import { IssuedNote } from './IssuedNote';
import { SignerDatePicker, signingInput, useSigning } from './SignerDatePicker';
import { useGenerateDocument } from './use-generate-document';

/** What a document is made from: its kind and data; the format, signer and date are the tab's. */
export type DocumentRequest = Omit<ApiInput<'documents.generate'>, 'format' | 'signerIndex' | 'date' | 'number'>;

export interface TabDocument {
  key: string;
  /** The document's name: the buttons' accessible names, and a Word-only document's button text. */
  title: string;
  /** 'both': "Tải Word" and "Tải Excel"; 'docx': one Word button named after the document. */
  formats: 'both' | 'docx';
  /** Undefined while the screen still lacks what the document needs (its buttons are disabled). */
  request: DocumentRequest | undefined;
  disabled?: boolean;
}

export interface TabSection {
  key: string;
  title: string;
  hint: string;
  /** The choices the documents depend on (a unit, a year…), before the buttons. */
  controls?: ReactNode;
  documents: TabDocument[];
  /** Below the buttons (e.g. why a document cannot be made yet). */
  footer?: ReactNode;
}

/** The usual section: one document, named and keyed as the section itself. */
export function oneDocumentSection(
  section: Omit<TabSection, 'documents'> & Pick<TabDocument, 'formats' | 'request'>,
): TabSection {
  const { formats, request, ...rest } = section;
  return { ...rest, documents: [{ key: section.key, title: section.title, formats, request }] };
}

interface Issued {
  fileName: string;
  numberText: string | null;
  registerId: string | null;
}

/**
 * A feature's "Văn bản" tab: who signs and the date (for an account that may make documents), then
 * one card per group of documents with its choices and buttons; the document made is saved and
 * its number and register entry shown.
 */
export function DocumentsTab({ id, sections }: { id: string; sections: TabSection[] }) {
  const f = vi.documents.forces;
  // Producing a document takes a number in the register (documents.generate is officer).
  const can = useCan();
  const [signing, setSigning] = useSigning();
  const [issued, setIssued] = useState<Issued | null>(null);
  const { busy, generate } = useGenerateDocument();
  const busyFor = (key: string) =>
    busy?.startsWith(`${key}:`) ? (busy.slice(key.length + 1) as 'docx' | 'xlsx') : null;
  const othersBusy = (key: string) => busy !== null && busyFor(key) === null;

  async function make(doc: TabDocument, fmt: 'docx' | 'xlsx') {
    if (!doc.request) return;
    const file = await generate(`${doc.key}:${fmt}`, { ...doc.request, format: fmt, ...signingInput(signing) });
    if (file) setIssued({ fileName: file.fileName, numberText: file.reference, registerId: file.registerId });
  }

  const buttons = (doc: TabDocument) => {
    const disabled = doc.request === undefined || doc.disabled;
    if (doc.formats === 'both')
      return (
        <DownloadButtons
          key={doc.key}
          title={doc.title}
          busy={busyFor(doc.key)}
          disabled={disabled || othersBusy(doc.key)}
          onDownload={(fmt) => void make(doc, fmt)}
        />
      );
    return (
      can.edit && (
        <Button
          key={doc.key}
          icon={<FileWordOutlined />}
          aria-label={format(f.wordOf, { title: doc.title })}
          loading={busyFor(doc.key) === 'docx'}
          disabled={disabled || othersBusy(doc.key)}
          onClick={() => void make(doc, 'docx')}
        >
          {doc.title}
        </Button>
      )
    );
  };

  return (
    <Flex vertical gap={16}>
      {can.edit && (
        <Card size="small">
          <SignerDatePicker id={id} value={signing} onChange={setSigning} />
          {issued && <IssuedNote {...issued} />}
        </Card>
      )}
      {sections.map((section) => (
        <Card key={section.key} size="small" title={section.title}>
          <Typography.Paragraph type="secondary">{section.hint}</Typography.Paragraph>
          <Flex wrap gap={12} align="center">
            {section.controls}
            {section.documents.map(buttons)}
          </Flex>
          {section.footer}
        </Card>
      ))}
    </Flex>
  );
}
