import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Spin, Tabs, Tag, Typography } from 'antd';
import { CampaignDocuments } from './CampaignDocuments';
import { useState } from 'react';
import { HelpButton } from '../../shell/HelpButton';
import { helpKey } from '../../shell/help-key';
import { ApiCallError } from '../../api/client';
import { format, vi } from '../../messages/vi';
import { displayDate } from '../../shared/dates';
import { useApiQuery } from '../../shared/use-api-query';
import { useCan } from '../auth/session-context';
import { CampaignOverview } from './CampaignOverview';
import { CitizensTab } from './CitizensTab';
import { HandoverTab } from './HandoverTab';
import { QuotaDialog } from './QuotaDialog';
import { handoverDatesLabel } from './record-labels';

/** The tabs' keys double as the last part of the address (#/tuyen-quan/<id>/cong-dan). */
export const CAMPAIGN_TABS = ['tong-quan', 'cong-dan', 'giao-nhan'] as const;
const TABS = CAMPAIGN_TABS;
type TabKey = (typeof TABS)[number];
/** Each tab's word in vi.conscription.tabs, for the help drawer's title. */
const TAB_LABELS = { 'tong-quan': 'overview', 'cong-dan': 'citizens', 'giao-nhan': 'handover' } as const;

/** A stale or hand-typed address (a campaign since deleted, a mangled id) reads as "not found", not as a form error. */
function problemText(error: Error): string {
  const notFound = error instanceof ApiCallError && ['NOT_FOUND', 'VALIDATION_FAILED'].includes(error.code);
  return notFound ? vi.conscription.campaignNotFound : error.message;
}

interface Props {
  campaignId: string;
  tab: string | undefined;
  onNavigate(path: string[]): void;
}

/** One campaign: its header, then the overview, the citizens and the handover, each in a tab. */
export function CampaignDetail({ campaignId, tab, onNavigate }: Props) {
  const query = useApiQuery('conscription.campaign.get', { id: campaignId });
  const campaign = query.data;
  const [editingQuotas, setEditingQuotas] = useState(false);
  const { message } = App.useApp();
  const can = useCan();
  const active: TabKey = TABS.find((t) => t === tab) ?? 'tong-quan';
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0 }} onClick={() => onNavigate([])}>
      {vi.conscription.backToCampaigns}
    </Button>
  );

  if (query.error) {
    return (
      <>
        {back}
        <Alert type="error" showIcon title={problemText(query.error)} style={{ marginTop: 12 }} />
      </>
    );
  }
  if (!campaign) return <Spin description={vi.app.loading} />;

  return (
    <>
      {back}
      <Flex align="center" gap={12} wrap style={{ margin: '4px 0 4px' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {campaign.title}
        </Typography.Title>
        <Tag color={campaign.status === 'open' ? 'blue' : undefined}>{vi.conscription.statuses[campaign.status]}</Tag>
        {campaign.status === 'open' && can.edit && (
          <Button size="small" onClick={() => setEditingQuotas(true)}>
            {vi.conscription.editQuotas}
          </Button>
        )}
        <CampaignDocuments campaign={campaign} />
        {/* On the title's row: each line above the citizens' list costs a row of it on a laptop. */}
        <Typography.Text type="secondary">
          {format(vi.conscription.handoverDates, {
            dates: handoverDatesLabel(campaign.handoverStart, campaign.handoverEnd, displayDate),
          })}
          {' · '}
          {format(vi.conscription.quotaSummary, campaign.totals)}
        </Typography.Text>
        <span style={{ marginInlineStart: 'auto' }}>
          <HelpButton helpKey={helpKey('tuyen-quan', active)} title={vi.conscription.tabs[TAB_LABELS[active]]} />
        </span>
      </Flex>
      {campaign.status === 'closed' && (
        <Alert type="info" showIcon title={vi.conscription.closedNotice} style={{ marginTop: 12 }} />
      )}
      <Tabs
        activeKey={active}
        onChange={(key) => onNavigate([campaignId, key])}
        destroyOnHidden
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'tong-quan',
            label: vi.conscription.tabs.overview,
            // Remounted when the campaign changes (new quotas), so the dashboard asks again.
            children: <CampaignOverview key={campaign.version} campaign={campaign} onCampaignChanged={query.reload} />,
          },
          { key: 'cong-dan', label: vi.conscription.tabs.citizens, children: <CitizensTab campaign={campaign} /> },
          { key: 'giao-nhan', label: vi.conscription.tabs.handover, children: <HandoverTab campaign={campaign} /> },
        ]}
      />
      {editingQuotas && (
        <QuotaDialog
          campaign={campaign}
          onClose={(saved) => {
            setEditingQuotas(false);
            if (!saved) return;
            message.success(vi.common.saved);
            query.reload();
          }}
        />
      )}
    </>
  );
}
