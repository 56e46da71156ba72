import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { ApiInput, Campaign } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { useCan } from '../auth/session-context';
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

  function make(key: string) {
    if (key === 'summons' || key === 'notice') {
      setDialog(key);
      return;
    }
    const item = ITEMS.find((i) => i.key === key)!;
    void generate(key, {
      kind: item.kind,
      format: item.format,
      // The age-17 list: males turning 17 in the campaign's year, listed in January for first registration.
      ...(item.kind === 'conscription.age17List' ? { year: campaign.year } : { campaignId: campaign.id }),
    });
  }

  // Each item produces a numbered document (documents.generate is officer).
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
      {dialog === 'summons' && <ExamSummonsDialog campaign={campaign} onClose={() => setDialog(null)} />}
      {dialog === 'notice' && <ListNoticeDialog campaign={campaign} onClose={() => setDialog(null)} />}
    </>
  );
}
