import { Alert, Card, Col, Row, Spin } from 'antd';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';
import { LocalityProgressChart } from './LocalityProgressChart';
import { LocalityProgressTable } from './LocalityProgressTable';
import { StateCounts } from './StateCounts';

/** "Tổng quan đợt": quota against the official list and the handover, per locality and in total, and counts per state. */
export function CampaignOverview({ campaignId }: { campaignId: string }) {
  const dashboard = useApiQuery('conscription.campaign.dashboard', { campaignId });
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
    </Row>
  );
}
