import { Alert, Card, Col, Row, Spin } from 'antd';
import type { Campaign } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { LocalityProgressChart } from './LocalityProgressChart';
import { LocalityProgressTable } from './LocalityProgressTable';
import { ReportNarrativeCard } from './ReportNarrativeCard';
import { StateCounts } from './StateCounts';

interface Props {
  campaign: Campaign;
  /** The narrative was saved: the campaign has a new version. */
  onCampaignChanged(): void;
}

/**
 * "Tổng quan đợt": quota against the official list and the handover, per locality and in total,
 * counts per state, and the narrative the result report prints.
 */
export function CampaignOverview({ campaign, onCampaignChanged }: Props) {
  const dashboard = useApiQuery('conscription.campaign.dashboard', { campaignId: campaign.id });
  if (dashboard.error) return <Alert type="error" showIcon title={dashboard.error.message} />;
  if (!dashboard.data) return <Spin description={vi.app.loading} />;
  const { localities, totals, states } = dashboard.data;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card size="small" title={vi.conscription.dashboard.byLocality}>
          <LocalityProgressTable localities={localities} totals={totals} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={vi.conscription.dashboard.progress}>
          <LocalityProgressChart localities={localities} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={vi.conscription.dashboard.stateCounts}>
          <StateCounts states={states} />
        </Card>
      </Col>
      <Col span={24}>
        <ReportNarrativeCard campaign={campaign} onSaved={onCampaignChanged} />
      </Col>
    </Row>
  );
}
