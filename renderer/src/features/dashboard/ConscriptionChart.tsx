import { Bar } from 'recharts';
import type { OverviewCampaign } from '../../../../electron/core/api/contract';
import { format, vi } from '../../messages/vi';
import { BarChartCard } from './BarChartCard';

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
    <BarChartCard
      title={format(t.conscription, { year: campaign.year })}
      more={{ href: `#/tuyen-quan/${campaign.campaignId}`, text: t.openCampaign }}
      data={data}
      empty={data.length === 0}
      barsPerRow={2}
      labelWidth={150}
      scale="count"
      legend
    >
      <Bar dataKey="quota" name={t.quota} fill="#bfbfbf" />
      <Bar dataKey="officialList" name={t.officialList} fill="#91caff" />
      <Bar dataKey="ordered" name={t.ordered} fill="#1677ff" />
      <Bar dataKey="handedOver" name={t.handedOver} fill="#52c41a" />
    </BarChartCard>
  );
}
