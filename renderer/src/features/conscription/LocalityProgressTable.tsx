import { Table } from 'antd';
import { vi } from '../../messages/vi';
import type { CampaignDashboard, LocalityProgress } from './record-labels';

interface Props {
  localities: readonly LocalityProgress[];
  totals: CampaignDashboard['totals'];
}

const t = vi.conscription.dashboard;

/** Per ward/commune: quota (army, police), the official list, and who was handed over, with a total row. */
export function LocalityProgressTable({ localities, totals }: Props) {
  return (
    <Table<LocalityProgress>
      rowKey={(l) => l.localityId ?? ''}
      size="small"
      pagination={false}
      dataSource={[...localities]}
      locale={{ emptyText: t.empty }}
      columns={[
        { title: vi.conscription.locality, key: 'name', render: (_, l) => l.localityName || t.noLocality },
        { title: t.quotaArmy, dataIndex: 'quotaArmy', align: 'right' },
        { title: t.quotaPolice, dataIndex: 'quotaPolice', align: 'right' },
        { title: t.quotaTotal, key: 'quota', align: 'right', render: (_, l) => l.quotaArmy + l.quotaPolice },
        { title: t.officialList, dataIndex: 'officialList', align: 'right' },
        { title: t.handedOverArmy, dataIndex: 'handedOverArmy', align: 'right' },
        { title: t.handedOverPolice, dataIndex: 'handedOverPolice', align: 'right' },
        {
          title: t.handedOverTotal,
          key: 'handed',
          align: 'right',
          render: (_, l) => l.handedOverArmy + l.handedOverPolice,
        },
      ]}
      summary={() =>
        localities.length > 0 && (
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            {[
              t.totalRow,
              totals.quotaArmy,
              totals.quotaPolice,
              totals.quotaArmy + totals.quotaPolice,
              totals.officialList,
              totals.handedOverArmy,
              totals.handedOverPolice,
              totals.handedOverArmy + totals.handedOverPolice,
            ].map((value, index) => (
              <Table.Summary.Cell key={index} index={index} align={index === 0 ? 'left' : 'right'}>
                {value}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )
      }
    />
  );
}
