import { Card, Empty } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OverviewCampaign } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { axisNumber, barChartHeight, num } from './overview-format';

const t = vi.overview.charts;

/** One campaign per ward/commune: quota, official list, orders issued and handed over, side by side. */
export function ConscriptionChart({ campaign }: { campaign: OverviewCampaign }) {
  const data = campaign.localities.map((l) => ({
    name: l.localityName || t.noLocality,
    quota: l.quota,
    officialList: l.officialList,
    ordered: l.ordered,
    handedOver: l.handedOver,
  }));
  return (
    <Card
      size="small"
      title={format(t.conscription, { year: campaign.year })}
      extra={<a href={`#/tuyen-quan/${campaign.campaignId}`}>{t.openCampaign}</a>}
    >
      {data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ResponsiveContainer width="100%" height={barChartHeight(data.length * 2)}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tickFormatter={axisNumber} />
            <YAxis type="category" dataKey="name" width={150} />
            <Tooltip formatter={(value) => num(Number(value))} />
            <Legend />
            <Bar dataKey="quota" name={t.quota} fill="#bfbfbf" />
            <Bar dataKey="officialList" name={t.officialList} fill="#91caff" />
            <Bar dataKey="ordered" name={t.ordered} fill="#1677ff" />
            <Bar dataKey="handedOver" name={t.handedOver} fill="#52c41a" />
          </BarChart>
        </ResponsiveContainer>
      )}
    </Card>
  );
}
