import { Card, Flex, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ApiInput } from '../../../../electron/core/api/contract';
import { useCan } from '../auth/session-context';
import { DocumentActions } from './DocumentActions';
import { DownloadButtons } from './DownloadButtons';
import { IssuedNote } from './IssuedNote';
import { SignerDatePicker, signingInput, useSigning } from './SignerDatePicker';
import { useGenerateDocument } from './use-generate-document';

/** What a document is made from: its kind and data; the format, signer and date are the tab's. */
export type DocumentRequest = Omit<
  ApiInput<'documents.generate'>,
  'format' | 'signerIndex' | 'date' | 'number' | 'mode'
>;

export interface TabDocument {
  key: string;
  /** The document's name: the buttons' accessible names, and a Word-only document's button text. */
  title: string;
  /** 'both': the Word document's actions and "Tải Excel"; 'docx': the Word document's actions only. */
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
  // Producing a document is the officer's (documents.generate is officer).
  const can = useCan();
  const [signing, setSigning] = useSigning();
  const [issued, setIssued] = useState<Issued | null>(null);
  // Only the Excel working copy downloads straight away; the Word document goes through its actions.
  const { busy, generate } = useGenerateDocument();

  const buttons = (doc: TabDocument) => {
    const request = doc.request && { ...doc.request, ...signingInput(signing) };
    return (
      <Flex key={doc.key} wrap gap={8} align="center">
        <DocumentActions
          title={doc.title}
          request={request}
          disabled={doc.disabled}
          onIssued={(file) =>
            setIssued({ fileName: file.fileName, numberText: file.reference, registerId: file.registerId })
          }
        />
        {doc.formats === 'both' && (
          <DownloadButtons
            title={doc.title}
            busy={busy === doc.key ? 'xlsx' : null}
            disabled={request === undefined || doc.disabled || (busy !== null && busy !== doc.key)}
            onDownload={() => request && void generate(doc.key, { ...request, format: 'xlsx' })}
          />
        )}
      </Flex>
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
