import { Alert, Button, Flex, Tag, Typography } from 'antd';
import type { Campaign } from '../../../../electron/core/api/contract';
import { api } from '../../api/client';
import { vi } from '../../messages/vi';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { displayDate } from '../../shared/dates';
import { useApiAction } from '../../shared/use-api-action';
import { useApiQuery } from '../../shared/use-api-query';
import { useDialog } from '../../shared/use-dialog';
import { EditorButton } from '../auth/EditorButton';
import { useCan } from '../auth/session-context';
import { CampaignDialog } from './CampaignDialog';
import { QuotaDialog } from './QuotaDialog';
import { handoverDatesLabel } from './record-labels';
import { HelpButton } from '../../shell/HelpButton';
import { ListTable } from '../../shared/ListTable';

type Dialog = { kind: 'campaign'; campaign: Campaign | null } | { kind: 'quotas'; campaign: Campaign } | null;

/** The year's campaigns, their handover dates and quotas per locality. */
export function CampaignList({ onOpen }: { onOpen(campaignId: string): void }) {
  const campaigns = useApiQuery('conscription.campaign.list', {});
  const { dialog, open: setDialog, close: closeDialog } = useDialog<NonNullable<Dialog>>(campaigns.reload);
  const can = useCan();

  const { run: setClosed } = useApiAction(
    (campaign: Campaign, closed: boolean) =>
      api(closed ? 'conscription.campaign.close' : 'conscription.campaign.reopen', {
        id: campaign.id,
        version: campaign.version,
      }),
    { success: vi.common.saved, onSettled: campaigns.reload },
  );

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {vi.conscription.campaigns}
        </Typography.Title>
        <Flex gap={8}>
          <EditorButton onClick={() => setDialog({ kind: 'campaign', campaign: null })}>
            {vi.conscription.addCampaign}
          </EditorButton>
          <HelpButton helpKey="tuyen-quan" title={vi.conscription.campaigns} />
        </Flex>
      </Flex>
      {campaigns.error && <Alert type="error" showIcon title={campaigns.error.message} />}
      <ListTable<Campaign>
        unit={vi.layout.units.campaigns}
        rowKey="id"
        loading={campaigns.loading}
        dataSource={campaigns.data ?? []}
        locale={{ emptyText: vi.conscription.empty }}
        columns={[
          { title: vi.conscription.year, dataIndex: 'year', width: 150 },
          {
            title: vi.conscription.campaignTitle,
            key: 'title',
            render: (_, c) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => onOpen(c.id)}>
                {c.title}
              </Button>
            ),
          },
          {
            title: vi.conscription.handover,
            key: 'handover',
            render: (_, c) => handoverDatesLabel(c.handoverStart, c.handoverEnd, displayDate),
          },
          { title: vi.conscription.army, key: 'army', render: (_, c) => c.totals.army },
          { title: vi.conscription.police, key: 'police', render: (_, c) => c.totals.police },
          { title: vi.conscription.total, key: 'total', render: (_, c) => c.totals.total },
          {
            title: vi.conscription.status,
            key: 'status',
            render: (_, c) => (
              <Tag color={c.status === 'open' ? 'blue' : undefined}>{vi.conscription.statuses[c.status]}</Tag>
            ),
          },
          {
            title: vi.common.actions,
            key: 'actions',
            hidden: !can.edit,
            render: (_, c) =>
              c.status === 'open' ? (
                <Flex gap={8}>
                  <Button size="small" onClick={() => setDialog({ kind: 'quotas', campaign: c })}>
                    {vi.conscription.editQuotas}
                  </Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'campaign', campaign: c })}>
                    {vi.common.edit}
                  </Button>
                  <ConfirmButton
                    confirm={vi.conscription.closeConfirm}
                    onConfirm={() => setClosed(c, true)}
                    size="small"
                  >
                    {vi.conscription.close}
                  </ConfirmButton>
                </Flex>
              ) : (
                <Button size="small" onClick={() => setClosed(c, false)}>
                  {vi.conscription.reopen}
                </Button>
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {vi.conscription.openHint}
      </Typography.Paragraph>
      {dialog?.kind === 'campaign' && <CampaignDialog campaign={dialog.campaign} onClose={closeDialog} />}
      {dialog?.kind === 'quotas' && <QuotaDialog campaign={dialog.campaign} onClose={closeDialog} />}
    </>
  );
}
