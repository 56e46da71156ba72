import { Button } from 'antd';
import type { ApiInput, ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { useState } from 'react';
import { DocumentActionsModal } from '../documents/DocumentActionsModal';

type Kind = ApiInput<'documents.generate'>['kind'];

/** The individual paper a record's state calls for, if any: its decision, or the registration certificate. */
function paperOf(record: ConscriptionRecordView): { kind: Kind; label: string } | null {
  const t = vi.documents.papers;
  if (record.state === 'deferred') return { kind: 'conscription.deferralDecisions', label: t.oneDeferral };
  if (record.state === 'exempted') return { kind: 'conscription.exemptionDecisions', label: t.oneExemption };
  if (record.registeredOn !== null) return { kind: 'conscription.registrationCertificates', label: t.oneCertificate };
  return null;
}

/**
 * On a citizen's page: prints the one paper of his own the record calls for (a deferral or exemption
 * decision naming its point of Art. 41, or his registration certificate): previewed, printed as a
 * draft, or numbered and registered, from the document's dialog.
 */
export function RecordPaperButton({ record, campaignId }: { record: ConscriptionRecordView; campaignId: string }) {
  const [open, setOpen] = useState(false);
  const paper = paperOf(record);
  if (!paper) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{paper.label}</Button>
      {open && (
        <DocumentActionsModal
          title={paper.label}
          request={{ kind: paper.kind, campaignId, recordIds: [record.id] }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
