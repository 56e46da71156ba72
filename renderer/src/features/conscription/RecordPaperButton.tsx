import { Button } from 'antd';
import type { ApiInput, ConscriptionRecordView } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { useGenerateDocument } from '../documents/use-generate-document';

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
 * decision naming its point of Art. 41, or his registration certificate), numbered and registered.
 */
export function RecordPaperButton({ record, campaignId }: { record: ConscriptionRecordView; campaignId: string }) {
  const { busy, generate } = useGenerateDocument(vi.documents.saved);
  const paper = paperOf(record);
  if (!paper) return null;
  return (
    <Button
      loading={busy !== null}
      onClick={() => void generate('paper', { kind: paper.kind, format: 'docx', campaignId, recordIds: [record.id] })}
    >
      {paper.label}
    </Button>
  );
}
