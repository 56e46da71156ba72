import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { ApiInput, Campaign } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { useCan } from '../auth/session-context';
import type { WordRequest } from '../documents/DocumentActions';
import { DocumentActionsModal } from '../documents/DocumentActionsModal';
import { useGenerateDocument } from '../documents/use-generate-document';
import { ExamSummonsDialog } from './ExamSummonsDialog';
import { ListNoticeDialog } from './ListNoticeDialog';

type Kind = ApiInput<'documents.generate'>['kind'];

const ITEMS: Array<{ key: string; kind: Kind; format: 'docx' | 'xlsx'; label: string }> = [
  { key: 'list-docx', kind: 'conscription.calledUpList', format: 'docx', label: vi.documents.calledUpList },
  { key: 'list-xlsx', kind: 'conscription.calledUpList', format: 'xlsx', label: vi.documents.calledUpListXlsx },
  { key: 'orders', kind: 'conscription.callUpOrders', format: 'docx', label: vi.documents.callUpOrders },
  { key: 'deferred', kind: 'conscription.deferredList', format: 'docx', label: vi.documents.deferredList },
  { key: 'exempted', kind: 'conscription.exemptedList', format: 'docx', label: vi.documents.exemptedList },
  { key: 'age17', kind: 'conscription.age17List', format: 'docx', label: vi.documents.age17List },
  { key: 'report', kind: 'conscription.resultReport', format: 'docx', label: vi.documents.resultReport },
  { key: 'report-xlsx', kind: 'conscription.resultReport', format: 'xlsx', label: vi.documents.resultReportXlsx },
  { key: 'summons', kind: 'conscription.examSummons', format: 'docx', label: vi.documents.papers.examSummons },
  {
    key: 'certificates',
    kind: 'conscription.registrationCertificates',
    format: 'docx',
    label: vi.documents.papers.certificates,
  },
  {
    key: 'deferral-decisions',
    kind: 'conscription.deferralDecisions',
    format: 'docx',
    label: vi.documents.papers.deferralDecisions,
  },
  {
    key: 'exemption-decisions',
    kind: 'conscription.exemptionDecisions',
    format: 'docx',
    label: vi.documents.papers.exemptionDecisions,
  },
  { key: 'notice', kind: 'conscription.listNotice', format: 'docx', label: vi.documents.papers.listNotice },
];

/** The kinds that need the clerk's input first (the exam; the provincial decision's date): a dialog asks for it. */
type DialogKey = 'summons' | 'notice';

/** "In văn bản": the campaign's Word documents (and Excel copies), built from the records and saved. */
export function CampaignDocuments({ campaign }: { campaign: Campaign }) {
  const { busy, generate } = useGenerateDocument(vi.documents.saved);
  const can = useCan();
  const [dialog, setDialog] = useState<DialogKey | null>(null);
  // A Word document chosen: its actions (preview, draft, issue) in a dialog; nothing is made yet.
  const [chosen, setChosen] = useState<{ title: string; request: WordRequest } | null>(null);

  function make(key: string) {
    if (key === 'summons' || key === 'notice') {
      setDialog(key);
      return;
    }
    const item = ITEMS.find((i) => i.key === key)!;
    const request = {
      kind: item.kind,
      // The age-17 list: males turning 17 in the campaign's year, listed in January for first registration.
      ...(item.kind === 'conscription.age17List' ? { year: campaign.year } : { campaignId: campaign.id }),
    };
    // The Excel working copy is no document: it downloads straight away.
    if (item.format === 'xlsx') void generate(key, { ...request, format: 'xlsx' });
    else setChosen({ title: item.label, request });
  }
  const choose = (title: string) => (request: WordRequest) => {
    setDialog(null);
    setChosen({ title, request });
  };

  // Each item makes a document (documents.generate is officer).
  if (!can.edit) return null;
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{ items: ITEMS.map(({ key, label }) => ({ key, label })), onClick: ({ key }) => make(key) }}
      >
        <Button loading={busy !== null} icon={<DownOutlined />} iconPlacement="end">
          {vi.documents.menu}
        </Button>
      </Dropdown>
      {dialog === 'summons' && (
        <ExamSummonsDialog
          campaign={campaign}
          onClose={() => setDialog(null)}
          onReady={choose(vi.documents.papers.summonsTitle)}
        />
      )}
      {dialog === 'notice' && (
        <ListNoticeDialog
          campaign={campaign}
          onClose={() => setDialog(null)}
          onReady={choose(vi.documents.papers.noticeTitle)}
        />
      )}
      {chosen && <DocumentActionsModal {...chosen} onClose={() => setChosen(null)} />}
    </>
  );
}
