import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { OfficeProfile } from '../../../../electron/core/api/contract';
import { vi } from '../../messages/vi';
import { useApiQuery } from '../../shared/use-api-query';

/** The office at a glance; each later area adds its own figures here. */
export function OverviewScreen({ office }: { office: OfficeProfile }) {
  const all = useApiQuery('people.list', { pageSize: 1 });
  const men = useApiQuery('people.list', { pageSize: 1, sex: 'M' });
  const women = useApiQuery('people.list', { pageSize: 1, sex: 'F' });
  const localities = useApiQuery('localities.list', {});
  const figures = [
    { title: vi.overview.peopleCount, value: all.data?.total },
    { title: vi.overview.maleCount, value: men.data?.total },
    { title: vi.overview.femaleCount, value: women.data?.total },
    { title: vi.overview.localityCount, value: localities.data?.length },
  ];
  return (
    <>
      <Typography.Title level={3}>{vi.overview.title}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {office.parentBody} · {office.name}
      </Typography.Paragraph>
      <Row gutter={16}>
        {figures.map((f) => (
          <Col span={6} key={f.title}>
            <Card>
              <Statistic title={f.title} value={f.value ?? 0} loading={f.value === undefined} />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
