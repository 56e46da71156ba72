import { Flex, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { format, vi } from '../../messages/vi';
import { HintLabel } from '../../shared/HintLabel';
import { QuotaMark } from './QuotaMark';
import type { CampaignDashboard, LocalityProgress } from './record-labels';

interface Props {
  localities: readonly LocalityProgress[];
  totals: CampaignDashboard['totals'];
}

const t = vi.conscription.dashboard;

type Figures = Omit<LocalityProgress, 'localityId' | 'localityName'>;

/** The official list's count, its branches when any is recorded, and its mark against the quota. */
function officialCell(f: Figures): ReactNode {
  return (
    <Flex vertical align="end" gap={2}>
      <span>
        {f.officialList} <QuotaMark standing={f.officialStanding} />
      </span>
      {f.officialArmy + f.officialPolice > 0 && (
        <Typography.Text type="secondary">
          {format(t.officialBranches, { army: f.officialArmy, police: f.officialPolice })}
        </Typography.Text>
      )}
    </Flex>
  );
}

function handedOverCell(f: Figures): ReactNode {
  return (
    <span>
      {f.handedOverArmy + f.handedOverPolice} <QuotaMark standing={f.handedOverStanding} />
    </span>
  );
}

/**
 * Per ward/commune: quota (army, police), the official list and who was handed over, each marked
 * over or under the quota, with a total row for the campaign.
 */
export function LocalityProgressTable({ localities, totals }: Props) {
  return (
    <>
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
          {
            title: <HintLabel label={t.officialList} hint={vi.help.hints.campaign.officialList} />,
            key: 'official',
            align: 'right',
            render: (_, l) => officialCell(l),
          },
          { title: t.handedOverArmy, dataIndex: 'handedOverArmy', align: 'right' },
          { title: t.handedOverPolice, dataIndex: 'handedOverPolice', align: 'right' },
          {
            title: <HintLabel label={t.handedOverTotal} hint={vi.help.hints.campaign.handedOver} />,
            key: 'handed',
            align: 'right',
            render: (_, l) => handedOverCell(l),
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
                officialCell(totals),
                totals.handedOverArmy,
                totals.handedOverPolice,
                handedOverCell(totals),
              ].map((value, index) => (
                <Table.Summary.Cell key={index} index={index} align={index === 0 ? 'left' : 'right'}>
                  {value}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
      {localities.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t.quotaLegend}
        </Typography.Paragraph>
      )}
    </>
  );
}
